import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Conversation, Message, Patient, SimulatorMessage } from '@beacon/db';
import { twilioSignature } from '@beacon/messaging';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { REPLY_SUGGESTIONS_BATCH_WORKFLOW } from '@beacon/workflows/inbound/definitions.js';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';

const BURST = 200;

/** Callers retry a 503 (busy, nothing saved) after its Retry-After, as booking systems and Twilio do. */
async function withRetryOn503(send: () => Promise<Response>): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    const res = await send();
    if (res.status !== 503 || attempt >= 5) return res;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
const phoneOf = (i: number) => `+1512555${String(2000 + i).padStart(4, '0')}`;

/**
 * The send path under the concurrency a clinic produces, with deliberately small pools (4
 * connections per queue): before the hot-path rebuild, 10 connections held across the provider
 * call wedged the worker for good after ~90 sends. Every text must reach the provider exactly once
 * (the simulator counts a repeat in `duplicate_sends`), and no request may fail on a race.
 */
describe('hot path: hundreds of sends at once through small pools', () => {
  let system: RunningSystem;
  let db: pg.Client;
  let cookie: string;

  beforeAll(async () => {
    system = await RunningSystem.start({ WORKER_INTERACTIVE_SLOTS: '4', WORKER_SCHEDULED_SLOTS: '4', WORKER_BACKGROUND_SLOTS: '2' });
    db = new pg.Client({ connectionString: system.config.DATABASE_URL });
    await db.connect();
    cookie = await system.login('frontdesk@glow.test');
  });

  afterAll(async () => {
    await db?.end();
    await system?.stop();
  });

  const carrierCount = async (phones: string[], kindLike: string) => {
    const { rows } = await db.query<{ texts: string; repeats: string }>(
      `select count(*) as texts, coalesce(sum(s.duplicate_sends), 0) as repeats
         from simulator_message s join message m on m.provider_sid = s.sid
        where s.patient_phone = any($1) and m.kind like $2`,
      [phones, kindLike],
    );
    return { texts: Number(rows[0]?.texts), repeats: Number(rows[0]?.repeats) };
  };

  it(`texts ${BURST} booking confirmations booked at the same moment, each exactly once`, async () => {
    const phones = Array.from({ length: BURST }, (_, i) => phoneOf(i));
    const startsAt = new Date(Date.now() + 5 * 24 * 3600_000).toISOString();
    // Every event delivered twice at once, as a booking system retrying on a slow answer would.
    const responses = await Promise.all(
      phones.flatMap((phone, i) =>
        [0, 1].map(() =>
          withRetryOn503(() => system.postBookingEvent(system.appointmentCreated(`BURST-${i}`, { firstName: `Pat${i}`, phone }, { startsAt }))),
        ),
      ),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    const sent = await eventually(
      async () => {
        const c = await carrierCount(phones, 'booking_confirmation');
        return c.texts >= BURST ? c : null;
      },
      `${BURST} booking confirmations at the provider`,
      120_000,
      250,
    );
    expect(sent).toEqual({ texts: BURST, repeats: 0 });
    expect(await system.orm.em.fork().count(Message, { toNumber: { $in: phones }, kind: 'booking_confirmation' })).toBe(BURST);
  });

  it(`delivers ${BURST} staff replies sent at once (each submitted twice), each exactly once`, async () => {
    const em = system.orm.em.fork();
    const patients = await em.find(Patient, { phone: { $in: Array.from({ length: BURST }, (_, i) => phoneOf(i)) } });
    const conversations = await em.find(Conversation, { patientId: { $in: patients.map((p) => p.id) } });
    expect(conversations).toHaveLength(BURST);
    const responses = await Promise.all(
      conversations.flatMap((c) => {
        const clientMessageId = randomUUID();
        return [0, 1].map(() =>
          withRetryOn503(() =>
            fetch(`${system.baseUrl}/api/conversations/${c.id}/messages`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie },
              body: JSON.stringify({ body: 'Your aftercare sheet is ready at the front desk.', clientMessageId }),
            }),
          ),
        );
      }),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    const phones = patients.map((p) => p.phone);
    const sent = await eventually(
      async () => {
        const c = await carrierCount(phones, 'manual');
        return c.texts >= BURST ? c : null;
      },
      `${BURST} staff replies at the provider`,
      120_000,
      250,
    );
    expect(sent).toEqual({ texts: BURST, repeats: 0 });
    expect(await em.count(Message, { toNumber: { $in: phones }, kind: 'manual' })).toBe(BURST);
  });

  it('stores the first text from a new number once when Twilio delivers it five times at once', async () => {
    const url = `${system.baseUrl}/api/webhooks/twilio/sms`;
    const params = { MessageSid: `SM${randomUUID().replace(/-/g, '')}`, From: '+15125559871', To: '+15125550100', Body: 'Hi, is this the spa?', NumMedia: '0' };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_AUTH_TOKEN, url, params) }, body: new URLSearchParams(params) }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const em = system.orm.em.fork();
    expect(await em.count(Message, { providerSid: params.MessageSid })).toBe(1);
    expect(await em.count(Patient, { phone: '+15125559871' })).toBe(1);
  });

  it(`prepares smart replies for ${BURST} texts arriving at once in batches, not one workflow per text`, async () => {
    const url = `${system.baseUrl}/api/webhooks/twilio/sms`;
    const phones = Array.from({ length: BURST }, (_, i) => `+1512556${String(3000 + i).padStart(4, '0')}`);
    const responses = await Promise.all(
      phones.map((From, i) => {
        const params = { MessageSid: `SM${randomUUID().replace(/-/g, '')}`, From, To: '+15125550100', Body: `What time do you open on Saturday? (${i})`, NumMedia: '0' };
        return withRetryOn503(() =>
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_AUTH_TOKEN, url, params) }, body: new URLSearchParams(params) }),
        );
      }),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const prepared = async () => {
      const { rows } = await db.query<{ n: string }>(
        `select count(*) as n from message m join reply_suggestion s on s.message_id = m.id where m.from_number = any($1) and m.direction = 'inbound'`,
        [phones],
      );
      return Number(rows[0]?.n);
    };
    await eventually(async () => (await prepared()) === BURST, `smart replies for all ${BURST} texts`, 120_000, 250);
    const { rows } = await db.query<{ n: string }>(`select count(*) as n from outbox where kind = 'suggestions.prepare'`);
    expect(Number(rows[0]?.n)).toBe(0);

    // Each smart-reply row names the workflow that prepared it. How many texts share a batch depends
    // on how fast they arrive and on what else the relay claims in the same round (64 rows a round),
    // so the bound is loose — but one workflow per text would be 200.
    const batches = await db.query<{ prepared_by: string | null; n: string }>(
      `select s.prepared_by, count(*) as n from reply_suggestion s join message m on m.id = s.message_id
        where m.from_number = any($1) and m.direction = 'inbound' group by s.prepared_by`,
      [phones],
    );
    expect(batches.rows.every((b) => b.prepared_by?.startsWith('suggest-batch-'))).toBe(true);
    expect(batches.rows.length).toBeLessThanOrEqual(BURST / 4);
    const client = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    try {
      // Each batch is a workflow of the smart-reply batch type that completed (describe is strongly
      // consistent; Temporal's list can trail its starts by a minute on a busy server).
      for (const { prepared_by: workflowId } of batches.rows) {
        const described = await eventually(
          async () => {
            const d = await client.workflow.getHandle(workflowId!).describe().catch(() => null);
            return d?.status.name === 'COMPLETED' ? d : null;
          },
          `batch workflow ${workflowId} completed`,
          60_000,
          250,
        );
        expect(described.type).toBe(REPLY_SUGGESTIONS_BATCH_WORKFLOW);
      }
    } finally {
      await client.connection.close();
    }
  });

  it('stores concurrent booking events for one new patient without a conflict', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        system.postBookingEvent(
          system.appointmentCreated(`SAME-PATIENT-${i}`, { firstName: 'Morgan', lastName: 'Race', phone: '+15125559872' }, { startsAt: new Date(Date.now() + (3 + i) * 24 * 3600_000).toISOString(), source: 'staff', serviceName: 'Facial' }),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    expect(await system.orm.em.fork().count(Patient, { phone: '+15125559872' })).toBe(1);
  });

  it('answers every concurrent staff reply in one thread', async () => {
    const phone = phoneOf(0);
    const conversation = await system.orm.em.fork().findOneOrFail(Conversation, { patientId: (await system.orm.em.fork().findOneOrFail(Patient, { phone })).id });
    const before = await system.orm.em.fork().count(SimulatorMessage, { patientPhone: phone });
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${system.baseUrl}/api/conversations/${conversation.id}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ body: `Reply number ${i + 1}`, clientMessageId: randomUUID() }),
        }),
      ),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    await eventually(async () => (await system.orm.em.fork().count(SimulatorMessage, { patientPhone: phone, duplicateSends: 0 })) >= before + 10, 'ten replies at the provider');
  });
});
