import { randomUUID } from 'node:crypto';
import { Appointment, ConsentEvent, Patient, type AppointmentStatus, type EntityManager } from '@beacon/db';
import { todayAt } from '../../libs/bulk/src/bulk-audience.repository.js';

/** A time later today at the location (between now and local midnight), `fraction` of the way there. */
export function laterToday(timeZone: string, fraction = 0.5): Date {
  const now = Date.now();
  const { to } = todayAt(new Date(now), timeZone);
  return new Date(now + Math.max(60_000, Math.floor((to.getTime() - now) * fraction)));
}

export interface FixturePatient {
  firstName: string;
  phone: string;
  appointment?: { startsAt: Date; providerName: string; status?: AppointmentStatus; serviceName?: string; priceCents?: number | null };
  optedOut?: boolean;
  marketingOptIn?: boolean;
}

/**
 * Patients and appointments written straight to the database (as the booking integration would
 * have stored them), without starting appointment workflows: bulk tests count only bulk texts.
 */
export async function insertPatients(em: EntityManager, org: { organizationId: string; integrationId: string; locationId: string }, patients: FixturePatient[]): Promise<string[]> {
  const ids: string[] = [];
  const now = new Date();
  for (const p of patients) {
    const id = randomUUID();
    ids.push(id);
    em.create(Patient, { id, organizationId: org.organizationId, firstName: p.firstName, lastName: 'Bulk', phone: p.phone, email: null, notes: '', createdAt: now });
    if (p.appointment) {
      em.create(Appointment, {
        id: randomUUID(),
        organizationId: org.organizationId,
        integrationId: org.integrationId,
        externalId: `bulk-${id}`,
        locationId: org.locationId,
        patientId: id,
        startsAt: p.appointment.startsAt,
        durationMinutes: 30,
        providerName: p.appointment.providerName,
        serviceName: p.appointment.serviceName ?? 'Botox',
        source: 'staff',
        status: p.appointment.status ?? 'booked',
        confirmationStatus: 'unconfirmed',
        version: 1,
        lastEventAt: now,
        priceCents: p.appointment.priceCents ?? null,
        createdAt: now,
        updatedAt: now,
      });
    }
    const consent = (kind: 'transactional' | 'marketing', action: 'opt_in' | 'opt_out') =>
      em.create(ConsentEvent, { id: randomUUID(), organizationId: org.organizationId, patientId: id, phone: p.phone, kind, action, method: 'verbal_staff', messageId: null, staffId: null, reason: null, createdAt: now });
    if (p.optedOut) consent('transactional', 'opt_out');
    if (p.marketingOptIn) consent('marketing', 'opt_in');
  }
  await em.flush();
  return ids;
}
