import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Appointment, Conversation, Integration, Location, Organization, Patient, type EntityManager } from '@beacon/db';
import { patientAccessAllows, patientAccessSpec, patientAccessSql, type StaffAccessSubject } from '@beacon/staff';
import { ownConversationsSql } from '@beacon/inbox';
import { PatientAccessService } from '../../apps/api/src/auth/patient-access.service.js';
import { RunningSystem } from '../support/running-system.js';

/**
 * The access rule is written once (`patientAccessSpec`) and compiled twice: to the in-memory check and
 * to the SQL condition the lists use. On generated staff and generated patients (threads, assignees,
 * appointments with several providers, at two locations) both forms must pick exactly the same
 * (patient, location) pairs in the real database — and so must PatientAccessService.canViewPatient,
 * which loads the facts of one patient and applies the in-memory form. Patients and staff belong to
 * one of two real organisations, and staff may even carry the other organisation's location ids (a
 * forged or stale row): the organisation alone must keep them out.
 */
const PROVIDERS = ['Dr. Priya Lee', 'Nina Shah, NP', ''] as const;
const ROLLBACK = new Error('rollback');

interface AtLocation {
  thread: { exists: boolean; assignee: 0 | 1 | null };
  providers: string[];
}

describe('one access rule: the in-memory check and the SQL filter agree (real PostgreSQL)', () => {
  let system: RunningSystem;
  let org: string;
  let locations: [string, string];
  /** Both organisations: the demo clinic, and a second one with two locations of its own. */
  let orgs: [string, string];
  let locationsOf: [[string, string], [string, string]];
  let integrationOf: [string, string];
  const staffIds = [randomUUID(), randomUUID()] as const;

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
    org = system.org.organizationId;
    locations = [system.org.locations.austin.id, system.org.locations['san-diego'].id];
    const em = system.orm.em.fork();
    const second = em.create(Organization, { id: randomUUID(), name: 'Second Clinic', createdAt: new Date() });
    const secondLocations = ['+17375550160', '+17375550161'].map((phoneNumber, i) =>
      em.create(Location, { id: randomUUID(), organizationId: second.id, name: `Second ${i}`, timeZone: 'America/Chicago', phoneNumber, address: '', businessHours: { '0': [], '1': [], '2': [], '3': [], '4': [], '5': [], '6': [] }, messagingSettings: {}, createdAt: new Date() }),
    );
    const secondIntegration = em.create(Integration, { id: randomUUID(), organizationId: second.id, name: 'Second booking', keyId: `second-${randomUUID()}`, secretEncrypted: 'unused', active: true, lastUsedAt: null, rotatedAt: null, revokedAt: null, createdAt: new Date() });
    await em.flush();
    orgs = [org, second.id];
    locationsOf = [locations, [secondLocations[0]!.id, secondLocations[1]!.id]];
    integrationOf = [system.org.integrationId, secondIntegration.id];
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  const thread = fc.record({ exists: fc.boolean(), assignee: fc.constantFrom<0 | 1 | null>(null, 0, 1) });
  const world = fc.array(
    fc.record({
      organisation: fc.constantFrom<0 | 1>(0, 1),
      at: fc.tuple(fc.record({ thread, providers: fc.subarray<string>([...PROVIDERS]) }), fc.record({ thread, providers: fc.subarray<string>([...PROVIDERS]) })),
    }),
    { minLength: 1, maxLength: 5 },
  );
  const subject = fc.record({
    who: fc.constantFrom(0, 1),
    viewAllConversations: fc.boolean(),
    viewOwnPatientsOnly: fc.boolean(),
    providerName: fc.constantFrom(null, ...PROVIDERS),
    /** Indexes into both organisations' four locations: 0–1 the first's, 2–3 the second's. */
    locations: fc.subarray([0, 1, 2, 3]),
    organisation: fc.constantFrom<0 | 1>(0, 1),
  });

  async function store(tx: EntityManager, patients: { organisation: 0 | 1; at: [AtLocation, AtLocation] }[]) {
    const facts: { organizationId: string; patientId: string; locationId: string; assignedStaffId: string | null; providerNames: string[] }[] = [];
    for (const { organisation, at: perLocation } of patients) {
      const organizationId = orgs[organisation];
      const patient = tx.create(Patient, { id: randomUUID(), organizationId, firstName: 'Gen', lastName: 'Erated', phone: `+1512${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, email: null, createdAt: new Date() });
      perLocation.forEach((at, i) => {
        const locationId = locationsOf[organisation][i]!;
        const assignedStaffId = at.thread.exists && at.thread.assignee !== null ? staffIds[at.thread.assignee]! : null;
        if (at.thread.exists) {
          tx.create(Conversation, { id: randomUUID(), organizationId, locationId, patientId: patient.id, status: 'open', lastMessageAt: new Date(), lastMessagePreview: '', lastInboundAt: null, assignedStaffId, starred: false, createdAt: new Date(), updatedAt: new Date() });
        }
        for (const providerName of at.providers) {
          tx.create(Appointment, {
            id: randomUUID(), organizationId, integrationId: integrationOf[organisation], externalId: randomUUID(), locationId, patientId: patient.id, startsAt: new Date(), durationMinutes: 30,
            providerName, serviceName: 'Botox', source: 'staff', status: 'booked', confirmationStatus: 'unconfirmed', version: 1, lastEventAt: null, priceCents: null, createdAt: new Date(), updatedAt: new Date(),
          });
        }
        facts.push({ organizationId, patientId: patient.id, locationId, assignedStaffId, providerNames: at.providers });
      });
    }
    await tx.flush();
    return facts;
  }

  it('picks the same patients in memory and in SQL, for lists of patients and of threads', async () => {
    await fc.assert(
      fc.asyncProperty(world, subject, async (patients, who) => {
        const staff: StaffAccessSubject = {
          id: staffIds[who.who]!,
          organizationId: orgs[who.organisation],
          permissions: { canSendMessages: true, viewAllConversations: who.viewAllConversations, viewOwnPatientsOnly: who.viewOwnPatientsOnly, seeContactDetails: false, bulkMessaging: false, manageStaff: false, manageSettings: false, manageTemplates: false },
          locationIds: who.locations.map((i) => [...locationsOf[0], ...locationsOf[1]][i]!),
          providerName: who.providerName,
        };
        const spec = patientAccessSpec(staff);
        await system.orm.em
          .fork()
          .transactional(async (tx) => {
            const facts = await store(tx, patients);
            const expected = facts.filter((f) => patientAccessAllows(spec, f)).map((f) => `${f.patientId}@${f.locationId}`).sort();

            const rule = patientAccessSql(spec, { organizationId: 'p.organization_id', locationId: 'l.id', patientId: 'p.id' });
            const pairs = await tx.execute<{ patient_id: string; location_id: string }[]>(
              `select p.id as patient_id, l.id as location_id from patient p join location l on l.organization_id = p.organization_id where p.id = any(?::uuid[]) and l.id = any(?::uuid[]) and ${rule.sql}`,
              [`{${facts.map((f) => f.patientId).join(',')}}`, `{${[...locationsOf[0], ...locationsOf[1]].join(',')}}`, ...rule.params],
            );
            expect(pairs.map((r) => `${r.patient_id}@${r.location_id}`).sort()).toEqual(expected);

            // The inbox list's form (a condition on a thread): the threads whose pair the rule allows.
            const own = ownConversationsSql(staff);
            const threads = own === 'none' ? [] : await tx.execute<{ patient_id: string; location_id: string }[]>(
              `select c.patient_id, c.location_id from conversation c where c.patient_id = any(?::uuid[]) and c.organization_id = ? and c.location_id = any(?::uuid[])${own?.sql ?? ''}`,
              [`{${facts.map((f) => f.patientId).join(',')}}`, staff.organizationId, `{${staff.locationIds.join(',')}}`, ...(own?.params ?? [])],
            );
            const withThread = new Set(patients.flatMap((p, i) => p.at.flatMap((at, j) => (at.thread.exists ? [`${facts[i * 2 + j]!.patientId}@${facts[i * 2 + j]!.locationId}`] : []))));
            expect(threads.map((r) => `${r.patient_id}@${r.location_id}`).sort()).toEqual(expected.filter((k) => withThread.has(k)));
            return facts;
          })
          .then(async (facts) => {
            // The path records and live events take: facts loaded from the committed rows, checked in memory.
            const service = new PatientAccessService(system.orm);
            const allowed: string[] = [];
            for (const f of facts) if (await service.canViewPatient(staff, { organizationId: f.organizationId, locationId: f.locationId, patientId: f.patientId })) allowed.push(`${f.patientId}@${f.locationId}`);
            expect(allowed.sort()).toEqual(facts.filter((f) => patientAccessAllows(spec, f)).map((f) => `${f.patientId}@${f.locationId}`).sort());
          });
      }),
      { numRuns: 150, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
  }, 90_000);

  it('treats an empty provider name as no provider, in SQL as in memory', async () => {
    const staff: StaffAccessSubject = { id: staffIds[0], organizationId: org, permissions: { canSendMessages: true, viewAllConversations: false, viewOwnPatientsOnly: true, seeContactDetails: false, bulkMessaging: false, manageStaff: false, manageSettings: false, manageTemplates: false }, locationIds: [locations[0]], providerName: '' };
    await system.orm.em
      .fork()
      .transactional(async (tx) => {
        const [fact] = await store(tx, [{ organisation: 0, at: [{ thread: { exists: true, assignee: null }, providers: [''] }, { thread: { exists: false, assignee: null }, providers: [] }] }]);
        expect(patientAccessAllows(patientAccessSpec(staff), fact!)).toBe(false);
        const own = ownConversationsSql(staff);
        if (own === null || own === 'none') throw new Error('expected an own-patients condition');
        const rows = await tx.execute(`select c.id from conversation c where c.patient_id = ?${own.sql}`, [fact!.patientId, ...own.params]);
        expect(rows).toEqual([]);
        throw ROLLBACK;
      })
      .catch((error: unknown) => {
        if (error !== ROLLBACK) throw error;
      });
  });
});
