import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { Appointment, Patient } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import { localDayRange, localParts, shiftLocalDate, zonedTimeToEpoch } from '@beacon/scheduling';
import { RunningSystem } from '../support/running-system.js';

interface AppointmentView {
  id: string;
  locationId: string;
  startsAt: string;
  durationMinutes: number;
  providerName: string;
  serviceName: string;
  status: string;
  confirmationStatus: string;
  source: string;
  patient: { id: string; firstName: string; lastName: string; phone: string };
  risk: { score: number; level: string; reasons: string[] };
}

interface AppointmentDetail extends AppointmentView {
  timeline: { at: string; kind: string; detail: string }[];
  upcoming: { id: string; kind: string; at: string }[];
  timelineAvailable: boolean;
  conversationId: string;
}

const TZ = 'America/Chicago';
const JORDAN = { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' };
const RILEY = { firstName: 'Riley', lastName: 'Chen', phone: '(512) 555-0177' };

/** The local day two days from now in Austin: every booking on it is more than 24 h ahead. */
const day = shiftLocalDate(localParts(Date.now(), TZ), 2);
const dayString = `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
const at = (hour: number, minute = 0) => new Date(zonedTimeToEpoch({ ...day, hour, minute }, TZ)).toISOString();
const dayStart = at(0);
const dayEnd = new Date(localDayRange(day, TZ).to).toISOString();

function nextEvent<T>(socket: Socket, name: string, predicate: (payload: T) => boolean, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeoutMs} ms`)), timeoutMs);
    const handler = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(name, handler);
      resolve(payload);
    };
    socket.on(name, handler);
  });
}

