import { randomUUID } from 'node:crypto';
import { Message, StaffAlert } from '@beacon/db';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';

const CLINIC = '+15125550100';

interface AlertBody {
  id: string;
  kind: string;
  message: string;
  appointmentId: string | null;
  patientId: string | null;
  patientName: string | null;
  createdAt: string;
}

describe('staff alerts API (real API, worker, Temporal, PostgreSQL)', () => {
  let system: RunningSystem;
  let cookie: string;
  let sdCookie: string;

  beforeAll(async () => {
    system = await RunningSystem.start();
    cookie = await system.login('frontdesk@glow.test');
    sdCookie = await system.login('frontdesk.sd@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const get = (path: string, as = cookie) => fetch(`${system.baseUrl}${path}`, { headers: { cookie: as } });
  const post = (path: string, as = cookie) => fetch(`${system.baseUrl}${path}`, { method: 'POST', headers: { cookie: as } });
  const listAustin = async (as = cookie): Promise<AlertBody[]> => {
    const res = await get(`/api/alerts?locationId=${system.org.locations.austin.id}`, as);
    expect(res.status).toBe(200);
    return (await res.json()) as AlertBody[];
  };

  it('lists a cancel request for the front desk, hides it from other locations, and drops it once acknowledged', async () => {
    const phone = '+15125550181';
    const booked = await system.postBookingEvent({
      eventId: 'evt-alerts-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-ALERTS-1',
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 6 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'online',
        patient: { firstName: 'Alex', lastName: 'Test', phone },
      },
    });
    expect(booked.status).toBe(202);
    const { appointmentId } = (await booked.json()) as { appointmentId: string };
    await eventually(async () => (await system.orm.em.fork().count(Message, { toNumber: phone, kind: 'booking_confirmation', status: { $in: ['sent', 'delivered'] } })) > 0, 'booking confirmation');

    const texted = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ from: phone, to: CLINIC, body: 'Hi, I need to cancel my appointment' }),
    });
    expect(texted.status).toBe(202);

    const alert = await eventually(async () => (await listAustin()).find((a) => a.appointmentId === appointmentId && a.kind === 'cancel_requested'), 'cancel alert in the list');
    expect(alert).toEqual({
      id: expect.any(String),
      kind: 'cancel_requested',
      message: 'The patient asked to cancel their appointment.',
      appointmentId,
      patientId: expect.any(String),
      patientName: 'Alex T.',
      createdAt: expect.any(String),
    });
    const list = await listAustin();
    expect(list.length).toBeLessThanOrEqual(50);
    const times = list.map((a) => Date.parse(a.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // San Diego-only staff may neither list nor acknowledge Austin's alerts.
    expect((await get(`/api/alerts?locationId=${system.org.locations.austin.id}`, sdCookie)).status).toBe(403);
    expect((await post(`/api/alerts/${alert.id}/acknowledge`, sdCookie)).status).toBe(403);
    expect((await get('/api/alerts?locationId=not-a-uuid')).status).toBe(400);
    expect((await post(`/api/alerts/${randomUUID()}/acknowledge`)).status).toBe(404);
    expect((await post('/api/alerts/not-a-uuid/acknowledge')).status).toBe(404);

    expect((await post(`/api/alerts/${alert.id}/acknowledge`)).status).toBe(204);
    expect((await listAustin()).some((a) => a.id === alert.id)).toBe(false);
    const stored = await system.orm.em.fork().findOneOrFail(StaffAlert, alert.id);
    expect(stored.acknowledgedAt).toBeInstanceOf(Date);
    expect(stored.acknowledgedBy).toEqual(expect.any(String));

    // Twice is fine, and keeps the first acknowledgement.
    expect((await post(`/api/alerts/${alert.id}/acknowledge`)).status).toBe(204);
    expect((await system.orm.em.fork().findOneOrFail(StaffAlert, alert.id)).acknowledgedAt?.getTime()).toBe(stored.acknowledgedAt?.getTime());
  });
});
