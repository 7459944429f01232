import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { createStaffSchema, resetPasswordSchema, updateStaffSchema, type CreateStaffInput, type ResetPasswordInput, type UpdateStaffInput } from '@beacon/contracts';
import { StaffAdminService } from './staff-admin.service.js';

const staffId = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'STAFF_NOT_FOUND', 'This staff member does not exist.') });

@RequirePermission('manageStaff')
@Controller('staff')
export class StaffAdminController {
  constructor(private readonly staff: StaffAdminService) {}

  @Get()
  list(@CurrentStaff() actor: AuthenticatedStaff) {
    return this.staff.list(actor);
  }

  @Get('presets')
  presets() {
    return this.staff.presets();
  }

  @Post()
  create(@CurrentStaff() actor: AuthenticatedStaff, @Body(new ZodValidationPipe(createStaffSchema, 'Staff member')) body: CreateStaffInput) {
    return this.staff.create(actor, body);
  }

  @Patch(':id')
  update(@CurrentStaff() actor: AuthenticatedStaff, @Param('id', staffId) id: string, @Body(new ZodValidationPipe(updateStaffSchema, 'Staff member')) body: UpdateStaffInput) {
    return this.staff.update(actor, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@CurrentStaff() actor: AuthenticatedStaff, @Param('id', staffId) id: string) {
    return this.staff.setActive(actor, id, false);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  reactivate(@CurrentStaff() actor: AuthenticatedStaff, @Param('id', staffId) id: string) {
    return this.staff.setActive(actor, id, true);
  }

  @Post(':id/password')
  @HttpCode(204)
  async resetPassword(@CurrentStaff() actor: AuthenticatedStaff, @Param('id', staffId) id: string, @Body(new ZodValidationPipe(resetPasswordSchema, 'New password')) body: ResetPasswordInput): Promise<void> {
    await this.staff.resetPassword(actor, id, body);
  }
}
