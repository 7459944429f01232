import { randomBytes } from 'node:crypto';
import { ConsentEvent, ENCRYPTED_COLUMNS, Message, reencryptColumns, reindexSearch, ReplySuggestion, useDataCipher } from '@beacon/db';
import { storeMedia } from '@beacon/inbox';
import { dataKeyRingFromEnv, sealedBytesKeyId } from '@beacon/security';
import { eventually } from '../support/eventually.js';
import { legacyV1Seal } from '../support/legacy-v1-seal.js';
import { DatabaseDump } from '../support/pg-dump.js';
import { RunningSystem } from '../support/running-system.js';
import { TEST_INTEGRATION_SECRET } from '../support/test-env.js';

const PATIENT = { firstName: 'Ottoline', lastName: 'Vasquez-Brannigan', phone: '+15125550177', email: 'ottoline.vb@mailbox.test' };
/** Read by the Naive Bayes model (not a keyword or intent rule), whose evidence words come from this very text. */
const PATIENT_TEXT = 'Hey, quick one about my lipsomething, the bruising near my eyebrow looks purple';
const NOTES = 'Prefers Wednesdays; allergic to lidocaine; husband Bartholomew drives her';
const NOTE_WORDS = ['Wednesdays', 'lidocaine', 'Bartholomew'];

/**
 * Where a patient's identity stays readable on purpose: the patient directory (an inbound number is
 * looked up by it, unique per organisation) and the routing columns of texts and the consent ledger.
 * Anywhere else is a leak.
 */
const PHONE_COLUMNS = ['consent_event.phone', 'message.from_number', 'message.to_number', 'patient.phone', 'simulator_message.from_number', 'simulator_message.patient_phone', 'simulator_message.to_number'];

