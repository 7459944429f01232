import { randomUUID } from 'node:crypto';
import { createOrm, DEMO_PASSWORD, Integration, Message, migrate, Patient, ReplySuggestion, seedDemoOrganisation, useDataCipher, type MikroORM } from '@beacon/db';
import { dataKeyRingFromEnv, hashPassword, sealedKeyId } from '@beacon/security';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { legacyV1Seal } from '../support/legacy-v1-seal.js';
import { DatabaseDump } from '../support/pg-dump.js';
import { resetDatabase, testConfig, TEST_INTEGRATION_SECRET } from '../support/test-env.js';

const NOTES = 'Husband Thelonius picks her up; allergic to benzocaine';
const SUGGESTION = { key: 'bank:aftercare:0', text: 'Thanks for checking in, Marisol. I will have Dr. Priya Lee follow up about your Botox today.', source: 'bank' };
/** As the classifier stored it before: the model's evidence words are the patient's own. */
const OLD_CLASSIFICATION = { intent: 'aftercare', source: 'model', confidence: 0.8, reasons: ['Model: aftercare (p=0.80)'], matched: ['guard:explained', 'model:eyebrow', 'model:bruising'] };

/** Runs `write` with every column today's entities map but the old schema lacks added (untyped), then drops them. */
async function withLaterColumns<T>(orm: MikroORM, write: () => Promise<T>): Promise<T> {
  const em = orm.em.fork();
  const existing = new Set((await em.execute<{ c: string }[]>(`select table_name || '.' || column_name as c from information_schema.columns where table_schema = current_schema()`)).map((r) => r.c));
  const tables = new Set((await em.execute<{ t: string }[]>(`select table_name as t from information_schema.tables where table_schema = current_schema()`)).map((r) => r.t));
  const added: [string, string][] = [];
  for (const meta of orm.getMetadata().getAll().values()) {
    if (!meta.tableName || !tables.has(meta.tableName)) continue;
    for (const prop of Object.values(meta.properties)) {
      for (const column of prop.fieldNames ?? []) {
        if (!existing.has(`${meta.tableName}.${column}`) && !added.some(([t, c]) => t === meta.tableName && c === column)) added.push([meta.tableName, column]);
      }
    }
  }
  for (const [table, column] of added) await em.execute(`alter table "${table}" add column "${column}" text null`);
  try {
    return await write();
  } finally {
    for (const [table, column] of added) await em.execute(`alter table "${table}" drop column "${column}"`);
  }
}

