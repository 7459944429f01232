import { HttpStatus } from '@nestjs/common';
import { ApiError } from '../common/api-error.js';
import type { AuthenticatedStaff } from './authenticated-staff.js';

/** Throws 403 unless the staff member works at the location. */
export function assertLocationAccess(staff: AuthenticatedStaff, locationId: string): void {
  if (!staff.locationIds.includes(locationId)) {
    throw new ApiError(HttpStatus.FORBIDDEN, 'LOCATION_FORBIDDEN', 'You do not have access to this location.');
  }
}
