import { HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';

export function requireManageSettings(staff: AuthenticatedStaff): void {
  if (!staff.permissions.manageSettings) {
    throw new ApiError(HttpStatus.FORBIDDEN, 'MANAGE_SETTINGS_REQUIRED', "You need the 'manage settings' permission to change this.");
  }
}

/** Refuses staff without 'manage settings' before the body is even validated (runs after the session guard). */
@Injectable()
export class ManageSettingsGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const staff = ctx.switchToHttp().getRequest<Request & { staff?: AuthenticatedStaff }>().staff;
    if (staff) requireManageSettings(staff);
    return true;
  }
}
