import { HttpStatus, SetMetadata } from '@nestjs/common';
import type { PermissionFlag } from '@beacon/staff';
import { ApiError } from '../common/api-error.js';
import type { AuthenticatedStaff } from './authenticated-staff.js';

export const REQUIRED_PERMISSION_KEY = 'beacon:required-permission';

/** The endpoint needs all of these permission flags; checked by the session guard before anything else runs. */
export const RequirePermission = (...allOf: PermissionFlag[]) => SetMetadata(REQUIRED_PERMISSION_KEY, allOf);

export const REQUIRED_PERMISSION_FOR_BODY_KEY = 'beacon:required-permission-for-body';

/** Flags an endpoint needs, depending on what the request body asks for; checked by the session guard like @RequirePermission. */
export type BodyPermissionRule = (staff: AuthenticatedStaff, body: Record<string, unknown>) => PermissionFlag[];
export const RequirePermissionFor = (rule: BodyPermissionRule) => SetMetadata(REQUIRED_PERMISSION_FOR_BODY_KEY, rule);

const WHAT: Record<PermissionFlag, string> = {
  canSendMessages: 'send messages',
  viewAllConversations: 'view all conversations',
  viewOwnPatientsOnly: 'view conversations',
  seeContactDetails: 'see patient contact details',
  bulkMessaging: 'send bulk messages',
  manageStaff: 'manage staff',
  manageSettings: 'manage settings',
  manageTemplates: 'manage templates',
};

/** Throws 403 with a sentence naming the missing permission unless the person has every one of the flags. */
export function assertPermission(staff: Pick<AuthenticatedStaff, 'permissions'>, allOf: readonly PermissionFlag[]): void {
  const missing = allOf.find((flag) => !staff.permissions[flag]);
  if (!missing) return;
  const what = WHAT[missing];
  throw new ApiError(HttpStatus.FORBIDDEN, 'PERMISSION_DENIED', `Your account is not allowed to ${what}. Ask the practice owner to change your permissions.`);
}

export const OWNER_ONLY_KEY = 'beacon:owner-only';

/** Only the practice owner (audit trail, smart-reply statistics); checked by the session guard before anything else runs. */
export const OwnerOnly = (what: string) => SetMetadata(OWNER_ONLY_KEY, what);

export function assertOwner(staff: Pick<AuthenticatedStaff, 'role'>, what: string): void {
  if (staff.role !== 'owner') throw new ApiError(HttpStatus.FORBIDDEN, 'OWNER_ONLY', `Only the practice owner can ${what}.`);
}
