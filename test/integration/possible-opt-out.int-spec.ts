import { AuditEvent, ConsentEvent, Message, Staff, StaffAlert } from '@beacon/db';
import { possibleOptOutAlertKey, staffOptOutConfirmationWorkflowId } from '@beacon/inbox';
import { timesSentToProvider, workflowsSettled } from '../support/settled.js';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { connectStaffSocket } from '../support/socket-recorder.js';

const CLINIC = '+15125550100';
/** A text the classifier cannot call either way (see message-classifier.spec.ts): a person decides. */
const UNSURE = 'This number is on notice under the TCPA.';

interface ConsentBody {
  transactional: { status: string; method: string | null };
  marketing: { status: string; method: string | null; staff: { id: string; name: string } | null };
  canText: boolean;
  possibleOptOut: { messageId: string; body: string; createdAt: string } | null;
  decision?: { decision: string; decidedAt: string; consentEventIds: string[] };
}

/** "Possible opt-out — confirm": the staff decision through the real API, ledger, alert, audit and socket. */
describe('staff decide a possible opt-out', () => {
  let system: RunningSystem;
  let frontdesk: string;
  let owner: string;

  beforeAll(async () => {
    system = await RunningSystem.start();
    [frontdesk, owner] = [await system.login('frontdesk@glow.test'), await system.login('owner@glow.test')];
  });

  afterAll(async () => {
    await system?.stop();
  });

  async function call(cookie: string, method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${system.baseUrl}/api${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const staffId = async (email: string) => (await system.orm.em.fork().findOneOrFail(Staff, { email })).id;

  /** The patient texts `body`; returns the thread once it shows the possible opt-out. */
  async function unsureText(phone: string, options: { marketingOptIn?: boolean } = {}): Promise<{ conversationId: string; messageId: string }> {
    const hello = await call(frontdesk, 'POST', '/simulator/inbound', { from: phone, to: CLINIC, body: 'Hi, do you have parking?' });
    expect(hello.status).toBe(202);
    const first = await eventually(() => system.orm.em.fork().findOne(Message, { fromNumber: phone }), 'first text');
    if (options.marketingOptIn) {
      expect((await call(frontdesk, 'POST', `/conversations/${first.conversationId}/consent`, { kind: 'marketing', reason: 'Patient signed up for offers at the front desk' })).status).toBe(201);
    }
    expect((await call(frontdesk, 'POST', '/simulator/inbound', { from: phone, to: CLINIC, body: UNSURE })).status).toBe(202);
    const consent = await eventually(async () => {
      const res = await call(frontdesk, 'GET', `/conversations/${first.conversationId}/consent`);
      return (res.body as unknown as ConsentBody).possibleOptOut ? (res.body as unknown as ConsentBody) : null;
    }, 'the possible opt-out on the thread');
    expect(consent.possibleOptOut?.body).toBe(UNSURE);
    // Promotions are paused meanwhile; appointment texts are not.
    expect(consent).toMatchObject({ canText: true, marketing: { status: 'opted_out' } });
    return { conversationId: first.conversationId, messageId: consent.possibleOptOut!.messageId };
  }

  it('records "not an opt-out" once when two staff decide at the same moment, restores promotions, resolves the alert and tells other consoles', async () => {
    const phone = '+15125550301';
    const { conversationId, messageId } = await unsureText(phone, { marketingOptIn: true });
    expect(await system.orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: possibleOptOutAlertKey(messageId) })).toMatchObject({ kind: 'possible_opt_out', acknowledgedAt: null });
    const { socket, events } = await connectStaffSocket(system.baseUrl, owner);
    try {
      const decide = (cookie: string) => call(cookie, 'POST', `/conversations/${conversationId}/consent/possible-opt-out`, { messageId, decision: 'not_opt_out' });
      const answers = await Promise.all([decide(frontdesk), decide(owner)]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const won = answers.find((a) => a.status === 200)!.body as unknown as ConsentBody;
      const lost = answers.find((a) => a.status === 409)!.body;
      const winner = answers[0]!.status === 200 ? 'frontdesk@glow.test' : 'owner@glow.test';
      const winnerId = await staffId(winner);
      const winnerName = (await system.orm.em.fork().findOneOrFail(Staff, winnerId)).name;
      expect(lost).toMatchObject({ code: 'OPT_OUT_REVIEW_DECIDED', message: `${winnerName} already decided this text was not an opt-out. Nothing was changed.` });

      expect(won).toMatchObject({ possibleOptOut: null, canText: true, marketing: { status: 'opted_in', method: 'staff_decision', staff: { id: winnerId } }, decision: { decision: 'not_opt_out' } });
      const ledger = await system.orm.em.fork().find(ConsentEvent, { phone, method: 'staff_decision' });
      expect(ledger.map((e) => ({ kind: e.kind, action: e.action, staffId: e.staffId, messageId: e.messageId }))).toEqual([{ kind: 'marketing', action: 'opt_in', staffId: winnerId, messageId }]);
      expect(ledger[0]!.createdAt.toISOString()).toBe(won.decision!.decidedAt);
      expect(await system.orm.em.fork().count(ConsentEvent, { phone, kind: 'transactional' })).toBe(0);
      expect(await system.orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: possibleOptOutAlertKey(messageId) })).toMatchObject({ acknowledgedBy: winnerId });
      const audit = await system.orm.em.fork().find(AuditEvent, { action: 'consent.update', targetId: messageId });
      expect(audit.map((a) => [a.actorStaffId, a.details['possibleOptOut']])).toEqual([[winnerId, 'not_opt_out']]);
      // Another console hears of it (its banner goes away without a reload).
      await events.next<{ conversationId: string }>('conversation.updated', (p) => p.conversationId === conversationId);

      // A later attempt changes nothing either.
      expect((await call(owner, 'POST', `/conversations/${conversationId}/consent/possible-opt-out`, { messageId, decision: 'opt_out' })).status).toBe(409);
      expect(await system.orm.em.fork().count(ConsentEvent, { phone, method: 'staff_decision' })).toBe(1);
    } finally {
      socket.disconnect();
    }
  });

  it('records a confirmed opt-out for every kind of text, by whom, and texting stops', async () => {
    const phone = '+15125550302';
    const { conversationId, messageId } = await unsureText(phone);
    const decided = await call(frontdesk, 'POST', `/conversations/${conversationId}/consent/possible-opt-out`, { messageId, decision: 'opt_out' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ canText: false, possibleOptOut: null, transactional: { status: 'opted_out', method: 'staff_decision' } });
    const rows = await system.orm.em.fork().find(ConsentEvent, { phone, method: 'staff_decision' }, { orderBy: { kind: 'asc' } });
    const me = await staffId('frontdesk@glow.test');
    expect(rows.map((e) => [e.kind, e.action, e.staffId, e.messageId])).toEqual([
      ['marketing', 'opt_out', me, messageId],
      ['transactional', 'opt_out', me, messageId],
    ]);
    const refused = await call(frontdesk, 'POST', `/conversations/${conversationId}/messages`, { clientMessageId: crypto.randomUUID(), body: 'Sorry to see you go' });
    expect(refused.body).toMatchObject({ code: 'PATIENT_OPTED_OUT' });
    // The one confirmation a revocation gets, once, even when the decision is sent again.
    expect((await call(owner, 'POST', `/conversations/${conversationId}/consent/possible-opt-out`, { messageId, decision: 'opt_out' })).status).toBe(409);
    await workflowsSettled(system, [staffOptOutConfirmationWorkflowId(messageId)]);
    const confirmations = await system.orm.em.fork().find(Message, { conversationId, kind: 'opt_out_confirmation' });
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]!.status).not.toBe('blocked');
    expect(await timesSentToProvider(system, { patientPhone: phone, body: confirmations[0]!.body })).toBe(1);
  });

  it('puts promotions back as they were: a patient who never agreed to them stays without them, and nothing false enters the ledger', async () => {
    const phone = '+15125550303';
    const { conversationId, messageId } = await unsureText(phone);
    const decided = await call(frontdesk, 'POST', `/conversations/${conversationId}/consent/possible-opt-out`, { messageId, decision: 'not_opt_out' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ possibleOptOut: null, canText: true, decision: { consentEventIds: [] } });
    expect(await system.orm.em.fork().count(ConsentEvent, { phone, method: 'staff_decision' })).toBe(0);
  });

  it('answers bad input and unknown texts with a clear 4xx', async () => {
    const phone = '+15125550304';
    const { conversationId, messageId } = await unsureText(phone);
    const path = `/conversations/${conversationId}/consent/possible-opt-out`;
    const bad = await call(frontdesk, 'POST', path, { messageId, decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body['details'])).toMatch(/decision.*'opt_out' or 'not_opt_out'/);
    expect((await call(frontdesk, 'POST', path, { messageId: 'not-an-id', decision: 'opt_out' })).status).toBe(400);
    // A text of this thread that is not waiting for a decision, and a decision filed on another thread.
    const other = await system.orm.em.fork().findOneOrFail(Message, { fromNumber: phone, id: { $ne: messageId } });
    expect((await call(frontdesk, 'POST', path, { messageId: other.id, decision: 'opt_out' })).body).toMatchObject({ code: 'OPT_OUT_REVIEW_NOT_FOUND' });
    const elsewhere = await unsureText('+15125550305');
    const crossed = await call(frontdesk, 'POST', `/conversations/${elsewhere.conversationId}/consent/possible-opt-out`, { messageId, decision: 'opt_out' });
    expect(crossed.status).toBe(404);
    expect(await system.orm.em.fork().count(ConsentEvent, { method: 'staff_decision', messageId })).toBe(0);
  });
});
