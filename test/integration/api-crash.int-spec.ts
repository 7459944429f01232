import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Conversation, Patient } from '@beacon/db';
import { twilioSignature } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';
import { requireBuiltApi, startApiProcess } from '../support/api-process.js';

const TEXTS = 200;
const REPLIES = 60;
const textPhone = (i: number) => `+1512556${String(1000 + i).padStart(4, '0')}`;

/**
 * Kills the real API process (the compiled production build, SIGKILL) in the middle of a burst of
 * patient texts and staff replies. Whatever it acknowledged must be processed — every acknowledged
 * text stored once with its smart replies prepared, every acknowledged staff reply at the provider
 * exactly once — and what it never answered is delivered again by the caller (as Twilio retries)
 * to a restarted API without creating a second copy of anything.
 */
describe('an API killed during a burst', () => {
  let system: RunningSystem;
  let db: pg.Client;
  let api: { child: ChildProcess; baseUrl: string } | null = null;

  beforeAll(async () => {
    requireBuiltApi();
    // The in-process system provides the worker (and an API the test does not kill).
    system = await RunningSystem.start();
    db = new pg.Client({ connectionString: system.config.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    if (api && api.child.exitCode === null) api.child.kill('SIGKILL');
    await db?.end();
    await system?.stop();
  });

  const startApi = () => startApiProcess(system);

  const inbound = (baseUrl: string, i: number) => inboundFrom(baseUrl, `SMcccc${String(i).padStart(28, '0')}`, textPhone(i));
  const inboundFrom = (baseUrl: string, sid: string, from: string) => {
    const url = `${baseUrl}/api/webhooks/twilio/sms`;
    const params = { MessageSid: sid, From: from, To: '+15125550100', Body: 'Hi, can I bring a friend to my facial?', NumMedia: '0' };
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_AUTH_TOKEN, url, params) }, body: new URLSearchParams(params) })
      .then((r) => r.status)
      .catch(() => 0); // the connection died with the process: not acknowledged
  };

  it('processes everything it acknowledged, once, and nothing twice after the callers retry', async () => {
    // Threads for the staff replies: patients who texted first (through the API that stays up).
    const replyPhones = Array.from({ length: REPLIES }, (_, i) => `+1512557${String(1000 + i).padStart(4, '0')}`);
    const opened = await Promise.all(replyPhones.map((phone, i) => inboundFrom(system.baseUrl, `SMbbbb${String(i).padStart(28, '0')}`, phone)));
    expect(opened.filter((s) => s !== 200)).toEqual([]);
    const em = system.orm.em.fork();
    const patients = await em.find(Patient, { phone: { $in: replyPhones } });
    const conversations = await em.find(Conversation, { patientId: { $in: patients.map((p) => p.id) } });
    expect(conversations).toHaveLength(REPLIES);
    const cookie = await system.login('frontdesk@glow.test');

    api = await startApi();
    const first = api;
    const acknowledgedTexts = new Set<number>();
    const acknowledgedReplies = new Map<string, string>(); // clientMessageId → conversation
    let answered = 0;
    let killed = false;
    const killMidway = () => {
      answered += 1;
      if (!killed && answered >= (TEXTS + REPLIES) / 3) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    };
    const replyIds = conversations.map((c) => ({ conversationId: c.id, clientMessageId: randomUUID() }));
    const reply = (baseUrl: string, r: { conversationId: string; clientMessageId: string }) =>
      fetch(`${baseUrl}/api/conversations/${r.conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ body: 'Your aftercare sheet is ready at the front desk.', clientMessageId: r.clientMessageId }),
      })
        .then((res) => res.status)
        .catch(() => 0);

    await Promise.all([
      ...Array.from({ length: TEXTS }, async (_, i) => {
        const status = await inbound(first.baseUrl, i);
        if (status === 200) acknowledgedTexts.add(i);
        killMidway();
      }),
      ...replyIds.map(async (r) => {
        const status = await reply(first.baseUrl, r);
        if (status === 202) acknowledgedReplies.set(r.clientMessageId, r.conversationId);
        killMidway();
      }),
    ]);
    await new Promise<void>((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve() : first.child.once('exit', () => resolve())));
    expect(killed).toBe(true);
    // The kill really landed mid-burst: some work was acknowledged and some was not.
    expect(acknowledgedTexts.size).toBeGreaterThan(0);
    expect(acknowledgedTexts.size + acknowledgedReplies.size).toBeLessThan(TEXTS + REPLIES);

    // What was acknowledged is durable before anyone retries anything.
    const { rows: stored } = await db.query<{ sid: string }>(`select provider_sid as sid from message where provider_sid like 'SMcccc%'`);
    const storedSids = new Set(stored.map((r) => r.sid));
    for (const i of acknowledgedTexts) expect(storedSids.has(`SMcccc${String(i).padStart(28, '0')}`)).toBe(true);

    // A fresh API; every caller retries everything (Twilio retries what got no answer; a client
    // resubmits with the same clientMessageId).
    api = await startApi();
    const second = api;
    const retried = await Promise.all(Array.from({ length: TEXTS }, (_, i) => inbound(second.baseUrl, i)));
    expect(retried.filter((s) => s !== 200)).toEqual([]);
    const resubmitted = await Promise.all(replyIds.map((r) => reply(second.baseUrl, r)));
    expect(resubmitted.filter((s) => s !== 202)).toEqual([]);

    // Every text stored once, its smart replies prepared, and the outbox drained.
    const processed = await eventually(
      async () => {
        const { rows } = await db.query<{ texts: string; sids: string; prepared: string; outbox: string }>(
          `select count(*) as texts, count(distinct m.provider_sid) as sids,
                  count(*) filter (where exists (select 1 from reply_suggestion s where s.message_id = m.id)) as prepared,
                  (select count(*) from outbox) as outbox
             from message m where m.provider_sid like 'SMcccc%'`,
        );
        const r = rows[0]!;
        const out = { texts: Number(r.texts), sids: Number(r.sids), prepared: Number(r.prepared), outbox: Number(r.outbox) };
        return out.prepared >= TEXTS && out.outbox === 0 ? out : null;
      },
      `smart replies for all ${TEXTS} texts and an empty outbox`,
      180_000,
      500,
    );
    expect(processed).toEqual({ texts: TEXTS, sids: TEXTS, prepared: TEXTS, outbox: 0 });

    // Every staff reply at the provider exactly once (a repeat would count in duplicate_sends).
    const phones = patients.map((p) => p.phone);
    const sent = await eventually(
      async () => {
        const { rows } = await db.query<{ texts: string; repeats: string }>(
          `select count(*) as texts, coalesce(sum(s.duplicate_sends), 0) as repeats
             from simulator_message s join message m on m.provider_sid = s.sid
            where s.patient_phone = any($1) and m.kind = 'manual'`,
          [phones],
        );
        const out = { texts: Number(rows[0]?.texts), repeats: Number(rows[0]?.repeats) };
        return out.texts >= REPLIES ? out : null;
      },
      `${REPLIES} staff replies at the provider`,
      120_000,
      250,
    );
    expect(sent).toEqual({ texts: REPLIES, repeats: 0 });
    const { rows: manual } = await db.query<{ n: string }>(`select count(*) as n from message where kind = 'manual' and to_number = any($1)`, [phones]);
    expect(Number(manual[0]?.n)).toBe(REPLIES);
  }, 420_000);
});
