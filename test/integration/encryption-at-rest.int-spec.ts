import { randomBytes } from 'node:crypto';
import { ConsentEvent, Conversation, Message, reencryptColumns, reindexSearch, ReplySuggestion, useDataCipher } from '@beacon/db';
import { searchInbox, storeMedia } from '@beacon/inbox';
import { DataKeyRing, dataKeyRingFromEnv, parseKeyList, sealedBytesKeyId } from '@beacon/security';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';

const PATIENT_PHONE = '+15125550177';
const SECRET_WORDS = 'Zorblaxian serum question: can I combine it with retinol before Friday?';

/** Every text-like column of every table, as a raw database dump would contain it. */
async function columnsContaining(system: RunningSystem, needle: string): Promise<string[]> {
  const em = system.orm.em.fork();
  const columns = await em.execute<{ table_name: string; column_name: string }[]>(
    `select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'character', 'bytea')`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await em.execute<{ n: string }[]>(`select count(*) as n from "${table_name}" where position(? in convert_from(convert_to("${column_name}"::text, 'UTF8'), 'UTF8')) > 0`, [needle]);
    if (Number(row?.n) > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe('message bodies are encrypted at rest', () => {
  let system: RunningSystem;
  let cookie: string;
  let conversationId: string;
  let outboundBody: string;

  beforeAll(async () => {
    system = await RunningSystem.start();
    cookie = await system.login('frontdesk@glow.test');
  });

  afterAll(async () => {
    // Later suites in this process build their own ring from the environment.
    useDataCipher(dataKeyRingFromEnv(system.config));
    await system?.stop();
  });

  async function apiMessages(): Promise<string[]> {
    const res = await fetch(`${system.baseUrl}/api/conversations/${conversationId}/messages`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { body: string }[]).map((m) => m.body);
  }

  it('keeps no plaintext body anywhere in the database while the inbox shows the text', async () => {
    const booked = await system.postBookingEvent({
      eventId: 'evt-encryption-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-ENC-1',
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'online',
        patient: { firstName: 'Quinn', lastName: 'Harlow', phone: PATIENT_PHONE },
      },
    });
    expect(booked.status).toBe(202);
    const outbound = await eventually(() => system.orm.em.fork().findOne(Message, { toNumber: PATIENT_PHONE, direction: 'outbound' }), 'the booking confirmation');
    outboundBody = outbound.body;
    conversationId = outbound.conversationId;

    const reply = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ from: PATIENT_PHONE, to: '+15125550100', body: SECRET_WORDS }),
    });
    expect(reply.status).toBe(202);
    const inbound = await eventually(() => system.orm.em.fork().findOne(Message, { conversationId, direction: 'inbound' }), 'the inbound reply');
    // Let the worker finish with it too (classification, smart replies) before looking at the dump.
    await eventually(() => system.orm.em.fork().findOne(ReplySuggestion, { messageId: inbound.id }), 'smart replies for the reply');

    expect(await apiMessages()).toEqual([outboundBody, SECRET_WORDS]);
    const conversation = await system.orm.em.fork().findOneOrFail(Conversation, conversationId);
    expect(conversation.lastMessagePreview).toContain('Zorblaxian');

    expect(await columnsContaining(system, 'Zorblaxian')).toEqual([]);
    expect(await columnsContaining(system, outboundBody)).toEqual([]);
    const raw = await system.orm.em.fork().execute<{ body: string }[]>('select body from message where conversation_id = ?', [conversationId]);
    expect(raw.map((r) => r.body)).toEqual([expect.stringMatching(/^bcn1:default:/), expect.stringMatching(/^bcn1:default:/)]);
  }, 90_000);

  it('rotation re-keys every row; the old key can then be removed and texts still read', async () => {
    const oldKey = system.config.DATA_ENCRYPTION_KEY;
    const newKey = randomBytes(32).toString('base64');
    const em = system.orm.em.fork();
    // A row from before encryption existed: rotation encrypts it too.
    await em.execute(`update conversation set last_message_preview = 'legacy plaintext preview' where id = ?`, [conversationId]);
    // A picture sealed under the old key.
    const picture = randomBytes(4096);
    const mediaId = await storeMedia(system.orm.em.fork(), dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: oldKey }), { conversationId, contentType: 'image/png', bytes: picture });
    const sealedPicture = async () => Buffer.from((await em.execute<{ data_encrypted: Buffer }[]>('select data_encrypted from message_media where id = ?', [mediaId]))[0]!.data_encrypted);
    expect(sealedBytesKeyId(await sealedPicture())).toBe('default');

    const both = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: oldKey, DATA_ENCRYPTION_KEYS: `k2:${newKey},default:${oldKey}` });
    useDataCipher(both);
    const results = await reencryptColumns(system.orm.em.fork(), both, { batchSize: 1 });
    expect(results.find((r) => r.table === 'message')?.updated).toBe(2);
    expect(results.find((r) => r.table === 'conversation')?.updated).toBeGreaterThanOrEqual(1);
    expect(results.find((r) => r.table === 'message_media')?.updated).toBe(1);
    expect(sealedBytesKeyId(await sealedPicture())).toBe('k2');
    const again = await reencryptColumns(system.orm.em.fork(), both);
    expect(again.every((r) => r.updated === 0)).toBe(true);

    const stillOld = await em.execute<{ n: string }[]>(
      `select (select count(*) from message where body not like 'bcn1:k2:%') + (select count(*) from conversation where last_message_preview not like 'bcn1:k2:%') + (select count(*) from simulator_message where body not like 'bcn1:k2:%') as n`,
    );
    expect(Number(stillOld[0]?.n)).toBe(0);

    // Only the new key left: everything still reads.
    useDataCipher(new DataKeyRing(parseKeyList(`k2:${newKey}`), Buffer.alloc(32)));
    expect(await apiMessages()).toEqual([outboundBody, SECRET_WORDS]);
    expect((await system.orm.em.fork().findOneOrFail(Conversation, conversationId)).lastMessagePreview).toBe('legacy plaintext preview');
    expect(await columnsContaining(system, 'legacy plaintext preview')).toEqual([]);
    expect(new DataKeyRing(parseKeyList(`k2:${newKey}`), Buffer.alloc(32)).decryptBytes(await sealedPicture()).equals(picture)).toBe(true);
  }, 60_000);

  it('indexes messages written before search existed', async () => {
    const em = system.orm.em.fork();
    await em.execute('delete from message_search_token where conversation_id = ?', [conversationId]);
    const find = async () => (await searchInbox(system.orm.em.fork(), { organizationId: system.org.organizationId, locationIds: [system.org.locations.austin.id], query: 'zorblaxian', limit: 5 })).messages.length;
    expect(await find()).toBe(0);
    expect((await reindexSearch(system.orm.em.fork())).messages).toBe(2);
    expect(await find()).toBe(1);
    expect((await reindexSearch(system.orm.em.fork())).messages).toBe(0);
  });

  it('keeps an opt-out text out of the consent ledger and the classification in plaintext', async () => {
    const optOut = 'Please stop texting me about the Quorvathian peel';
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ from: PATIENT_PHONE, to: '+15125550100', body: optOut }),
    });
    expect(res.status).toBe(202);
    const ledger = await eventually(() => system.orm.em.fork().findOne(ConsentEvent, { phone: PATIENT_PHONE, action: 'opt_out' }), 'the opt-out in the ledger');
    expect(ledger.method).toBe('plain_language');
    expect(ledger.reason).toMatch(/Plain-language opt-out/);
    expect(await apiMessages()).toContain(optOut);
    expect(await columnsContaining(system, 'Quorvathian')).toEqual([]);
  }, 90_000);
});
