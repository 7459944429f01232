import { randomUUID } from 'node:crypto';
import { ConsentEvent, Message, SimulatorMessage } from '@beacon/db';
import { appointmentWorkflowId } from '@beacon/workflows/appointment/definitions.js';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';

const PHONE = '+15125550166';
const CLINIC = '+15125550100';
const OPTED_OUT = 'Not sent: the patient has opted out of text messages.';
const PROMO = 'Hi Rory, our new skincare line has arrived. Reply STOP to opt out.';

type PathName = 'staff_reply' | 'staff_promotion' | 'appointment_text' | 'settings_test_send';
interface Attempt {
  path: PathName;
  startedAt: number;
  /** The HTTP answer, and the message the request stored (none when it was refused at submit). */
  outcome: Promise<{ status: number; code: string | null; messageId: string | null }>;
}

/**
 * The send paths the product has, each through its real endpoint: a staff reply and a promotion
 * from a marketing template (POST /api/conversations/:id/messages), an appointment text (a booking
 * event, whose workflow sends the booking confirmation), the settings test send. They keep texting
 * the patient before, during and after a STOP.
 */
describe('an opt-out stops every send path at once, even mid-flight', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await RunningSystem.start();
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('lets nothing but the one confirmation reach the patient after the opt-out is recorded', async () => {
    const em = () => system.orm.em.fork();
    const owner = await system.login('owner@glow.test');
    const desk = await system.login('frontdesk@glow.test');
    const call = async (method: string, path: string, body: unknown, cookie: string) => {
      const res = await fetch(`${system.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    let bookings = 0;
    const book = async () => {
      bookings += 1;
      const event = system.appointmentCreated(`EXT-RACE-${bookings}`, { firstName: 'Rory', lastName: 'Vance', phone: PHONE }, { startsAt: new Date(Date.now() + (4 * 24 + bookings) * 3600_000).toISOString() });
      const res = await system.postBookingEvent(event);
      return { status: res.status, appointmentId: ((await res.json()) as { appointmentId: string }).appointmentId };
    };

    const first = await book();
    expect(first.status).toBe(202);
    await eventually(() => em().findOne(Message, { idempotencyKey: `${appointmentWorkflowId(first.appointmentId)}:booking_confirmation:v1`, status: { $in: ['sent', 'delivered'] } }), 'booking confirmation');
    const conversationId = ((await (await fetch(`${system.baseUrl}/api/appointments/${first.appointmentId}`, { headers: { cookie: desk } })).json()) as { conversationId: string }).conversationId;
    // The patient agreed to promotions, and promotions may go out now: the promotion path sends until the opt-out.
    expect((await call('POST', `/api/conversations/${conversationId}/consent`, { kind: 'marketing', reason: 'Patient signed up for offers at the front desk' }, desk)).status).toBe(201);
    expect((await call('PUT', '/api/data-protection/settings', { marketingHours: { start: '00:00', end: '23:59' } }, owner)).status).toBe(200);
    const templates = (await (await fetch(`${system.baseUrl}/api/templates`, { headers: { cookie: desk } })).json()) as { id: string; kind: string }[];
    const promoTemplateId = templates.find((t) => t.kind === 'marketing')!.id;

    const staffMessage = async (extra: object) => {
      const res = await call('POST', `/api/conversations/${conversationId}/messages`, { clientMessageId: randomUUID(), ...extra }, desk);
      return { status: res.status, code: (res.json['code'] as string | undefined) ?? null, messageId: res.status === 202 ? (res.json['id'] as string) : null };
    };
    const senders: Record<PathName, () => Attempt['outcome']> = {
      staff_reply: () => staffMessage({ body: 'See you soon!' }),
      staff_promotion: () => staffMessage({ body: PROMO, templateId: promoTemplateId }),
      appointment_text: async () => {
        const { status, appointmentId } = await book();
        const key = `${appointmentWorkflowId(appointmentId)}:booking_confirmation:v1`;
        const message = await eventually(() => em().findOne(Message, { idempotencyKey: key }), 'the booking confirmation attempt');
        return { status, code: null, messageId: message.id };
      },
      settings_test_send: async () => {
        const res = await call('POST', `/api/locations/${system.org.locations.austin.id}/messaging-settings/test-send`, { kind: 'reminder', toPhone: PHONE, clientMessageId: randomUUID() }, owner);
        return { status: res.status, code: (res.json['code'] as string | undefined) ?? null, messageId: (res.json['messageId'] as string | undefined) ?? null };
      },
    };

    let optOutVisibleAt = Number.POSITIVE_INFINITY;
    const attempts: Attempt[] = [];
    const startedAfterOptOut = (path: PathName) => attempts.filter((a) => a.path === path && a.startedAt > optOutVisibleAt).length;
    const everyPathAfterOptOut = () => (Object.keys(senders) as PathName[]).every((path) => startedAfterOptOut(path) >= 2);
    // Each path keeps texting the patient until every path has been tried twice after the opt-out.
    const loops = (Object.keys(senders) as PathName[]).map(async (path) => {
      while (!everyPathAfterOptOut()) {
        const attempt: Attempt = { path, startedAt: Date.now(), outcome: senders[path]() };
        attempts.push(attempt);
        await attempt.outcome.catch(() => undefined);
      }
    });

    // The patient texts STOP once every path has reached them at least once.
    const reached = new Set<PathName>();
    await eventually(async () => {
      for (const a of attempts) {
        const result = await Promise.race([a.outcome, Promise.resolve(null)]);
        if (!result?.messageId || reached.has(a.path)) continue;
        const row = await em().findOne(Message, result.messageId);
        if (row && (row.status === 'sent' || row.status === 'delivered')) reached.add(a.path);
      }
      return reached.size === Object.keys(senders).length;
    }, 'every path reaching the patient');
    const stopText = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { cookie: owner, 'content-type': 'application/json' }, body: JSON.stringify({ from: PHONE, to: CLINIC, body: 'STOP' }) });
    expect(stopText.status).toBe(202);
    await eventually(async () => ((await em().count(ConsentEvent, { phone: PHONE, action: 'opt_out', kind: 'transactional' })) > 0 ? true : null), 'the opt-out in the ledger', 30_000, 2);
    optOutVisibleAt = Date.now();
    // Texts handed over before the opt-out was committed may still be on their way (claimed, `sending`).
    const inFlight = new Set((await em().find(Message, { toNumber: PHONE, status: 'sending' })).map((m) => m.id));
    await Promise.all(loops);
    const results = await Promise.all(attempts.map(async (a) => ({ ...a, result: await a.outcome })));

    // Every path was exercised on both sides of the opt-out.
    expect([...reached].sort()).toEqual((Object.keys(senders) as PathName[]).sort());
    // Anything started once the opt-out was visible is refused at submit (409) or blocked, with the reason staff see.
    const late = results.filter((r) => r.startedAt >= optOutVisibleAt);
    for (const r of late.filter((x) => x.result.messageId === null)) expect([r.path, r.result.status, r.result.code]).toEqual([r.path, 409, expect.stringMatching(/^(PATIENT_OPTED_OUT|RECIPIENT_OPTED_OUT)$/)]);
    const stored = late.filter((r) => r.result.messageId !== null);
    const lateRows = await eventually(async () => {
      const rows = await em().find(Message, { id: { $in: stored.map((r) => r.result.messageId!) } });
      return rows.length === stored.length && rows.every((m) => !['queued', 'sending'].includes(m.status)) ? rows : null;
    }, 'the late attempts settled');
    expect(new Set(lateRows.map((m) => `${m.status}|${m.errorMessage}`))).toEqual(new Set(stored.length ? [`blocked|${OPTED_OUT}`] : []));
    expect(stored.some((r) => r.path === 'appointment_text')).toBe(true);

    // What reached the phone after the opt-out: the one confirmation, within 5 minutes, and only
    // texts that had been handed to the provider before the opt-out was committed.
    const ledger = await em().findOneOrFail(ConsentEvent, { phone: PHONE, action: 'opt_out', kind: 'transactional' });
    const confirmation = await eventually(() => em().findOne(Message, { toNumber: PHONE, kind: 'opt_out_confirmation', status: { $in: ['sent', 'delivered'] } }), 'the opt-out confirmation');
    expect(confirmation.body).toMatch(/you're unsubscribed and will receive no more texts from us/);
    const delivered = await em().find(SimulatorMessage, { patientPhone: PHONE, direction: 'to_patient', createdAt: { $gte: new Date(optOutVisibleAt) } });
    const carried = await em().find(Message, { providerSid: { $in: delivered.map((d) => d.sid) } });
    expect(carried.filter((m) => m.id !== confirmation.id && !inFlight.has(m.id))).toEqual([]);
    const confirmationCopy = await em().findOneOrFail(SimulatorMessage, { sid: confirmation.providerSid! });
    expect(confirmationCopy.createdAt.getTime() - ledger.createdAt.getTime()).toBeLessThan(5 * 60_000);
    expect(await em().count(SimulatorMessage, { patientPhone: PHONE, duplicateSends: { $gt: 0 } })).toBe(0);
  }, 180_000);
});
