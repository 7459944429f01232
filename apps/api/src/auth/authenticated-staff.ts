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
  /** Their name as a provider in the booking system (own-patients visibility), if they are one. */
  providerName: string | null;
  sessionId: string;
  /** Where the request came from, for the audit trail. */
  origin: RequestOrigin;
}

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export const SESSION_COOKIE = 'beacon_session';
