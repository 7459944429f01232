import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Put, UseGuards } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { afterHoursInput, type AfterHoursInput } from '@beacon/contracts';
import { AfterHoursService } from './after-hours.service.js';
import { ManageSettingsGuard } from './manage-settings.guard.js';

const locationIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.') });

@Controller('locations/:locationId/after-hours')
export class AfterHoursController {
  constructor(private readonly afterHours: AfterHoursService) {}

  @Get()
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string) {
    return this.afterHours.get(staff, locationId);
  }

  @Put()
  @UseGuards(ManageSettingsGuard)
  replace(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string, @Body(new ZodValidationPipe(afterHoursInput)) body: AfterHoursInput) {
    return this.afterHours.replace(staff, locationId, body);
  }
}
