import { randomUUID } from 'node:crypto';
import { ConsentEvent, Message, SimulatorMessage } from '@beacon/db';
import { localParts } from '@beacon/scheduling';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';

const PATIENT = { firstName: 'Dana', lastName: 'Promo', phone: '+15125550181' };
const PROMO_BODY = 'Hi Dana, get summer-ready at Glow Aesthetics - Austin! Limited spots this month. Reply STOP to opt out.';

/**
 * Promotions through the endpoints the console uses: a staff text written from a marketing template
 * or quick reply (`POST /api/conversations/:id/messages`) needs the patient's marketing opt-in and
 * the marketing hours — refused at submit when they are missing, and blocked at the moment of
 * sending when consent is withdrawn in between.
 */
describe('marketing consent on a staff reply from a promotional template or quick reply (real API, worker, PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;
  let desk: string;
  let conversationId: string;
  let promoTemplateId: string;
  let promoQuickReplyId: string;

  const call = (method: string, path: string, body: unknown, cookie: string) =>
    fetch(`${system.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const sendPromo = (sources: { templateId?: string; quickReplyIds?: string[] }, clientMessageId = randomUUID()) =>
    call('POST', `/api/conversations/${conversationId}/messages`, { body: PROMO_BODY, clientMessageId, ...sources }, desk);
  /** Marketing hours that do not contain the current time in Austin (America/Chicago). */
  const hoursExcludingNow = () => (localParts(Date.now(), 'America/Chicago').hour >= 12 ? { start: '01:00', end: '02:00' } : { start: '20:00', end: '21:00' });

  beforeAll(async () => {
    system = await RunningSystem.start();
    owner = await system.login('owner@glow.test');
    desk = await system.login('frontdesk@glow.test');
    const booked = await system.postBookingEvent(system.appointmentCreated('PROMO-1', PATIENT));
    expect(booked.status).toBe(202);
    const { appointmentId } = (await booked.json()) as { appointmentId: string };
    conversationId = ((await (await call('GET', `/api/appointments/${appointmentId}`, undefined, desk)).json()) as { conversationId: string }).conversationId;
    const templates = (await (await call('GET', '/api/templates', undefined, desk)).json()) as { id: string; kind: string }[];
    promoTemplateId = templates.find((t) => t.kind === 'marketing')!.id;
    const quickReply = await call(
      'POST',
      '/api/quick-replies',
      { locationId: system.org.locations.austin.id, category: 'General', shortcut: 'summer', title: 'Summer offer', body: PROMO_BODY, kind: 'marketing' },
      owner,
    );
    expect(quickReply.status).toBe(201);
    const created = (await quickReply.json()) as { id: string; kind: string };
    expect(created.kind).toBe('marketing');
    promoQuickReplyId = created.id;
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('quick replies are transactional unless marked promotional, and promotional ones must say how to opt out', async () => {
    const plain = await call('POST', '/api/quick-replies', { locationId: null, category: 'General', shortcut: 'thanks', title: 'Thanks', body: 'Thanks, {{firstName}}!' }, owner);
    expect(plain.status).toBe(201);
    expect(await plain.json()).toMatchObject({ kind: 'transactional' });
    const noStop = await call('POST', '/api/quick-replies', { locationId: null, category: 'General', shortcut: 'sale', title: 'Sale', body: '20% off today!', kind: 'marketing' }, owner);
    expect(noStop.status).toBe(400);
    expect(await noStop.json()).toMatchObject({ code: 'OPT_OUT_LANGUAGE_REQUIRED' });
  });

  it('refuses a promotional template or quick reply at submit when the patient has not agreed to promotions; nothing is stored or sent', async () => {
    for (const sources of [{ templateId: promoTemplateId }, { quickReplyIds: [promoQuickReplyId] }]) {
      const clientMessageId = randomUUID();
      const res = await sendPromo(sources, clientMessageId);
      expect(res.status).toBe(409);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('NO_MARKETING_CONSENT');
      expect(body.message).toMatch(/has not agreed to receive promotional texts.*record their marketing opt-in/);
      expect(await system.orm.em.fork().count(Message, { idempotencyKey: `staff-${clientMessageId}` })).toBe(0);
    }
    // The same words typed without a promotional source are an ordinary reply.
    const plain = await call('POST', `/api/conversations/${conversationId}/messages`, { body: 'See you soon!', clientMessageId: randomUUID() }, desk);
    expect(plain.status).toBe(202);
    expect(await plain.json()).toMatchObject({ kind: 'manual' });
  });

  it('with the marketing opt-in, sends a promotion only inside the marketing hours', async () => {
    const consent = await call('POST', `/api/conversations/${conversationId}/consent`, { kind: 'marketing', reason: 'Patient signed up for offers at the front desk' }, desk);
    expect(consent.status).toBe(201);

    const closed = hoursExcludingNow();
    expect((await call('PUT', '/api/data-protection/settings', { marketingHours: closed }, owner)).status).toBe(200);
    const late = await sendPromo({ templateId: promoTemplateId });
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'OUTSIDE_MARKETING_HOURS', message: expect.stringMatching(/promotional texts go out only .+ in the patient's time zone/) });

    expect((await call('PUT', '/api/data-protection/settings', { marketingHours: { start: '00:00', end: '23:59' } }, owner)).status).toBe(200);
    const ok = await sendPromo({ quickReplyIds: [promoQuickReplyId] });
    expect(ok.status).toBe(202);
    const { id } = (await ok.json()) as { id: string };
    const sent = await eventually(async () => {
      const m = await system.orm.em.fork().findOne(Message, id);
      return m && ['sent', 'delivered'].includes(m.status) ? m : null;
    }, 'the promotion sent');
    expect(sent.kind).toBe('marketing');
  });

  it('blocks, with a clear reason, a promotion whose marketing consent is withdrawn between submit and send', async () => {
    const em = system.orm.em.fork();
    const patient = await em.findOneOrFail(ConsentEvent, { phone: PATIENT.phone, kind: 'marketing', action: 'opt_in' });
    let messageId = '';
    // The withdrawal is being recorded (its insert holds the number's consent gate) while staff
    // submit: the submit sees the opt-in, the send waits for the withdrawal and then sees it.
    await em.transactional(async (tx) => {
      tx.create(ConsentEvent, {
        id: randomUUID(),
        organizationId: system.org.organizationId,
        patientId: patient.patientId,
        phone: PATIENT.phone,
        kind: 'marketing',
        action: 'opt_out',
        method: 'verbal_staff',
        messageId: null,
        staffId: null,
        reason: 'Patient asked on the phone to stop promotions',
        createdAt: new Date(),
      });
      await tx.flush();
      const res = await sendPromo({ templateId: promoTemplateId });
      expect(res.status).toBe(202);
      messageId = ((await res.json()) as { id: string }).id;
    });
    const blocked = await eventually(async () => {
      const m = await system.orm.em.fork().findOne(Message, messageId);
      return m && m.status !== 'queued' && m.status !== 'sending' ? m : null;
    }, 'the promotion settled');
    expect(blocked.status).toBe('blocked');
    expect(blocked.errorMessage).toBe('Not sent: the patient has not agreed to receive promotional texts.');
    const delivered = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: PATIENT.phone, direction: 'to_patient' });
    expect(delivered.filter((m) => m.body === PROMO_BODY)).toHaveLength(1); // only the one sent inside the hours, with consent
  });
});
