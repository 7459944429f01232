import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { listAlertsQuery, type ListAlertsQuery } from '@beacon/contracts';
import { AlertsService } from './alerts.service.js';

function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, 'ALERT_NOT_FOUND', 'This alert does not exist.');
}

@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listAlertsQuery, 'Query')) query: ListAlertsQuery) {
    return this.alerts.list(staff, query);
  }

  @Post(':id/acknowledge')
  @HttpCode(204)
  async acknowledge(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string): Promise<void> {
    await this.alerts.acknowledge(staff, id);
  }
}
