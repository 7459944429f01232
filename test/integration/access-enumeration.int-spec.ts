import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { Conversation, DEMO_LOCATIONS, Location, Message, Patient, StaffAlert, type StaffPermissions } from '@beacon/db';
import { SOCKET_EVENT_SCHEMAS, type SocketEventName } from '@beacon/contracts';
import { publishEvent } from '@beacon/realtime';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { createSecondOrganisation } from '../support/second-organisation.js';
import { REPO_ROOT } from '../support/test-env.js';
import { ROUTE_ACCESS, SOCKET_EVENTS, type Probe, type ProbeContext } from './route-access.table.js';
import { inboundProcessed } from '../support/settled.js';

const JORDAN = { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' }; // booked with the demo provider
const RILEY = { firstName: 'Riley', lastName: 'Chen', phone: '(512) 555-0177' }; // booked with someone else
/** A patient whose stored number is not a valid phone number: texting them fails with an error quoting it. */
const DREW = { firstName: 'Drew', lastName: 'Park', phone: '+11235550166' };
const PATIENT_PHONES = ['5125550199', '5125550177', '1235550166'];

/** The second organisation: a clinic that signed up on its own, with its own location, key and patient. */
const ORG_B = { name: 'Birchwood Skin Clinic', phone: '+17375550150' };
const MORGAN = { firstName: 'Morgan', lastName: 'Quill', phone: '(737) 555-0188' };

type Who = 'owner' | 'frontdesk' | 'coordinator' | 'provider' | 'assistant' | 'lookonly' | 'blind';
/**
 * What each role preset (and two hand-made accounts) must see, declared here independently of the
 * access rule: Jordan is booked with the demo provider and his thread is assigned to the medical
 * assistant; Riley is booked with another provider.
 */
const EXPECTED: Record<Who, { sees: 'both' | 'jordan' | 'none'; fullNumbers: boolean }> = {
  owner: { sees: 'both', fullNumbers: true },
  frontdesk: { sees: 'both', fullNumbers: true },
  coordinator: { sees: 'both', fullNumbers: false },
  provider: { sees: 'jordan', fullNumbers: true },
  assistant: { sees: 'jordan', fullNumbers: false },
  /** "View all", nothing else. */
  lookonly: { sees: 'both', fullNumbers: false },
  /** May send, but has neither view flag: sees no patient at all. */
  blind: { sees: 'none', fullNumbers: false },
};
const LOOK_ONLY: StaffPermissions = { canSendMessages: false, viewAllConversations: true, viewOwnPatientsOnly: false, seeContactDetails: false, bulkMessaging: false, manageStaff: false, manageSettings: false, manageTemplates: false };
const NO_VIEW: StaffPermissions = { ...LOOK_ONLY, canSendMessages: true, viewAllConversations: false };
const PERMISSIONS: Record<Who, StaffPermissions> = {
  owner: PERMISSION_PRESETS.owner,
  frontdesk: PERMISSION_PRESETS.front_desk,
  coordinator: PERMISSION_PRESETS.treatment_coordinator,
  provider: PERMISSION_PRESETS.provider,
  assistant: PERMISSION_PRESETS.medical_assistant,
  lookonly: LOOK_ONLY,
  blind: NO_VIEW,
};
const LISTENERS = ['owner', 'frontdesk', 'coordinator', 'provider', 'assistant', 'lookonly', 'blind'] as const;
type Listener = (typeof LISTENERS)[number];

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
  let cookies: Record<Who | 'nobody', string>;
  const staffIds = {} as Record<Who, string>;
  let jordanPatientId = '';
  let rileyPatientId = '';
  let drewConversationId = '';
  let locationPhones: readonly string[] = [];
  /** Staff of the second organisation (owner preset, and front desk), their location and their own patient's thread. */
  const orgB = { id: '', locationId: '', owner: '', frontdesk: '', morganConversationId: '', morganAppointmentId: '' };
  const receivedB: { event: string; payload: unknown }[] = [];
  const sockets: Socket[] = [];
  const received = Object.fromEntries(LISTENERS.map((who) => [who, []])) as unknown as Record<Listener, { event: string; payload: unknown }[]>;
  const jordanMarkers = () => [jordanPatientId, ctx.ownConversationId, 'Jordan'];
  const rileyMarkers = () => [rileyPatientId, ctx.otherConversationId, ctx.otherAppointmentId, 'Riley'];

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

  function listen(who: Listener): Promise<void> {
    const socket = io(system.baseUrl, { path: '/socket.io', extraHeaders: { cookie: cookies[who] }, transports: ['websocket'] });
    sockets.push(socket);
    socket.onAny((event: string, payload: unknown) => received[who].push({ event, payload }));
    return new Promise((resolve) => socket.once('ready', () => resolve()));
  }

  /** Organisation B as sign-up leaves it (owner verified), plus a front desk person; its key is made through the API. */
  async function setUpSecondOrganisation(): Promise<void> {
    const b = await createSecondOrganisation(system, { name: ORG_B.name, phoneNumber: ORG_B.phone, staff: [{ email: 'owner@birchwood.test', role: 'owner' }, { email: 'frontdesk@birchwood.test', role: 'front_desk' }] });
    Object.assign(orgB, { id: b.organizationId, locationId: b.locationId, owner: b.cookies['owner@birchwood.test'], frontdesk: b.cookies['frontdesk@birchwood.test'] });
  }

  let keyB: { keyId: string; secret: string } | null = null;
  async function bookB(): Promise<string> {
    if (!keyB) {
      const created = await call('POST', '/api/integrations', orgB.owner, { name: 'Birchwood booking' });
      if (created.status !== 201) throw new Error(`key B: ${created.status} ${await created.text()}`);
      keyB = (await created.json()) as { keyId: string; secret: string };
    }
    const res = await system.postBookingEvent(
      {
        eventId: 'evt-ENUM-B',
        type: 'appointment.created',
        occurredAt: new Date().toISOString(),
        appointment: { id: 'ENUM-B', locationId: orgB.locationId, startsAt: new Date(Date.now() + 26 * 3600_000).toISOString(), durationMinutes: 30, providerName: 'Dr. Birch', serviceName: 'Facial', source: 'staff', patient: MORGAN },
      },
      { key: keyB.keyId, secret: keyB.secret },
    );
    if (res.status !== 202) throw new Error(`booking B: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { appointmentId: string }).appointmentId;
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
      assistant: await system.login('assistant@glow.test'),
      nobody: '',
      lookonly: '',
      blind: '',
    };
    // Someone who may only look: every permission-guarded route must refuse them.
    const created = await call('POST', '/api/staff', cookies.owner, { name: 'Look Only', email: 'lookonly@glow.test', role: 'front_desk', permissions: LOOK_ONLY, locationIds: [austin], password: 'look-only-password' });
    if (created.status !== 201) throw new Error(`create look-only: ${created.status} ${await created.text()}`);
    cookies.nobody = await system.login('lookonly@glow.test', 'look-only-password');
    cookies.lookonly = cookies.nobody;
    const createdBlind = await call('POST', '/api/staff', cookies.owner, { name: 'No View', email: 'noview@glow.test', role: 'front_desk', permissions: NO_VIEW, locationIds: [austin], password: 'no-view-password' });
    if (createdBlind.status !== 201) throw new Error(`create no-view: ${createdBlind.status} ${await createdBlind.text()}`);
    cookies.blind = await system.login('noview@glow.test', 'no-view-password');
    for (const who of Object.keys(EXPECTED) as Who[]) staffIds[who] = ((await (await call('GET', '/api/auth/me', cookies[who])).json()) as { staff: { id: string } }).staff.id;
    const reply = await call('POST', '/api/quick-replies', cookies.owner, { locationId: null, category: 'Scheduling', shortcut: 'confirm', title: 'Confirm time', body: 'Hi {{firstName}}, you are booked for {{appointmentTime}}.' });
    if (reply.status !== 201) throw new Error(`quick reply: ${reply.status} ${await reply.text()}`);
    ctx.quickReplyId = ((await reply.json()) as { id: string }).id;
    ctx.ownAppointmentId = await book('ENUM-J', JORDAN, 'Dr. Priya Lee');
    ctx.otherAppointmentId = await book('ENUM-R', RILEY, 'Nina Shah, NP');
    const detail = async (id: string) => (await (await call('GET', `/api/appointments/${id}`, cookies.frontdesk)).json()) as { conversationId: string; patient: { id: string } };
    const [j, r] = [await detail(ctx.ownAppointmentId), await detail(ctx.otherAppointmentId)];
    [ctx.ownConversationId, jordanPatientId, ctx.otherConversationId, rileyPatientId] = [j.conversationId, j.patient.id, r.conversationId, r.patient.id];
    // The medical assistant sees Jordan because his thread is assigned to her.
    const assigned = await call('PATCH', `/api/conversations/${ctx.ownConversationId}`, cookies.frontdesk, { assignedStaffId: staffIds.assistant });
    if (assigned.status !== 200) throw new Error(`assign: ${assigned.status} ${await assigned.text()}`);
    // The clinic's own numbers are not patient contact details.
    locationPhones = DEMO_LOCATIONS.map((l) => l.phoneNumber);

    const em = system.orm.em.fork();
    // Alert texts can quote a number (a patient asking to be called back on another phone).
    for (const [patientId, name, phone] of [[jordanPatientId, 'Jordan', JORDAN.phone], [rileyPatientId, 'Riley', RILEY.phone]] as const) {
      em.create(StaffAlert, { id: randomUUID(), organizationId: system.org.organizationId, locationId: austin, appointmentId: null, patientId, kind: 'reschedule_requested', message: `${name} asked to reschedule; call back on ${phone}.`, dedupeKey: `enum-${patientId}`, acknowledgedAt: null, acknowledgedBy: null, createdAt: new Date() });
    }
    // The evening digest counts every patient at the location.
    em.create(StaffAlert, { id: randomUUID(), organizationId: system.org.organizationId, locationId: austin, appointmentId: null, patientId: null, kind: 'daily_digest', message: '2 unconfirmed appointments tomorrow of 2 at Glow Aesthetics - Austin.', dedupeKey: 'enum-digest', acknowledgedAt: null, acknowledgedBy: null, createdAt: new Date() });
    const drew = em.create(Patient, { id: randomUUID(), organizationId: system.org.organizationId, ...DREW, email: null, createdAt: new Date() });
    drewConversationId = randomUUID();
    em.create(Conversation, { id: drewConversationId, organizationId: system.org.organizationId, locationId: austin, patientId: drew.id, status: 'open', lastMessageAt: new Date(Date.now() - 3600_000), lastMessagePreview: '', lastInboundAt: null, assignedStaffId: null, starred: false, createdAt: new Date(), updatedAt: new Date() });
    await em.flush();

    await setUpSecondOrganisation();
    await Promise.all(LISTENERS.map((who) => listen(who)));
    const socketB = io(system.baseUrl, { path: '/socket.io', extraHeaders: { cookie: orgB.owner }, transports: ['websocket'] });
    sockets.push(socketB);
    socketB.onAny((event: string, payload: unknown) => receivedB.push({ event, payload }));
    await new Promise<void>((resolve) => socketB.once('ready', () => resolve()));
    // Organisation B's own patient books and texts while A's texts arrive: B's socket must get only this.
    orgB.morganAppointmentId = await bookB();
    const sentB = await call('POST', '/api/simulator/inbound', orgB.frontdesk, { from: MORGAN.phone, to: ORG_B.phone, body: 'Hi, this is Morgan, is parking free?' });
    expect(sentB.status).toBe(202);
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
    const has = (who: Listener, event: string, id: string) => received[who].some((e) => e.event === event && JSON.stringify(e.payload).includes(id));
    await eventually(
      async () =>
        has('coordinator', 'message.created', ctx.otherConversationId) &&
        has('coordinator', 'message.created', ctx.ownConversationId) &&
        has('coordinator', 'appointment.updated', ctx.otherAppointmentId) &&
        has('provider', 'message.created', ctx.ownConversationId) &&
        has('provider', 'appointment.updated', ctx.ownAppointmentId) &&
        has('assistant', 'message.created', ctx.ownConversationId) &&
        has('lookonly', 'appointment.updated', ctx.ownAppointmentId) &&
        has('owner', 'appointment.updated', ctx.ownAppointmentId),
      'live events for both patients',
    );
    // A provider's refusal that quotes the number, as Twilio's error texts do.
    await system.orm.em.fork().execute(`update message set error_message = ? where conversation_id = ?`, [`The 'To' number +1${PATIENT_PHONES[0]} is not a valid phone number.`, ctx.ownConversationId]);
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

  it('documents every route the API serves in /api/docs/openapi.json (add new endpoints to API_ENDPOINTS in @beacon/contracts)', async () => {
    const res = await call('GET', '/api/docs/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    // Swagger UI's own files (the page at /api/docs loads them) are not operations of the API.
    const uiAssets = /^GET \/api\/docs\/(?!openapi\.json$)/;
    const served = [...new Set(system.httpRoutes().map((r) => `${r.method} ${r.path}`))].filter((r) => !uiAssets.test(r)).sort();
    expect(served.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !served.includes(r))).toEqual([]);
    // Every operation says what it answers on success.
    const withoutSuccess = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => !Object.keys(op.responses).some((s) => s.startsWith('2'))).map(([m]) => `${m} ${path}`));
    expect(withoutSuccess).toEqual([]);
  });

  it('classifies every socket event the gateway sends (add new events to SOCKET_EVENTS)', () => {
    const discovered = discoverSocketEvents();
    expect(discovered).toEqual(expect.arrayContaining(['message.created', 'session.ended']));
    expect(discovered.filter((e) => !(e in SOCKET_EVENTS))).toEqual([]);
    expect(Object.keys(SOCKET_EVENTS).filter((e) => !discovered.includes(e))).toEqual([]);
    // The payload contract the gateway and the console are both typed from names the same events.
    expect(Object.keys(SOCKET_EVENT_SCHEMAS).sort()).toEqual(discovered);
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
        // Past the guard: 200, or 404 for a record that a random id does not name.
        const passed = asOwner.status === 200 || (asOwner.status === 404 && /:(?!locationId|conversationId)[A-Za-z]+/.test(path));
        if (!passed) wrong.push(`${route} as owner → ${asOwner.status}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(wrong).toEqual([]);
  });

  it.each(Object.keys(EXPECTED) as Who[])('probes every route that returns patients as %s: only the patients and numbers the role may see', async (who) => {
    const expected = EXPECTED[who];
    const problems: string[] = [];
    let probed = 0;
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      if (access.kind !== 'session' || !access.patientData) continue;
      const res = await probe(access.patientData.probe(ctx), cookies[who]);
      const text = await res.text();
      if (access.permissions?.some((flag) => !PERMISSIONS[who][flag])) {
        if (res.status !== 403) problems.push(`${route} without the permission → ${res.status}`);
        continue;
      }
      probed++;
      const showsJordan = jordanMarkers().some((m) => text.includes(m));
      const showsRiley = rileyMarkers().some((m) => text.includes(m));
      if (expected.sees === 'none' || access.patientData.onlyFor?.some((flag) => !PERMISSIONS[who][flag])) {
        if (![200, 404].includes(res.status)) problems.push(`${route} → ${res.status}`);
        if (showsJordan || showsRiley) problems.push(`${route}: shows a patient where it must show none`);
      } else {
        // The route really returned the patient, so the absence of numbers and other patients means something.
        if (res.status !== 200) problems.push(`${route} → ${res.status}`);
        if (!showsJordan) problems.push(`${route}: the patient they may see is missing`);
      }
      if (expected.sees === 'jordan' && showsRiley) problems.push(`${route}: shows a patient they may not see`);
      if (expected.sees !== 'both' && access.patientData.otherPatientPath) {
        const other = await call('GET', access.patientData.otherPatientPath(ctx), cookies[who]);
        if (other.status !== 404) problems.push(`${route} (other patient) → ${other.status}`);
      }
      if (!expected.fullNumbers) {
        const found = fullNumbersIn(text, locationPhones);
        if (found.length) problems.push(`${route}: full number ${found.join(', ')}`);
      }
    }
    expect(probed).toBeGreaterThanOrEqual(10);
    expect(problems).toEqual([]);
  });

  it('serves a thread\'s pictures (GET /api/media/:id) only to those who may see the patient', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const upload = async (conversationId: string) => {
      const form = new FormData();
      form.append('file', new Blob([png], { type: 'image/png' }), 'aftercare.png');
      const res = await fetch(`${system.baseUrl}/api/conversations/${conversationId}/media`, { method: 'POST', headers: { cookie: cookies.frontdesk }, body: form });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const [jordanPicture, rileyPicture] = [await upload(ctx.ownConversationId), await upload(ctx.otherConversationId)];
    const outcomes: Record<string, { jordan: number; riley: number }> = {};
    const expected: Record<string, { jordan: number; riley: number }> = {};
    for (const who of Object.keys(EXPECTED) as Who[]) {
      outcomes[who] = { jordan: (await call('GET', `/api/media/${jordanPicture}`, cookies[who])).status, riley: (await call('GET', `/api/media/${rileyPicture}`, cookies[who])).status };
      expected[who] = { jordan: EXPECTED[who].sees === 'none' ? 404 : 200, riley: EXPECTED[who].sees === 'both' ? 200 : 404 };
    }
    expect(outcomes).toEqual(expected);
  });

  it('shows masked numbers where a number is shown to staff without contact rights, including delivery errors and alerts', async () => {
    for (const who of ['coordinator', 'assistant'] as const) {
      const { conversations: list } = (await (await call('GET', `/api/conversations?locationId=${ctx.austin}`, cookies[who])).json()) as { conversations: { patient: { phone: string } }[] };
      expect(list.map((c) => c.patient.phone)).toContain('(•••) •••-0199');
      const messages = (await (await call('GET', `/api/conversations/${ctx.ownConversationId}/messages`, cookies[who])).json()) as { messages?: { errorMessage: string | null }[] } | { errorMessage: string | null }[];
      const errors = (Array.isArray(messages) ? messages : (messages.messages ?? [])).map((m) => m.errorMessage);
      expect(errors).toContain("The 'To' number (•••) •••-0199 is not a valid phone number.");
      const alerts = (await (await call('GET', `/api/alerts?locationId=${ctx.austin}`, cookies[who])).json()) as { message: string }[];
      expect(alerts.map((a) => a.message)).toContain('Jordan asked to reschedule; call back on (•••) •••-0199.');
    }
    // Staff with contact rights still get the number they need to call back.
    const alerts = (await (await call('GET', `/api/alerts?locationId=${ctx.austin}`, cookies.frontdesk)).json()) as { message: string }[];
    expect(alerts.map((a) => a.message)).toContain(`Jordan asked to reschedule; call back on ${JORDAN.phone}.`);
  });

  it('masks a number quoted in an API error for staff without contact rights', async () => {
    const send = (cookie: string) => call('POST', `/api/conversations/${drewConversationId}/messages`, cookie, { body: 'Hello from the clinic', clientMessageId: randomUUID() });
    const asCoordinator = await send(cookies.coordinator);
    const text = await asCoordinator.text();
    expect(asCoordinator.status).toBe(422);
    expect(fullNumbersIn(text, locationPhones)).toEqual([]);
    expect(text).toContain('(•••) •••-0166');
    const asFrontDesk = await send(cookies.frontdesk);
    expect(asFrontDesk.status).toBe(422);
    expect(await asFrontDesk.text()).toContain(DREW.phone);
  });

  it('searches by phone digits beyond the last 4 only for staff who may see numbers', async () => {
    const search = async (q: string, who: Who) => {
      const res = await call('GET', `/api/search?q=${encodeURIComponent(q)}&locationId=${ctx.austin}`, cookies[who]);
      return { status: res.status, text: await res.text() };
    };
    for (const q of [PATIENT_PHONES[0]!, JORDAN.phone, `+1${PATIENT_PHONES[0]}`, '512 555 0199']) {
      for (const who of ['coordinator', 'assistant', 'lookonly'] as const) {
        const res = await search(q, who);
        expect({ q, who, status: res.status, code: res.status === 403 ? (JSON.parse(res.text) as { code: string }).code : null }).toEqual({ q, who, status: 403, code: 'PHONE_SEARCH_FORBIDDEN' });
      }
      const allowed = await search(q, 'frontdesk');
      expect({ q, status: allowed.status, found: allowed.text.includes(jordanPatientId) }).toEqual({ q, status: 200, found: true });
    }
    // The last 4 digits are what the masked number shows: allowed, and still only within the access rule.
    const last4 = await search('0199', 'coordinator');
    expect(last4.status).toBe(200);
    expect(last4.text).toContain(jordanPatientId);
    expect(fullNumbersIn(last4.text, locationPhones)).toEqual([]);
    const rileyForAssistant = await search('0177', 'assistant');
    expect(rileyForAssistant.status).toBe(200);
    expect(rileyMarkers().filter((m) => rileyForAssistant.text.includes(m))).toEqual([]);
  });

  it('counts "unconfirmed tomorrow" over the patients the person may see (banner and digest alert)', async () => {
    const { timeZone } = system.org.locations.austin;
    const { startsAt } = (await (await call('GET', `/api/appointments/${ctx.ownAppointmentId}`, cookies.owner)).json()) as { startsAt: string };
    const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(startsAt));
    const unconfirmed = async (who: Who) => ((await (await call('GET', `/api/appointments/summary?locationId=${ctx.austin}&date=${date}`, cookies[who])).json()) as { unconfirmed: number }).unconfirmed;
    expect({ frontdesk: await unconfirmed('frontdesk'), provider: await unconfirmed('provider'), assistant: await unconfirmed('assistant'), blind: await unconfirmed('blind') }).toEqual({
      frontdesk: 2,
      provider: 1,
      assistant: 1,
      blind: 0,
    });
    // The location-wide digest alert counts everyone's patients: only for those who see every patient there.
    const digest = async (who: Who) => ((await (await call('GET', `/api/alerts?locationId=${ctx.austin}`, cookies[who])).json()) as { kind: string }[]).some((a) => a.kind === 'daily_digest');
    expect({ frontdesk: await digest('frontdesk'), coordinator: await digest('coordinator'), provider: await digest('provider'), assistant: await digest('assistant'), blind: await digest('blind') }).toEqual({
      frontdesk: true,
      coordinator: true,
      provider: false,
      assistant: false,
      blind: false,
    });
  });

  it.each(LISTENERS)('sends live events to %s only about patients the role may see, with numbers masked unless it may see them', (who) => {
    const toThem = received[who].filter((e) => SOCKET_EVENTS[e.event]?.patientData);
    if (EXPECTED[who].sees === 'none') {
      expect(toThem.map((e) => e.event)).toEqual([]);
      return;
    }
    expect(toThem.length).toBeGreaterThanOrEqual(2);
    expect(toThem.some((e) => jordanMarkers().some((m) => JSON.stringify(e.payload).includes(m)))).toBe(true);
    if (!EXPECTED[who].fullNumbers) {
      for (const e of received[who]) expect({ event: e.event, leaks: fullNumbersIn(JSON.stringify(e.payload), locationPhones) }).toEqual({ event: e.event, leaks: [] });
    }
    if (EXPECTED[who].sees === 'jordan') {
      const aboutRiley = toThem.filter((e) => rileyMarkers().some((m) => JSON.stringify(e.payload).includes(m)));
      expect(aboutRiley.map((e) => e.event)).toEqual([]);
    } else {
      expect(toThem.map((e) => e.event)).toEqual(expect.arrayContaining(['message.created', 'appointment.updated']));
      expect(toThem.some((e) => rileyMarkers().some((m) => JSON.stringify(e.payload).includes(m)))).toBe(true);
    }
  });

  it('sends every live event in the shape @beacon/contracts declares for it (what the console is typed with)', () => {
    const all = [...LISTENERS.flatMap((who) => received[who]), ...receivedB];
    const offContract = all.flatMap((e) => {
      const schema = e.event in SOCKET_EVENT_SCHEMAS ? SOCKET_EVENT_SCHEMAS[e.event as SocketEventName] : null;
      const parsed = schema?.safeParse(e.payload);
      return parsed?.success ? [] : [{ event: e.event, issues: parsed?.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? 'no schema' }];
    });
    expect(all.map((e) => e.event)).toEqual(expect.arrayContaining(['ready', 'message.created', 'appointment.updated']));
    expect(offContract).toEqual([]);
  });

  it('decides close, assign and star per preset (PATCH /api/conversations/:id), on the server', async () => {
    const patch = async (who: Who, body: unknown) => (await call('PATCH', `/api/conversations/${ctx.ownConversationId}`, cookies[who], body)).status;
    const outcomes: Record<string, Record<string, number>> = {};
    for (const who of ['owner', 'frontdesk', 'coordinator', 'provider', 'assistant', 'lookonly'] as const) {
      outcomes[who] = {
        star: await patch(who, { starred: true }),
        close: await patch(who, { status: 'closed' }),
        reopen: await patch(who, { status: 'open' }),
        takeIt: await patch(who, { assignedStaffId: staffIds[who] }),
        giveToFrontDesk: await patch(who, { assignedStaffId: staffIds.frontdesk === staffIds[who] ? staffIds.owner : staffIds.frontdesk }),
      };
      // Put the thread back with the assistant for the next person (and the tests after this one).
      expect(await patch('frontdesk', { assignedStaffId: staffIds.assistant })).toBe(200);
    }
    // Releasing: your own thread yes, a colleague's only with "view all".
    expect(await patch('provider', { assignedStaffId: null })).toBe(403);
    expect(await patch('assistant', { assignedStaffId: null })).toBe(200);
    expect(await patch('frontdesk', { assignedStaffId: staffIds.assistant })).toBe(200);
    const all = { star: 200, close: 200, reopen: 200, takeIt: 200, giveToFrontDesk: 200 };
    expect(outcomes).toEqual({
      owner: all,
      frontdesk: all,
      coordinator: all,
      provider: { ...all, takeIt: 403, giveToFrontDesk: 403 },
      assistant: { ...all, giveToFrontDesk: 403 },
      lookonly: { star: 200, close: 403, reopen: 403, takeIt: 403, giveToFrontDesk: 403 },
    });
  });

  it('filters alerts and the calendar before cutting them, so a busy location never hides a provider\'s own patients', async () => {
    const db = system.orm.em.fork();
    try {
      // 60 newer alerts and 2,001 earlier appointments, all about the other provider's patient.
      await db.execute(
        `insert into staff_alert select (jsonb_populate_record(null::staff_alert, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'dedupe_key', 'flood-' || g, 'created_at', now() + g * interval '1 second'))).*
           from staff_alert s, generate_series(1, 60) g where s.dedupe_key = ?`,
        [`enum-${rileyPatientId}`],
      );
      await db.execute(
        `insert into appointment select (jsonb_populate_record(null::appointment, to_jsonb(a) || jsonb_build_object('id', gen_random_uuid(), 'external_id', 'flood-' || g, 'starts_at', now() + interval '1 hour' + g * interval '1 second'))).*
           from appointment a, generate_series(1, 2001) g where a.id = ?`,
        [ctx.otherAppointmentId],
      );
      for (const who of ['provider', 'assistant'] as const) {
        const alerts = await (await call('GET', `/api/alerts?locationId=${ctx.austin}`, cookies[who])).text();
        expect({ who, alerts: alerts.includes('Jordan asked to reschedule') }).toEqual({ who, alerts: true });
        const calendar = await (await call('GET', `/api/appointments?locationId=${ctx.austin}&from=${encodeURIComponent(ctx.from)}&to=${encodeURIComponent(ctx.to)}`, cookies[who])).text();
        expect({ who, calendar: calendar.includes(ctx.ownAppointmentId), riley: rileyMarkers().some((m) => calendar.includes(m)) }).toEqual({ who, calendar: true, riley: false });
      }
    } finally {
      await db.execute(`delete from staff_alert where dedupe_key like 'flood-%'`);
      await db.execute(`delete from appointment where external_id like 'flood-%'`);
    }
  }, 60_000);
  /** Anything of organisation A: its patients, threads, appointments, numbers, staff emails, clinic name. */
  const orgAMarkers = () => [...jordanMarkers(), ...rileyMarkers(), drewConversationId, system.org.integrationId, 'demo-booking-system', 'glow.test', 'Glow Aesthetics', ...PATIENT_PHONES.map((d) => d.slice(3))];
  const leaksOfA = (text: string) => orgAMarkers().filter((m) => text.includes(m));

  /** A route's path with organisation A's ids in it, as someone of B might try them. */
  async function withOrgAIds(path: string): Promise<string> {
    const em = system.orm.em.fork();
    const message = await em.findOneOrFail(Message, { conversationId: ctx.ownConversationId }, { orderBy: { createdAt: 'asc' } });
    const alert = await em.findOneOrFail(StaffAlert, { organizationId: system.org.organizationId }, { orderBy: { createdAt: 'asc' } });
    const [template] = (await (await call('GET', '/api/templates', cookies.owner)).json()) as { id: string }[];
    const byResource: Record<string, string> = {
      conversations: ctx.ownConversationId,
      appointments: ctx.ownAppointmentId,
      locations: ctx.austin,
      staff: staffIds.owner,
      'quick-replies': ctx.quickReplyId,
      templates: template?.id ?? randomUUID(),
      integrations: system.org.integrationId,
      alerts: alert.id,
      media: randomUUID(),
    };
    const resource = path.split('/')[2] ?? '';
    return path
      .replace(':locationId', ctx.austin)
      .replace(':conversationId', ctx.ownConversationId)
      .replace(':messageId', message.id)
      .replace(':id', byResource[resource] ?? randomUUID());
  }

  it('shows staff of a second organisation its own patient (the probes below are real)', async () => {
    const list = await (await call('GET', `/api/conversations?locationId=${orgB.locationId}`, orgB.frontdesk)).text();
    expect(list).toContain('Quill');
    expect(leaksOfA(list)).toEqual([]);
    const events = receivedB.filter((e) => SOCKET_EVENTS[e.event]?.patientData);
    expect(events.some((e) => JSON.stringify(e.payload).includes('Quill'))).toBe(true);
  });

  it.each(['owner', 'frontdesk'] as const)('never gives the %s of a second organisation anything of the first, on any route (with A\'s ids or without)', async (role) => {
    const cookie = orgB[role];
    const problems: string[] = [];
    let checked = 0;
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      if (access.kind !== 'session' || route === 'POST /api/auth/logout') continue;
      const [method, path] = route.split(' ') as [string, string];
      const hasIds = path.includes(':');
      // A change without an id acts on the caller's own organisation by construction (and {} is refused anyway).
      if (!hasIds && method !== 'GET') continue;
      const target = access.patientData && !hasIds ? access.patientData.probe(ctx) : hasIds ? await withOrgAIds(path) : `${path}?locationId=${ctx.austin}&from=${encodeURIComponent(ctx.from)}&to=${encodeURIComponent(ctx.to)}`;
      const res = await probe(typeof target === 'string' && method !== 'GET' ? { method, path: target, body: {} } : target, cookie);
      const text = await res.text();
      checked++;
      const leaks = leaksOfA(text);
      if (leaks.length) problems.push(`${route} → ${res.status} shows ${leaks.join(', ')}`);
      if (hasIds && res.status < 400) problems.push(`${route} with A's id → ${res.status}`);
    }
    // Organisation-wide lists and searches, without any location named.
    for (const path of ['/api/search?q=friend', '/api/search?q=Jordan', '/api/search?q=0199', '/api/audit/export', '/api/audit', '/api/staff', '/api/integrations', '/api/locations', '/api/quick-replies', '/api/templates', '/api/notifications/sent-email']) {
      const res = await call('GET', path, cookie);
      const leaks = leaksOfA(await res.text());
      checked++;
      if (leaks.length) problems.push(`GET ${path} → ${res.status} shows ${leaks.join(', ')}`);
    }
    expect(checked).toBeGreaterThan(60);
    expect(problems).toEqual([]);
    // And nothing of A was changed by those attempts.
    const austin = await system.orm.em.fork().findOneOrFail(Location, ctx.austin);
    expect(austin.organizationId).toBe(system.org.organizationId);
  });

  it('sends staff of a second organisation no realtime event about the first', () => {
    expect(receivedB.length).toBeGreaterThan(0);
    expect(receivedB.map((e) => ({ event: e.event, leaks: leaksOfA(JSON.stringify(e.payload)) })).filter((e) => e.leaks.length)).toEqual([]);
    // …and the first organisation's sockets nothing about the second.
    const orgBMarkers = ['Quill', orgB.locationId, orgB.morganAppointmentId, 'irchwood'];
    for (const who of LISTENERS) {
      expect({ who, events: received[who].filter((e) => orgBMarkers.some((m) => JSON.stringify(e.payload).includes(m))).map((e) => e.event) }).toEqual({ who, events: [] });
    }
  });
});
