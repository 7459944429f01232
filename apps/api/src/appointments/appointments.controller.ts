import { Controller, Get, HttpStatus, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { appointmentSummaryQuery, listAppointmentsQuery, type AppointmentSummaryQuery, type ListAppointmentsQuery } from '@beacon/contracts';
import { AppointmentsService } from './appointments.service.js';

function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, 'APPOINTMENT_NOT_FOUND', 'This appointment does not exist.');
}

@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  // Decorators apply bottom-up: the docs list these parameters in the opposite order.
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listAppointmentsQuery, 'Query')) query: ListAppointmentsQuery) {
    return this.appointments.list(staff, query);
  }

  @Get('summary')
  summary(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(appointmentSummaryQuery, 'Query')) query: AppointmentSummaryQuery) {
    return this.appointments.summary(staff, query);
  }

  @Get(':id')
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.appointments.get(staff, id);
  }
}