describe('PHI is encrypted at rest (checked in a real pg_dump)', () => {
  let system: RunningSystem;
  let owner: string;
  let conversationId: string;
  let inboundId: string;
  let outboundBody: string;

  beforeAll(async () => {
    system = await RunningSystem.start();
    owner = await system.login('owner@glow.test');
  });

  afterAll(async () => {
    // Later suites in this process build their own ring from the environment.
    useDataCipher(dataKeyRingFromEnv(system.config));
    await system?.stop();
  });

  const api = async <T,>(path: string, init: RequestInit = {}, baseUrl = system.baseUrl): Promise<T> => {
    const res = await fetch(`${baseUrl}/api${path}`, { ...init, headers: { cookie: owner, 'content-type': 'application/json', ...init.headers } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const messageBodies = (baseUrl?: string) => api<{ body: string }[]>(`/conversations/${conversationId}/messages`, {}, baseUrl).then((ms) => ms.map((m) => m.body));
  const searchMessages = (q: string, baseUrl?: string) => api<{ messages: { message: { id: string } }[] }>(`/search?q=${encodeURIComponent(q)}`, {}, baseUrl).then((r) => r.messages.map((h) => h.message.id));
  const searchThreads = (q: string, baseUrl?: string) => api<{ conversations: { id: string }[] }>(`/search?q=${encodeURIComponent(q)}`, {}, baseUrl).then((r) => r.conversations.map((c) => c.id));

  it('keeps what the patient wrote, notes, rendered replies and the booking payload out of a database dump', async () => {
    const baseline = await DatabaseDump.of(system.config.DATABASE_URL);
    // With name, phone and email, as a booking system sends them.
    const booked = await system.postBookingEvent(system.appointmentCreated('EXT-ENC-1', PATIENT));
    expect(booked.status).toBe(202);
    const outbound = await eventually(() => system.orm.em.fork().findOne(Message, { toNumber: PATIENT.phone, direction: 'outbound' }), 'the booking confirmation');
    outboundBody = outbound.body;
    conversationId = outbound.conversationId;

    const reply = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { cookie: owner, 'content-type': 'application/json' },
      body: JSON.stringify({ from: PATIENT.phone, to: '+15125550100', body: PATIENT_TEXT }),
    });
    expect(reply.status).toBe(202);
    const inbound = await eventually(() => system.orm.em.fork().findOne(Message, { conversationId, direction: 'inbound' }), 'the inbound text');
    inboundId = inbound.id;
    // The worker has classified it (by the model) and rendered smart replies with the patient's name.
    await eventually(() => system.orm.em.fork().findOne(ReplySuggestion, { messageId: inbound.id }), 'smart replies for the text');
    const classified = await system.orm.em.fork().findOneOrFail(Message, inbound.id);
    expect(classified.classification).toMatchObject({ source: 'model', intent: 'aftercare' });
    const suggestions = await api<{ suggestions: { text: string }[] }>(`/conversations/${conversationId}/suggestions`);
    expect(suggestions.suggestions.map((s) => s.text).join('\n')).toContain(PATIENT.firstName);

    await api(`/conversations/${conversationId}/patient-notes`, { method: 'PUT', body: JSON.stringify({ notes: NOTES }) });
    expect((await api<{ patient: { notes: string } }>(`/conversations/${conversationId}/context`)).patient.notes).toBe(NOTES);
    expect(await messageBodies()).toEqual([outboundBody, PATIENT_TEXT]);

    const dump = await DatabaseDump.of(system.config.DATABASE_URL);
    // Every word of five letters or more the patient wrote that the database did not already hold
    // (seeded templates say "about", "quick"…) — including the model's evidence, e.g. "eyebrow".
    const words = [...new Set(PATIENT_TEXT.toLowerCase().match(/[a-z]{5,}/g))].filter((w) => !baseline.contains(w));
    expect(words).toEqual(expect.arrayContaining(['eyebrow', 'bruising', 'lipsomething']));
    const none = (list: string[]) => Object.fromEntries(list.map((w) => [w, [] as string[]]));
    expect(Object.fromEntries(words.map((w) => [w, dump.where(w)]))).toEqual(none(words));
    expect(Object.fromEntries(NOTE_WORDS.map((w) => [w, dump.where(w)]))).toEqual(none(NOTE_WORDS));
    expect(dump.where(outboundBody)).toEqual([]);

    // Name, email and number only where the patient directory and message routing need them.
    // (The email address starts with the first name.)
    expect(dump.where(PATIENT.firstName)).toEqual(['patient.email', 'patient.first_name']);
    expect(dump.where(PATIENT.lastName)).toEqual(['patient.last_name']);
    expect(dump.where(PATIENT.email)).toEqual(['patient.email']);
    expect(dump.where(PATIENT.phone.slice(2))).toEqual(expect.arrayContaining(['patient.phone']));
    expect(dump.where(PATIENT.phone.slice(2)).filter((c) => !PHONE_COLUMNS.includes(c))).toEqual([]);
  }, 120_000);

  it('keeps an opt-out text out of the consent ledger and the classification', async () => {
    const optOut = 'Please stop texting me about the Quorvathian peel';
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { cookie: owner, 'content-type': 'application/json' },
      body: JSON.stringify({ from: PATIENT.phone, to: '+15125550100', body: optOut }),
    });
    expect(res.status).toBe(202);
    const ledger = await eventually(() => system.orm.em.fork().findOne(ConsentEvent, { phone: PATIENT.phone, action: 'opt_out' }), 'the opt-out in the ledger');
    expect(ledger.method).toBe('plain_language');
    expect(ledger.reason).toMatch(/Plain-language opt-out/);
    // Its one confirmation text is stored too (the rotation test below counts messages).
    await eventually(() => system.orm.em.fork().findOne(Message, { conversationId, kind: 'opt_out_confirmation' }), 'the opt-out confirmation');
    expect(await messageBodies()).toContain(optOut);
    expect((await DatabaseDump.of(system.config.DATABASE_URL)).where('Quorvathian')).toEqual([]);
  }, 90_000);

  it('rotating DATA_ENCRYPTION_KEY moves every key — data, search index, integration secret — and search keeps finding old texts', async () => {
    const oldKey = system.config.DATA_ENCRYPTION_KEY;
    const newKey = randomBytes(32).toString('base64');
    const em = system.orm.em.fork();
    // Rows from before this release: a preview never encrypted, the booking secret in the retired v1 layout.
    await em.execute(`update conversation set last_message_preview = 'legacy plaintext preview' where id = ?`, [conversationId]);
    await em.execute(`update integration set secret_encrypted = ?`, [legacyV1Seal(oldKey, TEST_INTEGRATION_SECRET)]);
    const picture = randomBytes(4096);
    const mediaId = await storeMedia(system.orm.em.fork(), dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: oldKey }), { conversationId, contentType: 'image/png', bytes: picture });
    expect(await searchMessages('eyebrow')).toEqual([inboundId]);

    // Step 1: the new key replaces DATA_ENCRYPTION_KEY and leads the list; the old one stays.
    const rotating = { DATA_ENCRYPTION_KEY: newKey, DATA_ENCRYPTION_KEYS: `k2:${newKey},default:${oldKey}` };
    const during = await system.startPeer(rotating);
    try {
      expect(await searchMessages('eyebrow', during.baseUrl)).toEqual([inboundId]);
      expect(await searchThreads(PATIENT.lastName, during.baseUrl)).toEqual([conversationId]);
      const ring = dataKeyRingFromEnv(rotating);
      useDataCipher(ring);
      const results = await reencryptColumns(system.orm.em.fork(), ring, { batchSize: 2 });
      const updated = (table: string) => results.find((r) => r.table === table)?.updated ?? 0;
      expect(updated('message')).toBeGreaterThanOrEqual(3);
      expect(updated('patient')).toBeGreaterThanOrEqual(1);
      expect(updated('reply_suggestion')).toBeGreaterThanOrEqual(1);
      expect(updated('integration')).toBe(1);
      expect(updated('message_media')).toBe(1);

      // The re-index stops after its first batch (a crash), then continues where it stopped.
      const crash = new Error('killed');
      await expect(
        reindexSearch(system.orm.em.fork(), {
          batchSize: 1,
          onProgress: () => {
            throw crash;
          },
        }),
      ).rejects.toBe(crash);
      const [stored] = await em.execute<{ messages_after: string }[]>('select messages_after from search_reindex_progress where index_key = ?', [ring.indexKeyFingerprint]);
      expect(stored?.messages_after).toEqual(expect.any(String));
      const total = Number((await em.execute<{ n: string }[]>('select count(*) as n from message'))[0]!.n);
      const resumed = await reindexSearch(system.orm.em.fork(), { batchSize: 2 });
      expect(resumed.resumedAfter).toBe(stored!.messages_after);
      expect(resumed.messages).toBe(total - 1);
    } finally {
      await during.stop();
    }

    // Step 2: only the new key is left.
    const after = await system.startPeer({ DATA_ENCRYPTION_KEY: newKey, DATA_ENCRYPTION_KEYS: `k2:${newKey}` });
    try {
      expect(await searchMessages('eyebrow', after.baseUrl)).toEqual([inboundId]);
      expect(await searchThreads(PATIENT.lastName, after.baseUrl)).toEqual([conversationId]);
      expect(await messageBodies(after.baseUrl)).toEqual(expect.arrayContaining([outboundBody, PATIENT_TEXT]));
      expect((await api<{ patient: { notes: string } }>(`/conversations/${conversationId}/context`, {}, after.baseUrl)).patient.notes).toBe(NOTES);
      // The booking system's signing secret still verifies.
      const booked = await system.postBookingEvent(system.appointmentCreated('EXT-ENC-2', { firstName: 'Rosalind', phone: '+15125550178' }), { baseUrl: after.baseUrl });
      expect(booked.status).toBe(202);
      for (const { table, column } of ENCRYPTED_COLUMNS) {
        const [row] = await em.execute<{ n: string }[]>(`select count(*) as n from "${table}" where "${column}" not like 'bcn1:k2:%'`);
        expect({ column: `${table}.${column}`, notUnderNewKey: Number(row?.n) }).toEqual({ column: `${table}.${column}`, notUnderNewKey: 0 });
      }
      const [media] = await em.execute<{ data_encrypted: Buffer }[]>('select data_encrypted from message_media where id = ?', [mediaId]);
      expect(sealedBytesKeyId(Buffer.from(media!.data_encrypted))).toBe('k2');
      expect((await DatabaseDump.of(system.config.DATABASE_URL)).where('legacy plaintext preview')).toEqual([]);

      // A finished re-index only looks for rows without tokens (e.g. restored from before search existed).
      await em.execute('delete from message_search_token where message_id = ?', [inboundId]);
      expect(await searchMessages('eyebrow', after.baseUrl)).toEqual([]);
      expect((await reindexSearch(system.orm.em.fork())).messages).toBe(1);
      expect(await searchMessages('eyebrow', after.baseUrl)).toEqual([inboundId]);
    } finally {
      await after.stop();
    }
  }, 120_000);
});
