import { PERMISSION_FLAGS, type PermissionFlag } from '@beacon/contracts';
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
 * The one rule for seeing a patient's conversation, appointments, alerts and live events, as data:
 * same organisation, a location the person works at, and either "view all" or the patient is theirs
 * (booked with them as provider, or the thread is assigned to them). Compiled both to an in-memory
 * predicate (`patientAccessAllows`) and to a SQL condition (`patientAccessSql`), so a list filtered in
 * the database and a record checked in memory always agree (access-rule-agreement.int-spec.ts).
 */
export type PatientAccessSpec =
  | { scope: 'none' }
  | { scope: 'all'; organizationId: string; locationIds: readonly string[] }
  | {
      scope: 'own';
      organizationId: string;
      locationIds: readonly string[];
      staffId: string;
      /** Null (or empty) matches no appointment. */
      providerName: string | null;
    };

export function patientAccessSpec(staff: StaffAccessSubject): PatientAccessSpec {
  const scope = conversationScope(staff);
  if (scope === 'none') return { scope };
  const at = { organizationId: staff.organizationId, locationIds: [...staff.locationIds] };
  return scope === 'all' ? { scope, ...at } : { scope, ...at, staffId: staff.id, providerName: staff.providerName || null };
}

/** The in-memory form of the rule. */
export function patientAccessAllows(spec: PatientAccessSpec, facts: PatientAccessFacts): boolean {
  switch (spec.scope) {
    case 'none':
      return false;
    case 'all':
      return spec.organizationId === facts.organizationId && spec.locationIds.includes(facts.locationId);
    case 'own':
      return (
        spec.organizationId === facts.organizationId &&
        spec.locationIds.includes(facts.locationId) &&
        (facts.assignedStaffId === spec.staffId || (spec.providerName !== null && facts.providerNames.includes(spec.providerName)))
      );
  }
}

/** SQL expressions (written by us, never user input) for the row being filtered. */
export interface PatientAccessColumns {
  organizationId: string;
  locationId: string;
  patientId: string;
}

/** A parameterised SQL condition (`?` placeholders, in order). */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const pgUuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * The SQL form of the rule, as a condition on any row that names a patient at a location
 * (conversation, appointment, alert…): the facts of `patientAccessAllows` are read from the
 * patient's conversation (assignee) and appointments (providers) at that location.
 */
export function patientAccessSql(spec: PatientAccessSpec, col: PatientAccessColumns): SqlCondition {
  if (spec.scope === 'none') return { sql: 'false', params: [] };
  const where = `${col.organizationId} = ? and ${col.locationId} = any(?::uuid[])`;
  const params: unknown[] = [spec.organizationId, pgUuidArray(spec.locationIds)];
  if (spec.scope === 'all') return { sql: `(${where})`, params };
  const mine = [`exists (select 1 from conversation acc where acc.location_id = ${col.locationId} and acc.patient_id = ${col.patientId} and acc.assigned_staff_id = ?)`];
  params.push(spec.staffId);
  if (spec.providerName !== null) {
    mine.push(`exists (select 1 from appointment acc_a where acc_a.location_id = ${col.locationId} and acc_a.patient_id = ${col.patientId} and acc_a.provider_name = ?)`);
    params.push(spec.providerName);
  }
  return { sql: `(${where} and (${mine.join(' or ')}))`, params };
}

/** The rule for one person and one patient (in memory). */
export function canViewPatient(staff: StaffAccessSubject, facts: PatientAccessFacts): boolean {
  return patientAccessAllows(patientAccessSpec(staff), facts);
}

/** The flags (defined in @beacon/contracts); every one is a column of StaffPermissions. */
export { PERMISSION_FLAGS, type PermissionFlag };
PERMISSION_FLAGS satisfies readonly (keyof StaffPermissions)[];

/** Flags that differ between two permission sets, for the audit trail: `{ flag: { from, to } }`. */
export function permissionDiff(before: StaffPermissions, after: StaffPermissions): Record<string, { from: boolean; to: boolean }> {
  const diff: Record<string, { from: boolean; to: boolean }> = {};
  for (const flag of PERMISSION_FLAGS) {
    if (before[flag] !== after[flag]) diff[flag] = { from: before[flag], to: after[flag] };
  }
  return diff;
}
