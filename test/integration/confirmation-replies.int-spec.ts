import { randomBytes } from 'node:crypto';
import { Appointment, ConsentEvent, Message, StaffAlert } from '@beacon/db';
import { twilioSignature } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';
import { eventually } from '../support/eventually.js';
import { timesSentToProvider, workflowsSettled } from '../support/settled.js';
import { appointmentWorkflowId } from '@beacon/workflows/appointment/definitions.js';
import { inboundFollowUpWorkflowId } from '@beacon/workflows/inbound/definitions.js';

const CLINIC = '+15125550100';

describe('patient replies reach the right appointment (real API, worker, Temporal, PostgreSQL)', () => {
  let system: RunningSystem;
  let cookie: string;
  let n = 0;

  beforeAll(async () => {
    system = await RunningSystem.start();
    cookie = await system.login('frontdesk@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
  });

  async function book(phone: string, firstName: string): Promise<string> {
    n += 1;
    const res = await system.postBookingEvent({
      eventId: `evt-reply-${n}`,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: `EXT-REPLY-${n}`,
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 6 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'online',
        patient: { firstName, lastName: 'Test', phone },
      },
    });
    expect(res.status).toBe(202);
    const { appointmentId } = (await res.json()) as { appointmentId: string };
    await eventually(async () => (await system.orm.em.fork().count(Message, { toNumber: phone, kind: 'booking_confirmation', status: { $in: ['sent', 'delivered'] } })) > 0, 'booking confirmation');
    return appointmentId;
  }

  async function patientTexts(from: string, body: string): Promise<void> {
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ from, to: CLINIC, body }) });
    expect(res.status).toBe(202);
  }

  const outboundBodies = async (phone: string) =>
    (await system.orm.em.fork().find(Message, { toNumber: phone, direction: 'outbound' }, { orderBy: { createdAt: 'asc' } })).map((m) => `${m.kind}|${m.status}|${m.body}`);

  /** The outbound text of this kind once the send has finished (not while it is still "sending"). */
  const settledText = (phone: string, kind: string) =>
    eventually(async () => (await outboundBodies(phone)).find((b) => b.startsWith(`${kind}|`) && !b.startsWith(`${kind}|sending|`)), `${kind} sent`);

  it('confirms the appointment when the patient writes that they confirm, and thanks them once', async () => {
    const phone = '+15125550171';
    const appointmentId = await book(phone, 'Riley');
    await patientTexts(phone, 'Yes I confirm, see you then!');
    const confirmed = await eventually(async () => {
      const a = await system.orm.em.fork().findOne(Appointment, appointmentId);
      return a?.confirmationStatus === 'confirmed' ? a : null;
    }, 'confirmed status');
    expect(confirmed.status).toBe('booked');
    const ack = await settledText(phone, 'confirmation_ack');
    expect(ack).toMatch(/^confirmation_ack\|(sent|delivered)\|Thanks, Riley! You're confirmed for .+ at Glow Aesthetics - Austin\. See you then!$/);
  });

  it('reads a bare "C" answering the booking confirmation as confirming that appointment', async () => {
    const phone = '+15125550175';
    const appointmentId = await book(phone, 'Quinn');
    await patientTexts(phone, 'C');
    await eventually(async () => (await system.orm.em.fork().findOne(Appointment, appointmentId))?.confirmationStatus === 'confirmed', 'confirmed by C');
    await settledText(phone, 'confirmation_ack');
  });

  it('reads a bare "R" answering the booking confirmation as a reschedule request for that appointment', async () => {
    const phone = '+15125550176';
    const appointmentId = await book(phone, 'Avery');
    await patientTexts(phone, 'R');
    const alert = await eventually(async () => system.orm.em.fork().findOne(StaffAlert, { appointmentId, kind: 'reschedule_requested' }), 'reschedule alert');
    expect(alert.message).toBe('The patient asked to reschedule.');
    expect((await system.orm.em.fork().findOneOrFail(Appointment, appointmentId)).confirmationStatus).toBe('reschedule_requested');
  });

  it('alerts staff when the patient asks to cancel, and never cancels by itself', async () => {
    const phone = '+15125550172';
    const appointmentId = await book(phone, 'Casey');
    await patientTexts(phone, 'Hi, I need to cancel my appointment');
    const alert = await eventually(async () => system.orm.em.fork().findOne(StaffAlert, { appointmentId, kind: 'cancel_requested' }), 'cancel alert');
    expect(alert.message).toBe('The patient asked to cancel their appointment.');
    await settledText(phone, 'cancel_request_ack');
    expect((await system.orm.em.fork().findOneOrFail(Appointment, appointmentId)).status).toBe('booked');
  });

  it('honours STOP at once: one confirmation text, then nothing — not even the cancellation notice', async () => {
    const phone = '+15125550173';
    await book(phone, 'Morgan');
    await patientTexts(phone, 'STOP');
    await eventually(async () => (await system.orm.em.fork().count(ConsentEvent, { phone, action: 'opt_out', method: 'keyword' })) === 2, 'opt-out in the ledger');
    const confirmation = await settledText(phone, 'opt_out_confirmation');
    expect(confirmation).toMatch(/^opt_out_confirmation\|(sent|delivered)\|Glow Aesthetics - Austin: you're unsubscribed and will receive no more texts from us\. Reply START to resubscribe\.$/);

    // The booking system cancels: the workflow tries its cancellation notice, which must be blocked.
    const res = await system.postBookingEvent({
      eventId: `evt-reply-cancel-${phone}`,
      type: 'appointment.cancelled',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: `EXT-REPLY-${n}`,
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 6 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'online',
        patient: { firstName: 'Morgan', lastName: 'Test', phone },
      },
    });
    expect(res.status).toBe(202);
    const blocked = await eventually(async () => (await outboundBodies(phone)).find((b) => b.startsWith('cancellation_confirmation|')), 'cancellation attempt');
    expect(blocked.split('|')[1]).toBe('blocked');
    const delivered = (await outboundBodies(phone)).filter((b) => !b.includes('|blocked|')).map((b) => b.split('|')[0]);
    expect(delivered).toEqual(['booking_confirmation', 'opt_out_confirmation']);
  });

  it('stores a retried Twilio webhook once and processes it once', async () => {
    const phone = '+15125550174';
    const appointmentId = await book(phone, 'Jamie');
    const url = `${system.baseUrl}/api/webhooks/twilio/sms`;
    const params = { MessageSid: `SM${randomBytes(16).toString('hex')}`, AccountSid: `AC${'0'.repeat(32)}`, From: phone, To: CLINIC, Body: 'I confirm', NumMedia: '0' };
    const post = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_AUTH_TOKEN, url, params) },
        body: new URLSearchParams(params).toString(),
      });
    const [first, second] = [await post(), await post()];
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await first.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    await eventually(async () => (await system.orm.em.fork().findOne(Appointment, appointmentId))?.confirmationStatus === 'confirmed', 'confirmed');
    const inbound = await system.orm.em.fork().findOneOrFail(Message, { providerSid: params.MessageSid });
    expect(await system.orm.em.fork().count(Message, { providerSid: params.MessageSid })).toBe(1);
    // The reply's follow-up and the appointment's handling of it have run: a second ack would exist now.
    await workflowsSettled(system, [inboundFollowUpWorkflowId(inbound.id), appointmentWorkflowId(appointmentId)]);
    expect((await outboundBodies(phone)).filter((b) => b.startsWith('confirmation_ack|'))).toHaveLength(1);
    const ack = await system.orm.em.fork().findOneOrFail(Message, { toNumber: phone, kind: 'confirmation_ack' });
    expect(await timesSentToProvider(system, { patientPhone: phone, body: ack.body })).toBe(1);
  });
});
