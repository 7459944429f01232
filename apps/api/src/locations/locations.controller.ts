import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { createLocationBody, updateLocationBody, type CreateLocationBody, type UpdateLocationBody } from '@beacon/contracts';
import { LocationsService } from './locations.service.js';

@Controller('locations')
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  /** The locations the caller works at. */
  @Get()
  list(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.locations.list(staff);
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('manageSettings')
  create(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(createLocationBody, 'Location')) body: CreateLocationBody) {
    return this.locations.create(staff, body);
  }

  @Patch(':id')
  @RequirePermission('manageSettings')
  update(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.') })) id: string,
    @Body(new ZodValidationPipe(updateLocationBody, 'Location')) body: UpdateLocationBody,
  ) {
    return this.locations.update(staff, id, body);
  }
}
