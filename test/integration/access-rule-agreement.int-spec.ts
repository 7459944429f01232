import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Appointment, Conversation, Patient, type EntityManager } from '@beacon/db';
import { patientAccessAllows, patientAccessSpec, patientAccessSql, type StaffAccessSubject } from '@beacon/staff';
import { ownConversationsSql, PatientAccessService } from '../../apps/api/src/auth/patient-access.service.js';
import { RunningSystem } from '../support/running-system.js';

/**
 * The access rule is written once (`patientAccessSpec`) and compiled twice: to the in-memory check and
 * to the SQL condition the lists use. On generated staff and generated patients (threads, assignees,
 * appointments with several providers, at two locations) both forms must pick exactly the same
 * (patient, location) pairs in the real database — and so must PatientAccessService.canViewPatient,
 * which loads the facts of one patient and applies the in-memory form.
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
  const staffIds = [randomUUID(), randomUUID()] as const;

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
    org = system.org.organizationId;
    locations = [system.org.locations.austin.id, system.org.locations['san-diego'].id];
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  const thread = fc.record({ exists: fc.boolean(), assignee: fc.constantFrom<0 | 1 | null>(null, 0, 1) });
  const world = fc.array(
    fc.tuple(
      fc.record({ thread, providers: fc.subarray<string>([...PROVIDERS]) }),
      fc.record({ thread, providers: fc.subarray<string>([...PROVIDERS]) }),
    ),
    { minLength: 1, maxLength: 5 },
  );
  const subject = fc.record({
    who: fc.constantFrom(0, 1),
    viewAllConversations: fc.boolean(),
    viewOwnPatientsOnly: fc.boolean(),
    providerName: fc.constantFrom(null, ...PROVIDERS),
    locations: fc.subarray([0, 1]),
    sameOrganisation: fc.boolean(),
  });

  async function store(tx: EntityManager, patients: [AtLocation, AtLocation][]) {
    const facts: { patientId: string; locationId: string; assignedStaffId: string | null; providerNames: string[] }[] = [];
    for (const perLocation of patients) {
      const patient = tx.create(Patient, { id: randomUUID(), organizationId: org, firstName: 'Gen', lastName: 'Erated', phone: `+1512${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, email: null, createdAt: new Date() });
      perLocation.forEach((at, i) => {
        const locationId = locations[i]!;
        const assignedStaffId = at.thread.exists && at.thread.assignee !== null ? staffIds[at.thread.assignee]! : null;
        if (at.thread.exists) {
          tx.create(Conversation, { id: randomUUID(), organizationId: org, locationId, patientId: patient.id, status: 'open', lastMessageAt: new Date(), lastMessagePreview: '', lastInboundAt: null, assignedStaffId, starred: false, createdAt: new Date(), updatedAt: new Date() });
        }
        for (const providerName of at.providers) {
          tx.create(Appointment, {
            id: randomUUID(), organizationId: org, integrationId: system.org.integrationId, externalId: randomUUID(), locationId, patientId: patient.id, startsAt: new Date(), durationMinutes: 30,
            providerName, serviceName: 'Botox', source: 'staff', status: 'booked', confirmationStatus: 'unconfirmed', version: 1, lastEventAt: null, priceCents: null, createdAt: new Date(), updatedAt: new Date(),
          });
        }
        facts.push({ patientId: patient.id, locationId, assignedStaffId, providerNames: at.providers });
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
          organizationId: who.sameOrganisation ? org : randomUUID(),
          permissions: { canSendMessages: true, viewAllConversations: who.viewAllConversations, viewOwnPatientsOnly: who.viewOwnPatientsOnly, seeContactDetails: false, bulkMessaging: false, manageStaff: false, manageSettings: false, manageTemplates: false },
          locationIds: who.locations.map((i) => locations[i]!),
          providerName: who.providerName,
        };
        const spec = patientAccessSpec(staff);
        await system.orm.em
          .fork()
          .transactional(async (tx) => {
            const facts = await store(tx, patients);
            const expected = facts.filter((f) => patientAccessAllows(spec, { organizationId: org, ...f })).map((f) => `${f.patientId}@${f.locationId}`).sort();

            const rule = patientAccessSql(spec, { organizationId: 'p.organization_id', locationId: 'l.id', patientId: 'p.id' });
            const pairs = await tx.execute<{ patient_id: string; location_id: string }[]>(
              `select p.id as patient_id, l.id as location_id from patient p cross join location l where p.id = any(?::uuid[]) and l.id = any(?::uuid[]) and ${rule.sql}`,
              [`{${facts.map((f) => f.patientId).join(',')}}`, `{${locations.join(',')}}`, ...rule.params],
            );
            expect(pairs.map((r) => `${r.patient_id}@${r.location_id}`).sort()).toEqual(expected);

            // The inbox list's form (a condition on a thread): the threads whose pair the rule allows.
            const own = ownConversationsSql(staff);
            const threads = own === 'none' ? [] : await tx.execute<{ patient_id: string; location_id: string }[]>(
              `select c.patient_id, c.location_id from conversation c where c.patient_id = any(?::uuid[]) and c.organization_id = ? and c.location_id = any(?::uuid[])${own?.sql ?? ''}`,
              [`{${facts.map((f) => f.patientId).join(',')}}`, staff.organizationId, `{${staff.locationIds.join(',')}}`, ...(own?.params ?? [])],
            );
            const withThread = new Set(patients.flatMap((p, i) => p.flatMap((at, j) => (at.thread.exists ? [`${facts[i * 2 + j]!.patientId}@${locations[j]}`] : []))));
            expect(threads.map((r) => `${r.patient_id}@${r.location_id}`).sort()).toEqual(expected.filter((k) => withThread.has(k)));
            return facts;
          })
          .then(async (facts) => {
            // The path records and live events take: facts loaded from the committed rows, checked in memory.
            const service = new PatientAccessService(system.orm);
            const allowed: string[] = [];
            for (const f of facts) if (await service.canViewPatient(staff, { organizationId: org, locationId: f.locationId, patientId: f.patientId })) allowed.push(`${f.patientId}@${f.locationId}`);
            expect(allowed.sort()).toEqual(facts.filter((f) => patientAccessAllows(spec, { organizationId: org, ...f })).map((f) => `${f.patientId}@${f.locationId}`).sort());
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
        const [fact] = await store(tx, [[{ thread: { exists: true, assignee: null }, providers: [''] }, { thread: { exists: false, assignee: null }, providers: [] }]]);
        expect(patientAccessAllows(patientAccessSpec(staff), { organizationId: org, ...fact! })).toBe(false);
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