async function connect(system: RunningSystem, cookie: string): Promise<Socket> {
  const socket = io(system.baseUrl, { path: '/socket.io', extraHeaders: { cookie }, transports: ['websocket'] });
  await new Promise<void>((resolve, reject) => {
    socket.once('ready', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

describe('calendar API: appointments with risk, day summary, workflow timeline and conversation', () => {
  let system: RunningSystem;
  let cookie: string;
  let austin: string;
  let jordanAppointmentId = '';
  let rileyAppointmentId = '';
  const sockets: Socket[] = [];

  const get = (path: string, as = cookie) => fetch(`${system.baseUrl}${path}`, { headers: { cookie: as } });
  const getJson = async <T>(path: string, as = cookie): Promise<T> => {
    const res = await get(path, as);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const listPath = () => `/api/appointments?locationId=${austin}&from=${encodeURIComponent(dayStart)}&to=${encodeURIComponent(dayEnd)}`;

  async function book(eventId: string, type: string, externalId: string, startsAt: string, patient: typeof JORDAN, extra: { providerName?: string; serviceName?: string; durationMinutes?: number } = {}) {
    const res = await system.postBookingEvent({
      eventId,
      type,
      occurredAt: new Date().toISOString(),
      appointment: {
        id: externalId,
        locationId: austin,
        startsAt,
        durationMinutes: extra.durationMinutes ?? 30,
        providerName: extra.providerName ?? 'Dr. Priya Lee',
        serviceName: extra.serviceName ?? 'Botox',
        source: 'online',
        patient,
      },
    });
    if (res.status !== 202) throw new Error(`booking event ${eventId}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { appointmentId: string }).appointmentId;
  }

  beforeAll(async () => {
    system = await RunningSystem.start();
    austin = system.org.locations.austin.id;
    cookie = await system.login('frontdesk@glow.test');

    // History: Jordan did not come to a visit last week; Riley cancelled one two hours before it started.
    const past = new Date(Date.now() - 7 * 24 * 3600_000).toISOString();
    await book('evt-cal-hist-1', 'appointment.created', 'EXT-CAL-H1', past, JORDAN);
    await book('evt-cal-hist-2', 'appointment.no_show', 'EXT-CAL-H1', past, JORDAN);
    const soon = new Date(Date.now() + 2 * 3600_000).toISOString();
    await book('evt-cal-hist-3', 'appointment.created', 'EXT-CAL-H2', soon, RILEY);
    await book('evt-cal-hist-4', 'appointment.cancelled', 'EXT-CAL-H2', soon, RILEY);

    // The day on the calendar: two bookings, and one that was cancelled (still listed, not counted).
    jordanAppointmentId = await book('evt-cal-1', 'appointment.created', 'EXT-CAL-1', at(10), JORDAN);
    rileyAppointmentId = await book('evt-cal-2', 'appointment.created', 'EXT-CAL-2', at(14, 30), RILEY, { providerName: 'Nina Shah, NP', serviceName: 'Dermal filler', durationMinutes: 60 });
    await book('evt-cal-3', 'appointment.created', 'EXT-CAL-3', at(16), { firstName: 'Maya', lastName: 'Lopez', phone: '(512) 555-0166' });
    await book('evt-cal-4', 'appointment.cancelled', 'EXT-CAL-3', at(16), { firstName: 'Maya', lastName: 'Lopez', phone: '(512) 555-0166' });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await system?.stop();
  });

  it('lists the day at a location, earliest first, with the patient and an explained risk score', async () => {
    const list = await getJson<AppointmentView[]>(listPath());
    expect(list.map((a) => [a.patient.firstName, a.status])).toEqual([
      ['Jordan', 'booked'],
      ['Riley', 'booked'],
      ['Maya', 'cancelled'],
    ]);
    const [jordan, riley] = list;
    expect(jordan).toEqual({
      id: jordanAppointmentId,
      locationId: austin,
      startsAt: at(10),
      durationMinutes: 30,
      providerName: 'Dr. Priya Lee',
      serviceName: 'Botox',
      status: 'booked',
      confirmationStatus: 'unconfirmed',
      source: 'online',
      patient: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), firstName: 'Jordan', lastName: 'Avery', phone: '+15125550199' },
      risk: { score: 50, level: 'medium', reasons: ['Not confirmed yet', '1 previous no-show'] },
    });
    expect(riley?.id).toBe(rileyAppointmentId);
    expect(riley?.providerName).toBe('Nina Shah, NP');
    expect(riley?.risk).toEqual({ score: 37, level: 'medium', reasons: ['Not confirmed yet', '1 late cancellation'] });

    // The range is half-open and per location: the day before shows none of them, San Diego neither.
    const before = await getJson<AppointmentView[]>(`/api/appointments?locationId=${austin}&from=${encodeURIComponent(new Date(Date.parse(dayStart) - 24 * 3600_000).toISOString())}&to=${encodeURIComponent(dayStart)}`);
    expect(before.map((a) => a.id)).not.toContain(jordanAppointmentId);
    const sanDiego = await getJson<AppointmentView[]>(`/api/appointments?locationId=${system.org.locations['san-diego'].id}&from=${encodeURIComponent(dayStart)}&to=${encodeURIComponent(dayEnd)}`);
    expect(sanDiego).toEqual([]);
  });

  it('counts the local day’s unconfirmed and high-risk appointments, leaving cancelled ones out', async () => {
    const summaryPath = `/api/appointments/summary?locationId=${austin}&date=${dayString}`;
    expect(await getJson(summaryPath)).toEqual({ date: dayString, unconfirmed: 2, highRisk: 0, total: 2 });

    // What the worker does when a patient confirms, or never answers the confirmation request.
    const em = system.orm.em.fork();
    await em.nativeUpdate(Appointment, { id: jordanAppointmentId }, { confirmationStatus: 'confirmed' });
    await em.nativeUpdate(Appointment, { id: rileyAppointmentId }, { confirmationStatus: 'high_risk' });
    expect(await getJson(summaryPath)).toEqual({ date: dayString, unconfirmed: 0, highRisk: 1, total: 2 });

    const list = await getJson<AppointmentView[]>(listPath());
    expect(list.find((a) => a.id === jordanAppointmentId)?.risk).toEqual({ score: 5, level: 'low', reasons: ['Confirmed by the patient', '1 previous no-show'] });
    expect(list.find((a) => a.id === rileyAppointmentId)?.risk).toMatchObject({ level: 'high', reasons: ['Flagged high risk', '1 late cancellation'] });

    // Another day has its own counts.
    const other = shiftLocalDate(day, 5);
    const otherDate = `${other.year}-${String(other.month).padStart(2, '0')}-${String(other.day).padStart(2, '0')}`;
    expect(await getJson(`/api/appointments/summary?locationId=${austin}&date=${otherDate}`)).toEqual({ date: otherDate, unconfirmed: 0, highRisk: 0, total: 0 });
  });

  it('shows one appointment with the workflow’s timeline and the patient’s conversation to message from the calendar', async () => {
    let detail: AppointmentDetail | undefined;
    const deadline = Date.now() + 30_000;
    do {
      detail = await getJson<AppointmentDetail>(`/api/appointments/${jordanAppointmentId}`);
      if (detail.timeline.some((t) => t.detail === 'booking_confirmation (sent)')) break;
      await new Promise((r) => setTimeout(r, 300));
    } while (Date.now() < deadline);

    expect(detail).toMatchObject({ id: jordanAppointmentId, patient: { firstName: 'Jordan', phone: '+15125550199' }, timelineAvailable: true });
    expect(detail?.timeline[0]).toMatchObject({ kind: 'event', detail: expect.stringMatching(/^created\b/) });
    expect(detail?.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'sent', detail: 'booking_confirmation (sent)' })]));
    for (const entry of detail?.timeline ?? []) expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
    // What comes next, soonest first, all before the appointment: the 12 h high-risk check at least (still unconfirmed).
    const upcoming = detail?.upcoming ?? [];
    expect(upcoming.map((s) => s.id)).toContain('high_risk_check');
    const times = upcoming.map((s) => Date.parse(s.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const t of times) expect(t).toBeLessThan(Date.parse(detail?.startsAt ?? ''));

    // The conversation is the one the confirmation text went into.
    const conversationId = detail?.conversationId ?? '';
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);
    const conversation = await getJson<{ id: string; locationId: string; patient: { firstName: string } }>(`/api/conversations/${conversationId}`);
    expect(conversation).toMatchObject({ id: conversationId, locationId: austin, patient: { firstName: 'Jordan' } });
    const messages = await getJson<{ body: string; kind: string }[]>(`/api/conversations/${conversationId}/messages`);
    expect(messages.map((m) => m.kind)).toContain('booking_confirmation');
    // Asking again gives the same conversation.
    expect((await getJson<AppointmentDetail>(`/api/appointments/${jordanAppointmentId}`)).conversationId).toBe(conversationId);
  });

  it('shows an appointment whose workflow cannot be asked without a timeline (not a 500), and creates its conversation', async () => {
    const em = system.orm.em.fork();
    const patient = em.create(Patient, { id: randomUUID(), organizationId: system.org.organizationId, firstName: 'Nora', lastName: 'Kim', phone: '+15125550155', email: null, createdAt: new Date() });
    const appointment = em.create(Appointment, {
      id: randomUUID(),
      organizationId: system.org.organizationId,
      integrationId: system.org.integrationId,
      externalId: 'EXT-CAL-NO-WORKFLOW',
      locationId: austin,
      patientId: patient.id,
      startsAt: new Date(at(12)),
      durationMinutes: 45,
      providerName: 'Dr. Priya Lee',
      serviceName: 'Chemical peel',
      source: 'staff',
      status: 'booked',
      confirmationStatus: 'unconfirmed',
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await em.flush();

    const detail = await getJson<AppointmentDetail>(`/api/appointments/${appointment.id}`);
    expect(detail).toMatchObject({ id: appointment.id, timeline: [], upcoming: [], timelineAvailable: false, patient: { firstName: 'Nora' } });
    const conversation = await getJson<{ id: string; patient: { firstName: string } }>(`/api/conversations/${detail.conversationId}`);
    expect(conversation.patient.firstName).toBe('Nora');
  });

  it('answers bad queries with a 400 that says what is wrong, and unknown ids with a 404', async () => {
    const expect400 = async (path: string, message: RegExp) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.message).toMatch(message);
    };
    await expect400(`/api/appointments?from=${encodeURIComponent(dayStart)}&to=${encodeURIComponent(dayEnd)}`, /^Query is invalid: locationId: /);
    await expect400(`/api/appointments?locationId=${austin}&from=tomorrow&to=${encodeURIComponent(dayEnd)}`, /from: must be an ISO 8601 date-time with a time zone/);
    await expect400(`/api/appointments?locationId=${austin}&from=${encodeURIComponent(dayEnd)}&to=${encodeURIComponent(dayStart)}`, /to: must be later than from/);
    await expect400(`/api/appointments?locationId=${austin}&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:01Z`, /to: must be at most 31 days after from/);
    await expect400(`/api/appointments/summary?locationId=${austin}&date=next-friday`, /date: must be a calendar date, YYYY-MM-DD/);

    // Exactly 31 days is fine.
    expect((await get(`/api/appointments?locationId=${austin}&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`)).status).toBe(200);

    for (const id of [randomUUID(), 'not-an-id']) {
      const res = await get(`/api/appointments/${id}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'APPOINTMENT_NOT_FOUND', message: 'This appointment does not exist.' });
    }
    expect((await fetch(`${system.baseUrl}/api/appointments/${jordanAppointmentId}`)).status).toBe(401);
  });

  it('documents the endpoints in the OpenAPI description', async () => {
    const doc = (await (await fetch(`${system.baseUrl}/api/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, { tags?: string[]; parameters?: { name: string; in: string; required?: boolean }[] }>> };
    const list = doc.paths['/api/appointments']?.['get'];
    expect(list?.tags).toEqual(['appointments']);
    expect(list?.parameters?.filter((p) => p.in === 'query').map((p) => [p.name, p.required])).toEqual([
      ['locationId', true],
      ['from', true],
      ['to', true],
    ]);
    expect(doc.paths['/api/appointments/summary']?.['get']?.parameters?.map((p) => p.name)).toEqual(['locationId', 'date']);
    expect(doc.paths['/api/appointments/{id}']?.['get']?.tags).toEqual(['appointments']);
  });

  it('keeps Austin’s calendar away from San Diego-only staff', async () => {
    const sd = await system.login('frontdesk.sd@glow.test');
    for (const path of [listPath(), `/api/appointments/summary?locationId=${austin}&date=${dayString}`, `/api/appointments/${jordanAppointmentId}`]) {
      const res = await get(path, sd);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'LOCATION_FORBIDDEN', message: 'You do not have access to this location.' });
    }
  });

  it('masks phone numbers for staff without the contact-details permission', async () => {
    const coordinator = await system.login('coordinator@glow.test');
    const list = await getJson<AppointmentView[]>(listPath(), coordinator);
    expect(list.find((a) => a.id === jordanAppointmentId)?.patient.phone).toBe('(•••) •••-0199');
    expect(list.every((a) => a.patient.phone.startsWith('(•••) •••-'))).toBe(true);
    const detail = await getJson<AppointmentDetail>(`/api/appointments/${jordanAppointmentId}`, coordinator);
    expect(detail.patient.phone).toBe('(•••) •••-0199');
  });

  it('pushes appointment.updated live to staff of that location, as each of them may see it', async () => {
    const frontDesk = await connect(system, cookie);
    const coordinator = await connect(system, await system.login('coordinator@glow.test'));
    const sanDiegoOnly = await connect(system, await system.login('frontdesk.sd@glow.test'));
    sockets.push(frontDesk, coordinator, sanDiegoOnly);
    const strays: unknown[] = [];
    sanDiegoOnly.on('appointment.updated', (payload: unknown) => strays.push(payload));

    type Pushed = { appointmentId: string; locationId: string; appointment: AppointmentView };
    const forFrontDesk = nextEvent<Pushed>(frontDesk, 'appointment.updated', (p) => p.appointmentId === rileyAppointmentId);
    const forCoordinator = nextEvent<Pushed>(coordinator, 'appointment.updated', (p) => p.appointmentId === rileyAppointmentId);
    await publishEvent(system.orm.em.fork(), { type: 'appointment.updated', appointmentId: rileyAppointmentId, locationId: austin });

    const [seen, masked] = await Promise.all([forFrontDesk, forCoordinator]);
    const listed = (await getJson<AppointmentView[]>(listPath())).find((a) => a.id === rileyAppointmentId);
    expect(seen).toEqual({ appointmentId: rileyAppointmentId, locationId: austin, patientId: listed?.patient.id, seq: expect.any(Number), appointment: listed });
    expect(seen.appointment.confirmationStatus).toBe('high_risk');
    expect(seen.appointment.patient.phone).toBe('+15125550177');
    expect(masked.appointment.patient.phone).toBe('(•••) •••-0177');

    // Messages still flow as before.
    const message = nextEvent<{ conversationId: string; message: { direction: string } }>(frontDesk, 'message.created', (p) => p.message.direction === 'inbound');
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ from: '+15125550177', to: '+15125550100', body: 'Running 5 min late' }) });
    expect(res.status).toBe(202);
    await message;
    expect(strays).toEqual([]);
  });
});
