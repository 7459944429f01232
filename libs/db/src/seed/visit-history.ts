import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment, Patient } from '../entities/index.js';
import { DEMO_PROVIDERS, DEMO_SERVICES, demoPatients } from './demo-data.js';
import type { SeededOrganisation } from './seed-demo.js';

const PRICES: Record<string, number> = { Botox: 42_000, 'Dermal filler': 75_000, HydraFacial: 22_500, 'Laser hair removal': 30_000, 'Chemical peel': 18_000, Consultation: 0 };
const NOTES = ['Prefers texts after 5 pm.', 'Sensitive skin — patch test before peels.', 'Likes Dr. Lee; ask about loyalty pricing.', ''];

/**
 * Past visits (completed, with prices) and a few notes for the demo patients, so the inbox context
 * panel has real content: "last visit 3 months ago, spent $800". Idempotent by external id.
 */
export async function seedDemoVisitHistory(em: EntityManager, org: SeededOrganisation, now = new Date()): Promise<number> {
  let created = 0;
  await em.transactional(async (tx) => {
    for (const [i, p] of demoPatients().entries()) {
      const patient = await tx.findOne(Patient, { organizationId: org.organizationId, phone: p.phone });
      if (!patient) continue;
      if (!patient.notes) patient.notes = NOTES[i % NOTES.length] ?? '';
      const visits = i % 5; // 0–4 earlier visits
      for (let v = 0; v < visits; v++) {
        const externalId = `DEMO-HIST-${i}-${v}`;
        if (await tx.findOne(Appointment, { integrationId: org.integrationId, externalId })) continue;
        const service = DEMO_SERVICES[(i + v) % DEMO_SERVICES.length] ?? DEMO_SERVICES[0];
        const providers = DEMO_PROVIDERS[p.location];
        const startsAt = new Date(now.getTime() - (30 + 45 * v + (i % 20)) * 86_400_000);
        startsAt.setUTCHours(16 + (v % 4), 0, 0, 0);
        tx.create(Appointment, {
          id: randomUUID(),
          organizationId: org.organizationId,
          integrationId: org.integrationId,
          externalId,
          locationId: org.locations[p.location].id,
          patientId: patient.id,
          startsAt,
          durationMinutes: service?.minutes ?? 30,
          providerName: providers[v % providers.length] ?? providers[0],
          serviceName: service?.name ?? 'Consultation',
          source: 'staff',
          status: 'completed',
          confirmationStatus: 'confirmed',
          version: 1,
          lastEventAt: startsAt,
          priceCents: PRICES[service?.name ?? 'Consultation'] ?? 0,
          createdAt: new Date(startsAt.getTime() - 14 * 86_400_000),
          updatedAt: startsAt,
        });
        created++;
      }
    }
    await tx.flush();
  });
  return created;
}
