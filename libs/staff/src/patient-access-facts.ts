import type { EntityManager } from '@beacon/db';
import type { PatientAccessFacts } from './access-policy.js';

/**
 * The facts the one access rule decides on for a patient at a location (the thread's assignee, the
 * providers they are booked with there), and their thread (for links). The only loader of them: the
 * API's checks, live events, pushes and emails all read them here.
 */
export async function loadPatientAccessFacts(em: EntityManager, organizationId: string, locationId: string, patientId: string): Promise<{ facts: PatientAccessFacts; conversationId: string | null }> {
  const [row] = await em.execute<{ conversation_id: string | null; assigned_staff_id: string | null; provider_names: string[] | null }[]>(
    `select (select c.id from conversation c where c.location_id = ? and c.patient_id = ? limit 1) as conversation_id,
            (select c.assigned_staff_id from conversation c where c.location_id = ? and c.patient_id = ? limit 1) as assigned_staff_id,
            (select array_agg(distinct a.provider_name) from appointment a where a.location_id = ? and a.patient_id = ?) as provider_names`,
    [locationId, patientId, locationId, patientId, locationId, patientId],
  );
  return {
    facts: { organizationId, locationId, assignedStaffId: row?.assigned_staff_id ?? null, providerNames: row?.provider_names ?? [] },
    conversationId: row?.conversation_id ?? null,
  };
}
