import { Inject, Injectable } from '@nestjs/common';
import type { MikroORM } from '@beacon/db';
import { canViewPatient, conversationScope } from '@beacon/staff';
import { ORM } from '../core/tokens.js';
import type { AuthenticatedStaff } from './authenticated-staff.js';

const pgUuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Applies the access policy of @beacon/staff (canViewPatient) to rows from the database: which of these
 * patients at a location may this person see? Used by every endpoint, socket event and export that
 * shows a patient, so "own patients only" means the same everywhere.
 */
@Injectable()
export class PatientAccessService {
  constructor(@Inject(ORM) private readonly orm: MikroORM) {}

  async visiblePatientIds(staff: AuthenticatedStaff, organizationId: string, locationId: string, patientIds: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(patientIds)];
    if (!unique.length || staff.organizationId !== organizationId || !staff.locationIds.includes(locationId)) return new Set();
    const scope = conversationScope(staff);
    if (scope === 'all') return new Set(unique);
    if (scope === 'none') return new Set();
    const conn = this.orm.em.getConnection();
    const ids = pgUuidArray(unique);
    const [booked, assigned] = await Promise.all([
      conn.execute<{ patient_id: string; provider_name: string }[]>(
        'select distinct patient_id, provider_name from appointment where location_id = ? and patient_id = any(?::uuid[])',
        [locationId, ids],
      ),
      conn.execute<{ patient_id: string; assigned_staff_id: string | null }[]>(
        'select patient_id, assigned_staff_id from conversation where location_id = ? and patient_id = any(?::uuid[])',
        [locationId, ids],
      ),
    ]);
    const providers = new Map<string, string[]>();
    for (const row of booked) providers.set(row.patient_id, [...(providers.get(row.patient_id) ?? []), row.provider_name]);
    const assignee = new Map(assigned.map((row) => [row.patient_id, row.assigned_staff_id]));
    return new Set(
      unique.filter((patientId) =>
        canViewPatient(staff, { organizationId, locationId, assignedStaffId: assignee.get(patientId) ?? null, providerNames: providers.get(patientId) ?? [] }),
      ),
    );
  }

  /**
   * For "own patients only": the newest conversations at a location whose patient is theirs (the same rule
   * as canViewPatient, in SQL so a busy location's list is not cut before filtering). Null when the
   * person sees every conversation at the location.
   */
  async ownConversationIds(staff: AuthenticatedStaff, locationId: string, limit: number): Promise<string[] | null> {
    const own = ownConversationsSql(staff);
    if (own === null) return null;
    if (own === 'none') return [];
    const rows = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `select c.id from conversation c where c.organization_id = ? and c.location_id = ?${own.sql} order by c.last_message_at desc limit ?`,
      [staff.organizationId, locationId, ...own.params, limit],
    );
    return rows.map((r) => r.id);
  }

  async canViewPatient(staff: AuthenticatedStaff, at: { organizationId: string; locationId: string; patientId: string }): Promise<boolean> {
    return (await this.visiblePatientIds(staff, at.organizationId, at.locationId, [at.patientId])).has(at.patientId);
  }
}

/**
 * "Own patients only" as a SQL condition on a conversation aliased `c` (the same rule as canViewPatient:
 * assigned to them, or booked with them as provider): null when the person sees every conversation,
 * 'none' when they see none. Lists, counts and pages use it so filtering happens before the limit.
 */
export function ownConversationsSql(staff: Pick<AuthenticatedStaff, 'id' | 'permissions' | 'providerName'>): { sql: string; params: unknown[] } | null | 'none' {
  const scope = conversationScope(staff);
  if (scope === 'all') return null;
  if (scope === 'none') return 'none';
  return {
    sql: ' and (c.assigned_staff_id = ? or (?::text is not null and exists (select 1 from appointment a where a.patient_id = c.patient_id and a.location_id = c.location_id and a.provider_name = ?)))',
    params: [staff.id, staff.providerName, staff.providerName],
  };
}
