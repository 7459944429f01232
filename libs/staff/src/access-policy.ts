import type { StaffPermissions } from '@beacon/db';

/** What the access rules need to know about the person asking. */
export interface StaffAccessSubject {
  id: string;
  organizationId: string;
  permissions: StaffPermissions;
  locationIds: readonly string[];
  /** Their name as a provider in the booking system, when they are one. */
  providerName: string | null;
}

/** Which conversations (and so which patients) someone may see at a location they work at. */
export type ConversationScope = 'all' | 'own' | 'none';

export function conversationScope(staff: Pick<StaffAccessSubject, 'permissions'>): ConversationScope {
  if (staff.permissions.viewAllConversations) return 'all';
  if (staff.permissions.viewOwnPatientsOnly) return 'own';
  return 'none';
}

/** Facts about one conversation (or a patient at a location) that decide who may see it. */
export interface PatientAccessFacts {
  organizationId: string;
  locationId: string;
  /** Who the thread is assigned to, if anyone. */
  assignedStaffId: string | null;
  /** Providers the patient has (or had) appointments with at this location. */
  providerNames: readonly string[];
}

/**
 * The one rule for seeing a patient's conversation, appointments, alerts and live events:
 * same organisation, a location the person works at, and either "view all" or the patient is theirs
 * (booked with them as provider, or the thread is assigned to them).
 */
export function canViewPatient(staff: StaffAccessSubject, facts: PatientAccessFacts): boolean {
  if (staff.organizationId !== facts.organizationId || !staff.locationIds.includes(facts.locationId)) return false;
  switch (conversationScope(staff)) {
    case 'all':
      return true;
    case 'own':
      return facts.assignedStaffId === staff.id || (!!staff.providerName && facts.providerNames.includes(staff.providerName));
    case 'none':
      return false;
  }
}

export const PERMISSION_FLAGS = [
  'canSendMessages',
  'viewAllConversations',
  'viewOwnPatientsOnly',
  'seeContactDetails',
  'bulkMessaging',
  'manageStaff',
  'manageSettings',
  'manageTemplates',
] as const satisfies readonly (keyof StaffPermissions)[];
export type PermissionFlag = (typeof PERMISSION_FLAGS)[number];

/** Flags that differ between two permission sets, for the audit trail: `{ flag: { from, to } }`. */
export function permissionDiff(before: StaffPermissions, after: StaffPermissions): Record<string, { from: boolean; to: boolean }> {
  const diff: Record<string, { from: boolean; to: boolean }> = {};
  for (const flag of PERMISSION_FLAGS) {
    if (before[flag] !== after[flag]) diff[flag] = { from: before[flag], to: after[flag] };
  }
  return diff;
}
