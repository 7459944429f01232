import { io, type Socket } from 'socket.io-client';
import { Message, SimulatorMessage } from '@beacon/db';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { appointmentStateQuery } from '@beacon/workflows/appointment/definitions.js';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { SocketRecorder } from '../support/socket-recorder.js';
import { timesSentToProvider, workflowsSettled } from '../support/settled.js';

interface MessageCreated {
  conversationId: string;
  locationId: string;
  message: { id: string; body: string; direction: string; automated: boolean; status: string };
  conversation: { id: string; patient: { firstName: string; phone: string } };
}

function bookingEvent(system: RunningSystem, overrides: { eventId?: string; startsAt?: string } = {}) {
  return {
    eventId: overrides.eventId ?? 'evt-thin-path-1',
    type: 'appointment.created',
    occurredAt: new Date().toISOString(),
    appointment: {
      id: 'EXT-777',
      locationId: system.org.locations.austin.id,
      startsAt: overrides.startsAt ?? new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
      durationMinutes: 30,
      providerName: 'Dr. Priya Lee',
      serviceName: 'Botox',
      source: 'online',
      patient: { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' },
    },
  };
}

describe('thin path: booking event → workflow → SMS → inbox → live console update', () => {
  let system: RunningSystem;
  let socket: Socket;
  let events: SocketRecorder;
  let cookie: string;

  beforeAll(async () => {
    system = await RunningSystem.start();
    cookie = await system.login('frontdesk@glow.test');
    socket = io(system.baseUrl, { path: '/socket.io', extraHeaders: { cookie }, transports: ['websocket'] });
    events = new SocketRecorder(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('ready', () => resolve());
      socket.once('connect_error', reject);
    });
  });

  afterAll(async () => {
    socket?.disconnect();
    await system?.stop();
  });

  it('texts the booking confirmation once and shows it live to staff at that location', async () => {
    const live = events.next<MessageCreated>('message.created', (p) => p.message.direction === 'outbound');
    const res = await system.postBookingEvent(bookingEvent(system));
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as { appointmentId: string; workflowId: string; replay: boolean };
    expect(accepted.workflowId).toBe(`appointment-${accepted.appointmentId}`);
    expect(accepted.replay).toBe(false);

    const event = await live;
    expect(event.locationId).toBe(system.org.locations.austin.id);
    expect(event.message.automated).toBe(true);
    expect(event.message.body).toMatch(/^Hi Jordan, your appointment at Glow Aesthetics - Austin is booked for .+ Reply STOP to opt out\.$/);
    expect(event.conversation.patient.phone).toBe('+15125550199');

    // What the staff member sees when opening the inbox.
    const { conversations: list } = (await (await fetch(`${system.baseUrl}/api/conversations?locationId=${system.org.locations.austin.id}`, { headers: { cookie } })).json()) as {
      conversations: { id: string; patient: { firstName: string } }[];
    };
    const thread = list.find((c) => c.id === event.conversationId);
    expect(thread?.patient.firstName).toBe('Jordan');
    const messages = (await (await fetch(`${system.baseUrl}/api/conversations/${event.conversationId}/messages`, { headers: { cookie } })).json()) as { body: string }[];
    expect(messages.map((m) => m.body)).toEqual([event.message.body]);

    // The simulated phone received it exactly once (the carrier was asked once: no repeat merged into the row).
    const received = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: '+15125550199', direction: 'to_patient' });
    expect(received.map((m) => m.body)).toEqual([event.message.body]);
    await workflowsSettled(system, [accepted.workflowId]);
    expect(await timesSentToProvider(system, { patientPhone: '+15125550199' })).toBe(1);

    // Delivery is reported back through the signed status webhook and reaches the console live.
    await events.next<{ message: { id: string; status: string } }>('message.updated', (p) => p.message.id === event.message.id && p.message.status === 'delivered');

    // The workflow's own record, as ops would query it.
    const temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    const state = await temporal.workflow.getHandle(accepted.workflowId).query(appointmentStateQuery);
    expect(state.timeline.filter((t) => t.kind === 'sent').map((t) => t.detail)).toEqual(['booking_confirmation (sent)']);
    await temporal.connection.close();
  });

  it('acknowledges a replayed event without texting the patient again', async () => {
    const res = await system.postBookingEvent(bookingEvent(system));
    expect(res.status).toBe(202);
    const replayed = (await res.json()) as { replay: boolean; workflowId: string };
    expect(replayed.replay).toBe(true);
    // Whatever the replay started has run by now: the workflow has nothing pending.
    await workflowsSettled(system, [replayed.workflowId]);
    const sent = await system.orm.em.fork().find(Message, { toNumber: '+15125550199', direction: 'outbound' });
    expect(sent).toHaveLength(1);
    expect(await timesSentToProvider(system, { patientPhone: '+15125550199' })).toBe(1);
  });

  it('refuses forged, stale and unknown-key requests with a clear 401', async () => {
    const forged = await system.postBookingEvent(bookingEvent(system, { eventId: 'evt-forged' }), { secret: 'wrong-secret' });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'BAD_SIGNATURE', message: 'Signature does not match the request body' });

    const stale = await system.postBookingEvent(bookingEvent(system, { eventId: 'evt-stale' }), { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as { message: string }).message).toMatch(/more than 300 seconds/);

    const unknown = await system.postBookingEvent(bookingEvent(system, { eventId: 'evt-unknown' }), { key: 'nope' });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { code: string }).code).toBe('UNKNOWN_API_KEY');
  });

  it('rejects an invalid event with a 400 that names each bad field, and stores nothing', async () => {
    const bad = bookingEvent(system, { eventId: 'evt-bad' });
    const res = await system.postBookingEvent({ ...bad, appointment: { ...bad.appointment, startsAt: 'tomorrow', patient: { ...bad.appointment.patient, phone: '123' } } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; details: string[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details).toEqual(expect.arrayContaining([expect.stringMatching(/^appointment\.startsAt: /), expect.stringMatching(/^appointment\.patient\.phone: must be a valid/)]));
  });

  it('delivers a simulated patient reply through the signed Twilio webhook into the same thread, live', async () => {
    const live = events.next<MessageCreated>('message.created', (p) => p.message.direction === 'inbound');
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ from: '+15125550199', to: '+15125550100', body: 'Thanks! See you then 😊' }),
    });
    expect(res.status).toBe(202);
    const event = await live;
    expect(event.message.body).toBe('Thanks! See you then 😊');
    // "See you then" after "Reply C to confirm" confirms: the appointment's workflow answers it in the
    // same thread, a moment after the reply (reading the thread at once raced that answer).
    const thread = await eventually(async () => {
      const messages = (await (await fetch(`${system.baseUrl}/api/conversations/${event.conversationId}/messages`, { headers: { cookie } })).json()) as { direction: string; kind: string }[];
      return messages.length >= 3 ? messages : null;
    }, 'the confirmation answered in the thread');
    expect(thread.map((m) => [m.direction, m.kind])).toEqual([
      ['outbound', 'booking_confirmation'],
      ['inbound', 'patient_reply'],
      ['outbound', 'confirmation_ack'],
    ]);
  });

  it('answers an unsigned Twilio webhook with 403 and stores nothing', async () => {
    const res = await fetch(`${system.baseUrl}/api/webhooks/twilio/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ MessageSid: `SM${'a'.repeat(32)}`, From: '+15125550199', To: '+15125550100', Body: 'hi' }).toString(),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('INVALID_TWILIO_SIGNATURE');
    expect(await system.orm.em.fork().count(Message, { providerSid: `SM${'a'.repeat(32)}` })).toBe(0);
  });

  it('keeps staff of other locations out of the thread, in REST and over the socket', async () => {
    const sdCookie = await system.login('frontdesk.sd@glow.test');
    const austin = system.org.locations.austin.id;
    const res = await fetch(`${system.baseUrl}/api/conversations?locationId=${austin}`, { headers: { cookie: sdCookie } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toBe('You do not have access to this location.');
  });

  it('masks phone numbers for staff without the contact-details permission', async () => {
    const coordinator = await system.login('coordinator@glow.test');
    const { conversations: list } = (await (await fetch(`${system.baseUrl}/api/conversations?locationId=${system.org.locations.austin.id}`, { headers: { cookie: coordinator } })).json()) as {
      conversations: { patient: { phone: string } }[];
    };
    expect(list[0]?.patient.phone).toBe('(•••) •••-0199');
  });
});
