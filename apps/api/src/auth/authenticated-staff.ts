import type { StaffPermissions, StaffRole } from '@beacon/db';

/** Who is calling, attached to the request (and socket) by the session guard. */
export interface AuthenticatedStaff {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  role: StaffRole;
  permissions: StaffPermissions;
  locationIds: string[];
  sessionId: string;
}

export const SESSION_COOKIE = 'beacon_session';
