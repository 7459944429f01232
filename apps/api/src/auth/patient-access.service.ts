import { Inject, Injectable } from '@nestjs/common';
import type { MikroORM } from '@beacon/db';
import { patientAccessAllows, patientAccessSpec, patientAccessSql, type PatientAccessColumns, type SqlCondition, type StaffAccessSubject } from '@beacon/staff';
import { ORM } from '../core/tokens.js';
import type { AuthenticatedStaff } from './authenticated-staff.js';

const pgUuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Applies the access policy of @beacon/staff (one spec, `patientAccessSpec`) to rows from the database:
 * in SQL (`patientAccessSql`) for lists, counts and batches, so filtering happens before any limit, and
 * in memory (`patientAccessAllows`) for one record. Used by every endpoint, socket event and export
 * that shows a patient, so "own patients only" means the same everywhere.
 */
@Injectable()
export class PatientAccessService {
  constructor(@Inject(ORM) private readonly orm: MikroORM) {}

  /** The rule as a SQL condition on a row whose organisation, location and patient are these columns. */
  condition(staff: AuthenticatedStaff, columns: PatientAccessColumns): SqlCondition {
    return patientAccessSql(patientAccessSpec(staff), columns);
  }

  /** Which of these patients at a location this person may see (one query, whatever the batch size). */
  async visiblePatientIds(staff: AuthenticatedStaff, organizationId: string, locationId: string, patientIds: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(patientIds)];
    if (!unique.length) return new Set();
    const rule = this.condition(staff, { organizationId: 't.organization_id', locationId: 't.location_id', patientId: 'p.id' });
    const rows = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `select p.id from (select ?::uuid as organization_id, ?::uuid as location_id) t cross join unnest(?::uuid[]) as p(id) where ${rule.sql}`,
      [organizationId, locationId, pgUuidArray(unique), ...rule.params],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Conversations at these locations this person may see; null when they see every conversation there
   * (search narrows its index walk to these threads).
   */
  async visibleConversationIds(staff: AuthenticatedStaff, locationIds: readonly string[]): Promise<string[] | null> {
    const spec = patientAccessSpec(staff);
    if (spec.scope === 'all') return null;
    if (spec.scope === 'none' || !locationIds.length) return [];
    const rule = patientAccessSql(spec, { organizationId: 'c.organization_id', locationId: 'c.location_id', patientId: 'c.patient_id' });
    const rows = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `select c.id from conversation c where c.location_id = any(?::uuid[]) and ${rule.sql}`,
      [pgUuidArray(locationIds), ...rule.params],
    );
    return rows.map((r) => r.id);
  }

  /** One patient: the facts are loaded and the in-memory form of the rule decides. */
  async canViewPatient(staff: AuthenticatedStaff, at: { organizationId: string; locationId: string; patientId: string }): Promise<boolean> {
    const conn = this.orm.em.getConnection();
    const [booked, assigned] = await Promise.all([
      conn.execute<{ provider_name: string }[]>('select distinct provider_name from appointment where location_id = ? and patient_id = ?', [at.locationId, at.patientId]),
      conn.execute<{ assigned_staff_id: string | null }[]>('select assigned_staff_id from conversation where location_id = ? and patient_id = ?', [at.locationId, at.patientId]),
    ]);
    return patientAccessAllows(patientAccessSpec(staff), {
      organizationId: at.organizationId,
      locationId: at.locationId,
      assignedStaffId: assigned[0]?.assigned_staff_id ?? null,
      providerNames: booked.map((r) => r.provider_name),
    });
  }
}

/**
 * The access rule as an extra condition on a conversation aliased `c` (null when the person sees every
 * conversation, 'none' when they see none). Lists, counts and pages use it so filtering happens before the limit.
 */
export function ownConversationsSql(staff: StaffAccessSubject): SqlCondition | null | 'none' {
  const spec = patientAccessSpec(staff);
  if (spec.scope === 'all') return null;
  if (spec.scope === 'none') return 'none';
  const rule = patientAccessSql(spec, { organizationId: 'c.organization_id', locationId: 'c.location_id', patientId: 'c.patient_id' });
  return { sql: ` and ${rule.sql}`, params: rule.params };
}
