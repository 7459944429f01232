import { patientAccessSpec, patientAccessSql, type PatientAccessColumns, type PatientAccessSpec, type StaffAccessSubject } from '@beacon/staff';

/** A conversation aliased `c`. */
const CONVERSATION: PatientAccessColumns = { organizationId: 'c.organization_id', locationId: 'c.location_id', patientId: 'c.patient_id' };

/** Which conversations a viewer may see: null = every one at their locations, 'none', or an extra SQL condition on `c` (starting with ` and`). */
export type VisibilityScope = { sql: string; params: unknown[] } | null | 'none';

/**
 * The access rule (@beacon/staff `patientAccessSpec`) as an extra condition on a conversation aliased
 * `c`. Lists, counts and search use it so filtering happens before the limit.
 */
export function conversationVisibilitySql(viewer: PatientAccessSpec): VisibilityScope {
  if (viewer.scope === 'all') return null;
  if (viewer.scope === 'none') return 'none';
  const rule = patientAccessSql(viewer, CONVERSATION);
  return { sql: ` and ${rule.sql}`, params: rule.params };
}

/** The rule of one staff member as a condition on `c` (see conversationVisibilitySql). */
export function ownConversationsSql(staff: StaffAccessSubject): VisibilityScope {
  return conversationVisibilitySql(patientAccessSpec(staff));
}
