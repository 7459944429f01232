import { Controller, Get, HttpStatus, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { appointmentSummaryQuery, listAppointmentsQuery, MAX_RANGE_DAYS, type AppointmentSummaryQuery, type ListAppointmentsQuery } from '@beacon/contracts';
import { AppointmentsService } from './appointments.service.js';

function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, 'APPOINTMENT_NOT_FOUND', 'This appointment does not exist.');
}

@ApiTags('appointments')
@ApiForbiddenResponse({ description: 'You do not have access to this location.' })
@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @ApiOperation({
    summary: 'Appointments at a location in a time range (the calendar)',
    description: `Appointments starting in [from, to), earliest first, each with the patient (phone masked unless you may see contact details) and a no-show risk score with its reasons. The range may span at most ${MAX_RANGE_DAYS} days.`,
  })
  // Decorators apply bottom-up: the docs list these parameters in the opposite order.
  @ApiQuery({ name: 'to', required: true, description: 'ISO 8601 date-time with a time zone (exclusive)', example: '2026-12-02T00:00:00-06:00' })
  @ApiQuery({ name: 'from', required: true, description: 'ISO 8601 date-time with a time zone (inclusive)', example: '2026-12-01T00:00:00-06:00' })
  @ApiQuery({ name: 'locationId', required: true, description: 'Location id (UUID)' })
  @ApiOkResponse({ description: '[{ id, startsAt, durationMinutes, providerName, serviceName, status, confirmationStatus, source, patient, risk: { score, level, reasons } }]' })
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listAppointmentsQuery, 'Query')) query: ListAppointmentsQuery) {
    return this.appointments.list(staff, query);
  }

  @Get('summary')
  @ApiOperation({ summary: 'Counts for one day at a location', description: 'Unconfirmed, high-risk and total (not cancelled) appointments on a calendar day in the location’s own time zone.' })
  @ApiQuery({ name: 'date', required: true, description: 'Calendar day, YYYY-MM-DD, in the location’s time zone', example: '2026-12-01' })
  @ApiQuery({ name: 'locationId', required: true, description: 'Location id (UUID)' })
  @ApiOkResponse({ description: '{ date, unconfirmed, highRisk, total }' })
  summary(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(appointmentSummaryQuery, 'Query')) query: AppointmentSummaryQuery) {
    return this.appointments.summary(staff, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One appointment with its workflow timeline and the patient’s conversation',
    description: 'As in the list, plus `timeline` (what the appointment’s workflow did), `upcoming` (its steps still to come, soonest first: `{ id, kind, at }`; `timelineAvailable: false` and an empty list when the workflow cannot be asked) and `conversationId` (the patient’s conversation at that location, created if needed).',
  })
  @ApiNotFoundResponse({ description: 'This appointment does not exist.' })
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.appointments.get(staff, id);
  }
}
