import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import webpush from 'web-push';
import { enqueueOutboxWithPush, pushNotificationCommand, pushNotificationWorkflowId, raiseStaffAlert, StaffAlert, type PushEvent } from '@beacon/db';
import { createPushActivities, WebPushSender } from '@beacon/notifications';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { eventually } from '../support/eventually.js';
import { decryptPush, LoopbackPushService, verifiedVapid, type ReceivedPush, type TestDevice } from '../support/loopback-push-service.js';
import { RunningSystem } from '../support/running-system.js';

const CLINIC = '+15125550100';
const CONSOLE = 'http://console.test';

interface PushView {
  notification: { title: string; body: string; tag: string; data: { kind: string; alertKind?: string; conversationId: string | null; url: string; onActionClick: { default: { operation: string; url: string } } } };
}

/**
 * Web Push end to end: patient texts and an urgent alert through the outbox, the push workflow on the
 * background queue and the `web-push` package, to a push service on loopback whose received pushes the
 * test decrypts with each device's private keys, as the browser would.
 */
describe('push notifications to staff devices', () => {
  const vapid = webpush.generateVAPIDKeys();
  const pushService = new LoopbackPushService();
  let system: RunningSystem;
  let temporal: Client;
  let frontdesk: string;
  let provider: string;
  let frontdeskPhone: TestDevice;
  let providerPhone: TestDevice;

  beforeAll(async () => {
    await pushService.start();
    system = await RunningSystem.start({ VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: 'mailto:ops@glow.test', CONSOLE_BASE_URL: CONSOLE });
    temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    // Front desk sees every patient; Dr. Priya Lee ("own patients only") only those booked with her.
    [frontdesk, provider] = [await system.login('frontdesk@glow.test'), await system.login('provider@glow.test')];
    frontdeskPhone = pushService.device('frontdesk-phone');
    providerPhone = pushService.device('provider-phone');
  });

  afterAll(async () => {
    await system?.stop();
    await temporal?.connection.close();
    await pushService.stop();
  });

  async function call(cookie: string, method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${system.baseUrl}/api${path}`, { method, headers: { cookie, 'content-type': 'application/json', ...headers }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  }

  /** Waits until the event's push workflow has finished: every push it makes has been answered by then. */
  async function pushed(event: PushEvent): Promise<void> {
    const handle = temporal.workflow.getHandle(pushNotificationWorkflowId(event));
    await eventually(
      () => handle.describe().then(() => true, (e: unknown) => (e instanceof WorkflowNotFoundError ? false : Promise.reject(e))),
      `push workflow ${pushNotificationWorkflowId(event)}`,
    );
    await handle.result();
  }

  async function book(key: string, patient: { firstName: string; lastName: string; phone: string }, providerName: string): Promise<void> {
    const event = system.appointmentCreated(key, patient);
    expect((await system.postBookingEvent({ ...event, appointment: { ...event.appointment, providerName } })).status).toBe(202);
  }

  /** The patient texts the clinic (through the simulator, as a real inbound text); returns the stored message and its thread. */
  async function patientTexts(phone: string, body: string): Promise<{ messageId: string; conversationId: string }> {
    expect((await call(frontdesk, 'POST', '/simulator/inbound', { from: phone, to: CLINIC, body })).status).toBe(202);
    const [row] = await eventually(
      async () => {
        const rows = await system.orm.em.fork().execute<{ id: string; conversation_id: string }[]>(
          `select m.id, m.conversation_id from message m join conversation c on c.id = m.conversation_id join patient p on p.id = c.patient_id
            where p.phone = ? and m.direction = 'inbound' order by m.created_at desc limit 1`,
          [phone],
        );
        return rows.length ? rows : null;
      },
      `the text from ${phone}`,
    );
    return { messageId: row!.id, conversationId: row!.conversation_id };
  }

  const decrypted = (device: TestDevice, push: ReceivedPush): { raw: string; view: PushView } => {
    const raw = decryptPush(device, push.body);
    return { raw, view: JSON.parse(raw) as PushView };
  };

  it('gives signed-in staff the public key and keeps each device they turn notifications on for', async () => {
    expect(await call(frontdesk, 'GET', '/push/public-key')).toEqual({ status: 200, body: { publicKey: vapid.publicKey } });
    const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
    const saved = await call(frontdesk, 'POST', '/push/subscriptions', frontdeskPhone.json, { 'user-agent': android });
    expect(saved).toEqual({ status: 201, body: { id: expect.any(String), endpoint: frontdeskPhone.endpoint, label: 'Chrome on Android', createdAt: expect.any(String), lastSuccessAt: null } });
    expect((await call(provider, 'POST', '/push/subscriptions', providerPhone.json)).status).toBe(201);
    // Subscribing the same browser again renews it: still one device.
    expect((await call(frontdesk, 'POST', '/push/subscriptions', frontdeskPhone.json, { 'user-agent': android })).status).toBe(201);
    expect(await call(frontdesk, 'GET', '/push/subscriptions')).toEqual({ status: 200, body: [(saved.body as object)] });

    // Bad input is a clear 400, never a 500; nobody else's device can be removed.
    const bad = await call(frontdesk, 'POST', '/push/subscriptions', { ...frontdeskPhone.json, keys: { p256dh: 'short', auth: frontdeskPhone.json.keys.auth } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('P-256 public key');
    const elsewhere = await call(frontdesk, 'POST', '/push/subscriptions', { ...frontdeskPhone.json, endpoint: 'http://push.example.com/x' });
    expect(elsewhere).toEqual({ status: 400, body: expect.objectContaining({ code: 'INVALID_PUSH_ENDPOINT' }) });
    const [providerDevice] = (await call(provider, 'GET', '/push/subscriptions')).body as { id: string }[];
    expect((await call(frontdesk, 'DELETE', `/push/subscriptions/${providerDevice!.id}`)).status).toBe(404);
    expect((await call(frontdesk, 'DELETE', '/push/subscriptions/not-a-uuid')).status).toBe(404);
    const anonymous = await fetch(`${system.baseUrl}/api/push/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(frontdeskPhone.json) });
    expect(anonymous.status).toBe(401);
  });

  it("pushes a new patient text, encrypted for each device, with the thread to open and none of the patient's name, number or words — only to staff allowed to see the thread", async () => {
    // Booked with another provider: Dr. Priya Lee may not see this patient, so her phone gets nothing.
    await book('push-other', { firstName: 'Zelda', lastName: 'Quinnell', phone: '+15125557401' }, 'Dr. Someone Else');
    const text = await patientTexts('+15125557401', 'My lips feel numb after the filler yesterday');
    await pushed({ kind: 'new_message', messageId: text.messageId });

    expect(pushService.accepted(providerPhone)).toEqual([]);
    const [push] = pushService.accepted(frontdeskPhone);
    expect(pushService.accepted(frontdeskPhone)).toHaveLength(1);
    expect(push!.headers['content-encoding']).toBe('aes128gcm');
    expect(push!.headers['urgency']).toBe('normal');
    expect(Number(push!.headers['ttl'])).toBeGreaterThan(0);
    expect(String(push!.headers['topic'])).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    const { publicKey, claims } = verifiedVapid(push!, frontdeskPhone.endpoint);
    expect([publicKey, claims.sub]).toEqual([vapid.publicKey, 'mailto:ops@glow.test']);

    const { raw, view } = decrypted(frontdeskPhone, push!);
    expect(view.notification.title).toBe('New message');
    expect(view.notification.data).toEqual({
      kind: 'new_message',
      conversationId: text.conversationId,
      url: `${CONSOLE}/inbox/${text.conversationId}`,
      onActionClick: { default: { operation: 'navigateLastFocusedOrOpen', url: `/inbox/${text.conversationId}` } },
    });
    for (const phi of ['Zelda', 'Quinnell', '7401', '512555', 'lips', 'numb', 'filler']) expect(raw).not.toContain(phi);
    // The ciphertext is not readable on the way either.
    expect(push!.body.toString('latin1')).not.toContain('New message');

    const [device] = (await call(frontdesk, 'GET', '/push/subscriptions')).body as { lastSuccessAt: string | null }[];
    expect(device!.lastSuccessAt).not.toBeNull();
  });

  it('pushes to the provider her own patient, and an urgent alert with its own title and high urgency', async () => {
    await book('push-own', { firstName: 'Yara', lastName: 'Pemberton', phone: '+15125557402' }, 'Dr. Priya Lee');
    const text = await patientTexts('+15125557402', 'Can I move my appointment?');
    await pushed({ kind: 'new_message', messageId: text.messageId });
    expect(pushService.accepted(providerPhone)).toHaveLength(1);
    expect(decrypted(providerPhone, pushService.accepted(providerPhone)[0]!).view.notification.data.conversationId).toBe(text.conversationId);

    // The urgent alert (raised by the classifier through the one writer of alerts).
    const [row] = await system.orm.em.fork().execute<{ patient_id: string }[]>('select patient_id from conversation where id = ?', [text.conversationId]);
    await raiseStaffAlert(system.orm.em.fork(), {
      organizationId: system.org.organizationId,
      locationId: system.org.locations.austin.id,
      patientId: row!.patient_id,
      kind: 'urgent_patient_message',
      message: 'Urgent: the patient reports swelling.',
      dedupeKey: 'push-urgent-1',
    });
    const alert = await system.orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: 'push-urgent-1' });
    await pushed({ kind: 'alert', alertId: alert.id });
    for (const device of [frontdeskPhone, providerPhone]) {
      const latest = pushService.accepted(device).at(-1)!;
      expect(latest.headers['urgency']).toBe('high');
      const { raw, view } = decrypted(device, latest);
      expect(view.notification.title).toBe('Urgent patient message');
      expect(view.notification.data.kind).toBe('urgent_patient_message');
      expect(view.notification.data.onActionClick.default.url).toBe(`/inbox/${text.conversationId}`);
      for (const phi of ['Yara', 'Pemberton', '7402', 'swelling']) expect(raw).not.toContain(phi);
    }

    // Alerts of other kinds about a thread nobody is assigned reach staff in the console and by email, not on their devices.
    await raiseStaffAlert(system.orm.em.fork(), { organizationId: system.org.organizationId, locationId: system.org.locations.austin.id, patientId: row!.patient_id, kind: 'reschedule_requested', message: 'Reschedule', dedupeKey: 'push-not-pushed' });
    const other = await system.orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: 'push-not-pushed' });
    await expect(temporal.workflow.getHandle(pushNotificationWorkflowId({ kind: 'alert', alertId: other.id })).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
  });

  it('pushes each device once when the push service fails half-way and the activity is retried', async () => {
    const before = { frontdesk: pushService.accepted(frontdeskPhone).length, provider: pushService.accepted(providerPhone).length };
    // The device sent to second (subscriptions in id order) is refused once: the first was already pushed when the attempt fails.
    const ids = ((await Promise.all([call(frontdesk, 'GET', '/push/subscriptions'), call(provider, 'GET', '/push/subscriptions')])).map((r) => (r.body as { id: string }[])[0]!.id));
    const second = ids[0]! > ids[1]! ? frontdeskPhone : providerPhone;
    pushService.answer(second, 503, 1);
    const text = await patientTexts('+15125557402', 'Also, is parking free?');
    const event: PushEvent = { kind: 'new_message', messageId: text.messageId };
    await pushed(event);
    expect(pushService.received.filter((p) => p.status === 503)).toHaveLength(1);
    expect({ frontdesk: pushService.accepted(frontdeskPhone).length, provider: pushService.accepted(providerPhone).length }).toEqual({ frontdesk: before.frontdesk + 1, provider: before.provider + 1 });

    // Running the activity again (as a retry after a lost completion would) pushes nothing more.
    const again = createPushActivities({ em: () => system.orm.em.fork(), sender: WebPushSender.fromConfig(system.config), config: system.config });
    await expect(again.sendPushNotifications({ event })).resolves.toEqual({ sent: 2, gone: 0 });
    expect({ frontdesk: pushService.accepted(frontdeskPhone).length, provider: pushService.accepted(providerPhone).length }).toEqual({ frontdesk: before.frontdesk + 1, provider: before.provider + 1 });
  });

  it('deletes a subscription the push service says is gone (410), and stops pushing to a device turned off', async () => {
    pushService.answer(providerPhone, 410, 1);
    const text = await patientTexts('+15125557402', 'Thank you!');
    await pushed({ kind: 'new_message', messageId: text.messageId });
    expect(await call(provider, 'GET', '/push/subscriptions')).toEqual({ status: 200, body: [] });

    const [device] = (await call(frontdesk, 'GET', '/push/subscriptions')).body as { id: string }[];
    expect((await call(frontdesk, 'DELETE', `/push/subscriptions/${device!.id}`)).status).toBe(204);
    expect(await call(frontdesk, 'GET', '/push/subscriptions')).toEqual({ status: 200, body: [] });
    // No device left in the organisation: a text queues no push at all (decided in the statement that queues its work).
    expect(await pushRowsQueued()).toBe(0);
    expect((await call(frontdesk, 'POST', '/push/subscriptions', frontdeskPhone.json)).status).toBe(201);
    expect(await pushRowsQueued()).toBe(1);
  });

  it("pushes 'Alert assigned to you' to the thread's assignee — for an alert about the thread, and once when a thread with an open alert is given to someone — never to one the access rule keeps out", async () => {
    const owner = await system.login('owner@glow.test');
    // A look-only account at Austin: neither "view all" nor "own patients", so no thread is theirs to see, even one assigned to them.
    const noView = { canSendMessages: false, viewAllConversations: false, viewOwnPatientsOnly: false, seeContactDetails: false, bulkMessaging: false, manageStaff: false, manageSettings: false, manageTemplates: false };
    const created = await call(owner, 'POST', '/staff', { name: 'Look Only', email: 'push-lookonly@glow.test', role: 'front_desk', permissions: noView, locationIds: [system.org.locations.austin.id], password: 'look-only-push-password' });
    expect(created.status).toBe(201);
    // Alex Kim, medical assistant ("own patients": a thread assigned to her is hers to see).
    const [assistant, lookOnly] = [await system.login('assistant@glow.test'), await system.login('push-lookonly@glow.test', 'look-only-push-password')];
    const [assistantPhone, lookOnlyPhone] = [pushService.device('assistant-phone'), pushService.device('lookonly-phone')];
    for (const [cookie, device] of [[assistant, assistantPhone], [lookOnly, lookOnlyPhone], [provider, providerPhone]] as const) {
      expect((await call(cookie, 'POST', '/push/subscriptions', device.json)).status).toBe(201);
    }
    const staffId = async (email: string) => (await system.orm.em.fork().execute<{ id: string }[]>('select id from staff where email = ?', [email]))[0]!.id;
    const ids = { assistant: await staffId('assistant@glow.test'), lookOnly: await staffId('push-lookonly@glow.test'), provider: await staffId('provider@glow.test') };
    const count = () => ({ frontdesk: pushService.accepted(frontdeskPhone).length, provider: pushService.accepted(providerPhone).length, assistant: pushService.accepted(assistantPhone).length, lookOnly: pushService.accepted(lookOnlyPhone).length });
    const assign = async (conversationId: string, assignedStaffId: string) => expect((await call(frontdesk, 'PATCH', `/conversations/${conversationId}`, { assignedStaffId })).status).toBe(200);

    // Booked with another provider: only those who see every patient, and whoever the thread is given to, may see it.
    await book('push-assigned', { firstName: 'Wilhelmina', lastName: 'Thistlewood', phone: '+15125557403' }, 'Dr. Someone Else');
    const first = await patientTexts('+15125557403', 'Hello, is there parking nearby?');
    await pushed({ kind: 'new_message', messageId: first.messageId });
    const thread = first.conversationId;
    // Given to the assistant while nothing about it is open: no push for that.
    await assign(thread, ids.assistant);
    const before = count();

    // The patient asks to reschedule: the appointment's workflow raises the alert through the one writer of alerts.
    const second = await patientTexts('+15125557403', 'I need to reschedule my appointment');
    const [patientRow] = await system.orm.em.fork().execute<{ patient_id: string }[]>('select patient_id from conversation where id = ?', [thread]);
    const alert = await eventually(async () => system.orm.em.fork().findOne(StaffAlert, { patientId: patientRow!.patient_id, kind: 'reschedule_requested' }), 'the reschedule alert');
    await pushed({ kind: 'new_message', messageId: second.messageId });
    await pushed({ kind: 'alert', alertId: alert.id });
    // The text reached those who may see the thread (front desk, and the assistant now that it is hers) as
    // "New message"; the alert reached only the assignee; the provider and the look-only account heard nothing.
    expect(count()).toEqual({ ...before, assistant: before.assistant + 2, frontdesk: before.frontdesk + 1 });
    const toAssistant = pushService.accepted(assistantPhone).slice(before.assistant).find((p) => decrypted(assistantPhone, p).view.notification.data.kind === 'alert_assigned')!;
    expect(toAssistant.headers['urgency']).toBe('normal');
    const { raw, view } = decrypted(assistantPhone, toAssistant);
    expect(view.notification.title).toBe('Alert assigned to you');
    expect(view.notification.body).toBe('Reschedule request. Open Beacon to read it.');
    expect(view.notification.data).toEqual({
      kind: 'alert_assigned',
      alertKind: 'reschedule_requested',
      conversationId: thread,
      url: `${CONSOLE}/inbox/${thread}`,
      onActionClick: { default: { operation: 'navigateLastFocusedOrOpen', url: `/inbox/${thread}` } },
    });
    for (const phi of ['Wilhelmina', 'Thistlewood', '7403', '512555', 'reschedule my', 'parking']) expect(raw).not.toContain(phi);

    // Given to the look-only account: it may not see the thread, so its phone gets nothing.
    await assign(thread, ids.lookOnly);
    await pushed({ kind: 'assigned', conversationId: thread, staffId: ids.lookOnly, alertId: alert.id });
    expect(count()).toEqual({ ...before, assistant: before.assistant + 2, frontdesk: before.frontdesk + 1 });

    // Given to Dr. Priya Lee (the thread is now hers to see): one push naming the open alert.
    await assign(thread, ids.provider);
    await pushed({ kind: 'assigned', conversationId: thread, staffId: ids.provider, alertId: alert.id });
    expect(count()).toEqual({ ...before, assistant: before.assistant + 2, frontdesk: before.frontdesk + 1, provider: before.provider + 1 });
    const toProvider = decrypted(providerPhone, pushService.accepted(providerPhone).at(-1)!).view;
    expect([toProvider.notification.title, toProvider.notification.data.alertKind, toProvider.notification.data.onActionClick.default.url]).toEqual(['Alert assigned to you', 'reschedule_requested', `/inbox/${thread}`]);

    // Back to the assistant, who was already told of this alert on this device: nothing more. Once it is
    // acknowledged, giving the thread back and forth pushes nothing either.
    await assign(thread, ids.assistant);
    await pushed({ kind: 'assigned', conversationId: thread, staffId: ids.assistant, alertId: alert.id });
    expect((await call(frontdesk, 'POST', `/alerts/${alert.id}/acknowledge`)).status).toBe(204);
    await assign(thread, ids.provider);
    await assign(thread, ids.assistant);
    expect(count()).toEqual({ ...before, assistant: before.assistant + 2, frontdesk: before.frontdesk + 1, provider: before.provider + 1 });
  });

  /** How many push rows the inbound path's outbox statement writes for a text now (in a transaction rolled back). */
  async function pushRowsQueued(): Promise<number> {
    let count = -1;
    const rollback = new Error('rollback');
    await system.orm.em
      .fork()
      .transactional(async (tx) => {
        await enqueueOutboxWithPush(tx, [], { organizationId: system.org.organizationId, command: pushNotificationCommand({ kind: 'new_message', messageId: 'probe' }) });
        const [row] = await tx.execute<{ n: string }[]>(`select count(*) as n from outbox where ordering_key = 'push-message-probe'`);
        count = Number(row!.n);
        throw rollback;
      })
      .catch((e: unknown) => {
        if (e !== rollback) throw e;
      });
    return count;
  }
});
