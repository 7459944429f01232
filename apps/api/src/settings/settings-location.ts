import { HttpStatus } from '@nestjs/common';
import { Location, type EntityManager, type ILocation } from '@beacon/db';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';

/** The location whose settings staff open: one of theirs, in their organisation, or 404. */
export async function settingsLocation(em: EntityManager, staff: AuthenticatedStaff, locationId: string): Promise<ILocation> {
  assertLocationAccess(staff, locationId);
  const location = await em.findOne(Location, { id: locationId, organizationId: staff.organizationId });
  if (!location) throw new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.');
  return location;
}
