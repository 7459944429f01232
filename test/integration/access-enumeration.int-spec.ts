import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { DEMO_LOCATIONS, Message, StaffAlert } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { REPO_ROOT } from '../support/test-env.js';
import { ROUTE_ACCESS, SOCKET_EVENTS, type Probe, type ProbeContext } from './route-access.table.js';
import { inboundProcessed } from '../support/settled.js';

const JORDAN = { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' }; // booked with the demo provider
const RILEY = { firstName: 'Riley', lastName: 'Chen', phone: '(512) 555-0177' }; // booked with someone else
const PATIENT_PHONES = ['5125550199', '5125550177'];

/** Every way a full patient number could appear in a response. */
function fullNumbersIn(text: string, locationPhones: readonly string[]): string[] {
  const found: string[] = [];
  for (const digits of PATIENT_PHONES) {
    const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
    for (const form of [`+1${digits}`, digits, `(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${b}-${c}`]) if (text.includes(form)) found.push(form);
  }
  for (const m of text.matchAll(/\+1\d{10}/g)) if (!locationPhones.includes(m[0])) found.push(m[0]);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Event names the gateway can emit: literal `emit('…')` calls in the API, and the relayed realtime event types. */
function discoverSocketEvents(): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles(join(REPO_ROOT, 'apps', 'api', 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\.emit\(\s*['"`]([^'"`]+)['"`]/g)) names.add(m[1]!);
  }
  for (const m of readFileSync(join(REPO_ROOT, 'libs', 'realtime', 'src', 'realtime-event.ts'), 'utf8').matchAll(/type:\s*'([^']+)'/g)) names.add(m[1]!);
  return [...names].sort();
}

describe('permissions on every endpoint and socket event (real API, worker, PostgreSQL)', () => {
  let system: RunningSystem;
  let ctx: ProbeContext;
  let cookies: Record<'owner' | 'frontdesk' | 'coordinator' | 'provider' | 'nobody', string>;
  let jordanPatientId = '';
  let rileyPatientId = '';
  let locationPhones: readonly string[] = [];
  const sockets: Socket[] = [];
  const received: Record<'coordinator' | 'provider', { event: string; payload: unknown }[]> = { coordinator: [], provider: [] };

  const call = (method: string, path: string, cookie?: string, body: unknown = {}) =>
    fetch(`${system.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, ...(method === 'GET' ? {} : { body: JSON.stringify(body) }) });
  const probe = (p: Probe, cookie: string) => (typeof p === 'string' ? call('GET', p, cookie) : call(p.method, p.path, cookie, p.body));

  async function book(externalId: string, patient: typeof JORDAN, providerName: string): Promise<string> {
    const res = await system.postBookingEvent({
      eventId: `evt-${externalId}`,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: { id: externalId, locationId: ctx.austin, startsAt: new Date(Date.now() + 26 * 3600_000).toISOString(), durationMinutes: 30, providerName, serviceName: 'Botox', source: 'staff', patient },
    });
    if (res.status !== 202) throw new Error(`booking: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { appointmentId: string }).appointmentId;
  }

  function listen(who: 'coordinator' | 'provider'): Promise<void> {
    const socket = io(system.baseUrl, { path: '/socket.io', extraHeaders: { cookie: cookies[who] }, transports: ['websocket'] });
    sockets.push(socket);
    socket.onAny((event: string, payload: unknown) => received[who].push({ event, payload }));
    return new Promise((resolve) => socket.once('ready', () => resolve()));
  }

  beforeAll(async () => {
    system = await RunningSystem.start();
    const austin = system.org.locations.austin.id;
    ctx = { austin, from: new Date().toISOString(), to: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(), ownConversationId: '', ownAppointmentId: '', otherConversationId: '', otherAppointmentId: '', quickReplyId: '' };
    cookies = {
      owner: await system.login('owner@glow.test'),
      frontdesk: await system.login('frontdesk@glow.test'),
      coordinator: await system.login('coordinator@glow.test'),
      provider: await system.login('provider@glow.test'),
      nobody: '',
    };
    // Someone who may only look: every permission-guarded route must refuse them.
    const lookOnly = { canSendMessages: false, viewAllConversations: true, viewOwnPatientsOnly: false, seeContactDetails: false, bulkMessaging: false, manageStaff: false, manageSettings: false, manageTemplates: false };
    const created = await call('POST', '/api/staff', cookies.owner, { name: 'Look Only', email: 'lookonly@glow.test', role: 'front_desk', permissions: lookOnly, locationIds: [austin], password: 'look-only-password' });
    if (created.status !== 201) throw new Error(`create look-only: ${created.status} ${await created.text()}`);
    cookies.nobody = await system.login('lookonly@glow.test', 'look-only-password');
    const reply = await call('POST', '/api/quick-replies', cookies.owner, { locationId: null, category: 'Scheduling', shortcut: 'confirm', title: 'Confirm time', body: 'Hi {{firstName}}, you are booked for {{appointmentTime}}.' });
    if (reply.status !== 201) throw new Error(`quick reply: ${reply.status} ${await reply.text()}`);
    ctx.quickReplyId = ((await reply.json()) as { id: string }).id;
    ctx.ownAppointmentId = await book('ENUM-J', JORDAN, 'Dr. Priya Lee');
    ctx.otherAppointmentId = await book('ENUM-R', RILEY, 'Nina Shah, NP');
    const detail = async (id: string) => (await (await call('GET', `/api/appointments/${id}`, cookies.frontdesk)).json()) as { conversationId: string; patient: { id: string } };
    const [j, r] = [await detail(ctx.ownAppointmentId), await detail(ctx.otherAppointmentId)];
    [ctx.ownConversationId, jordanPatientId, ctx.otherConversationId, rileyPatientId] = [j.conversationId, j.patient.id, r.conversationId, r.patient.id];
    // The clinic's own numbers are not patient contact details.
    locationPhones = DEMO_LOCATIONS.map((l) => l.phoneNumber);

    const em = system.orm.em.fork();
    for (const [patientId, name] of [[jordanPatientId, 'Jordan'], [rileyPatientId, 'Riley']] as const) {
      em.create(StaffAlert, { id: randomUUID(), organizationId: system.org.organizationId, locationId: austin, appointmentId: null, patientId, kind: 'reschedule_requested', message: `${name} asked to reschedule.`, dedupeKey: `enum-${patientId}`, acknowledgedAt: null, acknowledgedBy: null, createdAt: new Date() });
    }
    await em.flush();

    await Promise.all([listen('coordinator'), listen('provider')]);
    for (const patient of [RILEY, JORDAN]) {
      const sent = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.frontdesk },
        body: JSON.stringify({ from: patient.phone, to: '+15125550100', body: `Hi, this is ${patient.firstName}, can I bring a friend?` }),
      });
      expect(sent.status).toBe(202);
    }
    await system.orm.em.fork().transactional(async (tx) => {
      for (const appointmentId of [ctx.otherAppointmentId, ctx.ownAppointmentId]) await publishEvent(tx, { type: 'appointment.updated', appointmentId, locationId: austin });
    });
    const has = (who: 'coordinator' | 'provider', event: string, id: string) => received[who].some((e) => e.event === event && JSON.stringify(e.payload).includes(id));
    await eventually(
      async () =>
        has('coordinator', 'message.created', ctx.otherConversationId) &&
        has('coordinator', 'message.created', ctx.ownConversationId) &&
        has('coordinator', 'appointment.updated', ctx.otherAppointmentId) &&
        has('provider', 'message.created', ctx.ownConversationId) &&
        has('provider', 'appointment.updated', ctx.ownAppointmentId),
      'live events for both patients',
    );
    // Everything the two texts set off has finished; then one more notice the provider may see:
    // notices reach a socket in sequence, so once it arrives every earlier one has been dealt with.
    const texts = await system.orm.em.fork().find(Message, { conversationId: { $in: [ctx.ownConversationId, ctx.otherConversationId] }, direction: 'inbound' });
    for (const text of texts) await inboundProcessed(system, text.id);
    const ownUpdates = () => received.provider.filter((e) => e.event === 'appointment.updated' && JSON.stringify(e.payload).includes(ctx.ownAppointmentId)).length;
    const before = ownUpdates();
    await system.orm.em.fork().transactional((tx) => publishEvent(tx, { type: 'appointment.updated', appointmentId: ctx.ownAppointmentId, locationId: austin }));
    await eventually(async () => ownUpdates() > before, 'the last notice');
  }, 90_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await system?.stop();
  });

  it('classifies every route the API serves (add new endpoints to route-access.table.ts)', () => {
    const served = [...new Set(system.httpRoutes().map((r) => `${r.method} ${r.path}`))].sort();
    expect(served.length).toBeGreaterThan(30);
    expect(served.filter((r) => !(r in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((r) => !served.includes(r))).toEqual([]);
  });

  it('classifies every socket event the gateway sends (add new events to SOCKET_EVENTS)', () => {
    const discovered = discoverSocketEvents();
    expect(discovered).toEqual(expect.arrayContaining(['message.created', 'session.ended']));
    expect(discovered.filter((e) => !(e in SOCKET_EVENTS))).toEqual([]);
    expect(Object.keys(SOCKET_EVENTS).filter((e) => !discovered.includes(e))).toEqual([]);
  });

  it('answers 401 on every session route without a session', async () => {
    const wrong: string[] = [];
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      if (access.kind !== 'session') continue;
      const [method, path] = route.split(' ') as [string, string];
      const res = await call(method, path.replace(/:[A-Za-z]+/g, randomUUID()));
      if (res.status !== 401) wrong.push(`${route} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 on every permission-guarded route to someone without the permission', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      if (access.kind !== 'session' || (!access.permissions && !access.ownerOnly)) continue;
      const [method, path] = route.split(' ') as [string, string];
      const target = path.replace(':locationId', ctx.austin).replace(':conversationId', ctx.ownConversationId).replace(/:[A-Za-z]+/g, randomUUID());
      const res = await call(method, target, cookies.nobody);
      checked++;
      if (res.status !== 403) wrong.push(`${route} → ${res.status}`);
      // The coordinator lacks contact details, staff, settings and template rights.
      if (access.ownerOnly || access.permissions!.some((flag) => !PERMISSION_PRESETS.treatment_coordinator[flag])) {
        const asCoordinator = await call(method, target, cookies.coordinator);
        if (asCoordinator.status !== 403) wrong.push(`${route} as coordinator → ${asCoordinator.status}`);
      }
      if (method === 'GET') {
        const asOwner = await call(method, target.startsWith('/api/quick-replies') ? `${target}?locationId=${ctx.austin}` : target, cookies.owner);
        if (asOwner.status !== 200) wrong.push(`${route} as owner → ${asOwner.status}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(wrong).toEqual([]);
  });

  it('never sends a full phone number to a coordinator, on any route that returns patients', async () => {
    const leaks: string[] = [];
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      if (access.kind !== 'session' || !access.patientData) continue;
      const res = await probe(access.patientData.probe(ctx), cookies.coordinator);
      const text = await res.text();
      expect({ route, status: res.status }).toEqual({ route, status: 200 });
      // The route really returned the patient, so the absence of numbers means something.
      expect({ route, hasPatient: [jordanPatientId, ctx.ownConversationId, 'Jordan'].some((m) => text.includes(m)) }).toEqual({ route, hasPatient: true });
      const found = fullNumbersIn(text, locationPhones);
      if (found.length) leaks.push(`${route}: ${found.join(', ')}`);
    }
    expect(leaks).toEqual([]);
    // Where a phone is shown, it is the masked form.
    const { conversations: list } = (await (await call('GET', `/api/conversations?locationId=${ctx.austin}`, cookies.coordinator)).json()) as { conversations: { patient: { phone: string } }[] };
    expect(list.map((c) => c.patient.phone)).toEqual(expect.arrayContaining(['(•••) •••-0199', '(•••) •••-0177']));
  });

  it("never shows a provider another provider's patient, in lists or by id", async () => {
    const problems: string[] = [];
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      if (access.kind !== 'session' || !access.patientData) continue;
      const res = await probe(access.patientData.probe(ctx), cookies.provider);
      const text = await res.text();
      if (res.status !== 200) problems.push(`${route} → ${res.status}`);
      if (![jordanPatientId, ctx.ownConversationId, 'Jordan'].some((m) => text.includes(m))) problems.push(`${route}: own patient missing`);
      if ([rileyPatientId, ctx.otherConversationId, ctx.otherAppointmentId, 'Riley'].some((marker) => text.includes(marker))) problems.push(`${route}: shows the other provider's patient`);
      if (access.patientData.otherPatientPath) {
        const other = await call('GET', access.patientData.otherPatientPath(ctx), cookies.provider);
        if (other.status !== 404) problems.push(`${route} (other patient) → ${other.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sends live events only to those who may see the patient, with numbers masked for the coordinator', () => {
    for (const e of received.coordinator) expect({ event: e.event, leaks: fullNumbersIn(JSON.stringify(e.payload), locationPhones) }).toEqual({ event: e.event, leaks: [] });
    const coordinatorEvents = new Set(received.coordinator.map((e) => e.event));
    expect([...coordinatorEvents]).toEqual(expect.arrayContaining(['message.created', 'appointment.updated']));

    const toProvider = received.provider.filter((e) => SOCKET_EVENTS[e.event]?.patientData);
    expect(toProvider.length).toBeGreaterThanOrEqual(2);
    const aboutRiley = toProvider.filter((e) => [rileyPatientId, ctx.otherConversationId, ctx.otherAppointmentId, 'Riley'].some((m) => JSON.stringify(e.payload).includes(m)));
    expect(aboutRiley.map((e) => e.event)).toEqual([]);
  });
});
