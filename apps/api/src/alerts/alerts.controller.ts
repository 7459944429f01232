import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { listAlertsQuery, type ListAlertsQuery } from '@beacon/contracts';
import { AlertsService, MAX_ALERTS } from './alerts.service.js';

function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, 'ALERT_NOT_FOUND', 'This alert does not exist.');
}

@ApiTags('alerts')
@ApiForbiddenResponse({ description: 'You do not have access to this location.' })
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({
    summary: 'Open staff alerts at a location',
    description: `Alerts raised by workflows (high risk, reschedule or cancel requests, failed messages, opt-outs, the daily digest) that nobody has acknowledged yet, newest first, at most ${MAX_ALERTS}.`,
  })
  @ApiQuery({ name: 'locationId', required: true, description: 'Location id (UUID)' })
  @ApiOkResponse({ description: '[{ id, kind, message, appointmentId, patientId, patientName ("Alex T."), createdAt }]' })
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listAlertsQuery, 'Query')) query: ListAlertsQuery) {
    return this.alerts.list(staff, query);
  }

  @Post(':id/acknowledge')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark an alert as handled', description: 'Removes it from the open list. Acknowledging an alert twice is harmless.' })
  @ApiNoContentResponse({ description: 'Acknowledged.' })
  @ApiNotFoundResponse({ description: 'This alert does not exist.' })
  async acknowledge(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string): Promise<void> {
    await this.alerts.acknowledge(staff, id);
  }
}