describe('the PHI-at-rest migration on a database written by the previous release', () => {
  const config = testConfig();
  const ring = dataKeyRingFromEnv(config);
  let orm: MikroORM;

  beforeAll(async () => {
    await resetDatabase(config.DATABASE_URL);
    orm = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: 2, dataCipher: ring });
    useDataCipher(ring);
  });

  afterAll(async () => {
    await orm?.close();
  });

  it('seals notes, smart replies and the integration secret in place, scrubs evidence words and drops booking payloads', async () => {
    await orm.migrator.up({ to: '20261207_hot_path' });
    // The previous release sealed the booking secret with FieldEncryption (v1 layout). Today's seed
    // writes columns later migrations add: they exist only while it runs, then the migrations add them.
    const org = await withLaterColumns(orm, () =>
      seedDemoOrganisation(
        orm.em.fork(),
        { hashPassword, encryptSecret: (s) => legacyV1Seal(config.DATA_ENCRYPTION_KEY, s), permissionsFor: (r) => PERMISSION_PRESETS[r] },
        DEMO_PASSWORD,
        TEST_INTEGRATION_SECRET,
      ),
    );
    const ids = { patient: randomUUID(), appointment: randomUUID(), conversation: randomUUID(), message: randomUUID() };
    const location = org.locations.austin.id;
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      await tx.execute(`insert into patient (id, organization_id, first_name, last_name, phone, email, created_at, notes) values (?, ?, 'Marisol', 'Quenby', '+15125550190', 'marisol.q@mailbox.test', now(), ?)`, [ids.patient, org.organizationId, NOTES]);
      await tx.execute(
        `insert into appointment (id, organization_id, integration_id, external_id, location_id, patient_id, starts_at, duration_minutes, provider_name, service_name, source, status, confirmation_status, version, created_at, updated_at)
         values (?, ?, ?, 'EXT-OLD-1', ?, ?, now() + interval '3 days', 30, 'Dr. Priya Lee', 'Botox', 'online', 'booked', 'unconfirmed', 1, now(), now())`,
        [ids.appointment, org.organizationId, org.integrationId, location, ids.patient],
      );
      await tx.execute(
        `insert into booking_event (id, integration_id, event_id, type, appointment_id, payload, received_at) values (?, ?, 'evt-old-1', 'appointment.created', ?, ?::jsonb, now())`,
        [randomUUID(), org.integrationId, ids.appointment, JSON.stringify({ appointment: { patient: { firstName: 'Marisol', lastName: 'Quenby', email: 'marisol.q@mailbox.test' } } })],
      );
      await tx.execute(
        `insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, created_at, updated_at) values (?, ?, ?, ?, 'open', now(), ?, now(), now())`,
        [ids.conversation, org.organizationId, location, ids.patient, ring.encrypt('the bruising near my eyebrow')],
      );
      await tx.execute(
        `insert into message (id, conversation_id, direction, body, status, automated, kind, from_number, to_number, created_at, updated_at, classification) values (?, ?, 'inbound', ?, 'received', false, 'patient_reply', '+15125550190', '+15125550100', now(), now(), ?::jsonb)`,
        [ids.message, ids.conversation, ring.encrypt('the bruising near my eyebrow'), JSON.stringify(OLD_CLASSIFICATION)],
      );
      await tx.execute(
        `insert into reply_suggestion (id, organization_id, location_id, conversation_id, message_id, intent, confidence, engine, suggestions, created_at) values (?, ?, ?, ?, ?, 'aftercare', 0.8, 'bank', ?::jsonb, now())`,
        [randomUUID(), org.organizationId, location, ids.conversation, ids.message, JSON.stringify([SUGGESTION])],
      );
    });
    const before = await DatabaseDump.of(config.DATABASE_URL);
    expect({ notes: before.where('Thelonius'), evidence: before.where('eyebrow'), name: before.where('Marisol') }).toEqual({
      notes: ['patient.notes'],
      evidence: ['message.classification'],
      name: ['booking_event.payload', 'patient.email', 'patient.first_name', 'reply_suggestion.suggestions'],
    });

    // This release's migrations, the PHI one first (later ones may follow it).
    expect((await migrate(orm, ring))[0]).toBe('20261207_phi_at_rest');

    const dump = await DatabaseDump.of(config.DATABASE_URL);
    expect(Object.fromEntries(['Thelonius', 'benzocaine', 'eyebrow', 'bruising', 'marisol.q@mailbox.test'].map((w) => [w, dump.where(w)]))).toEqual({
      Thelonius: [],
      benzocaine: [],
      eyebrow: [],
      bruising: [],
      'marisol.q@mailbox.test': ['patient.email'],
    });
    expect(dump.where('Marisol')).toEqual(['patient.email', 'patient.first_name']);

    // Everything still reads, now sealed under the active key.
    const read = orm.em.fork();
    expect((await read.findOneOrFail(Patient, ids.patient)).notes).toBe(NOTES);
    expect((await read.findOneOrFail(ReplySuggestion, { messageId: ids.message })).suggestions).toEqual([SUGGESTION]);
    expect((await read.findOneOrFail(Message, ids.message)).classification).toMatchObject({ intent: 'aftercare', matched: ['guard:explained', 'model:naive-bayes'] });
    const integration = await read.findOneOrFail(Integration, org.integrationId);
    expect(sealedKeyId(integration.secretEncrypted)).toBe('default');
    expect(ring.decrypt(integration.secretEncrypted)).toBe(TEST_INTEGRATION_SECRET);
  }, 60_000);
});
