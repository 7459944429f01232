import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { raiseStaffAlert, Staff, StaffAlert, type IStaffAlert, type StaffAlertKind } from '@beacon/db';
import { createNotificationActivities, LoopbackSmtpServer, SmtpMailer, type ReceivedMail } from '@beacon/notifications';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { staffNotificationWorkflowId } from '@beacon/workflows/notifications/definitions.js';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { freePort } from '../support/test-env.js';

const CLINIC = '+15125550100';
const CONSOLE = 'http://console.test';
const THRESHOLD = 4;
const UNHAPPY = 'I am very disappointed, the staff was rude and this is unacceptable';

/**
 * Staff notifications end to end: alerts raised by the real flows, the outbox, the notification
 * workflow on the background queue, nodemailer, and a real SMTP server on loopback whose received
 * email the test reads.
 */
describe('staff notifications by email', () => {
  let system: RunningSystem;
  let smtp: LoopbackSmtpServer;
  let temporal: Client;
  let owner: string;
  let frontdesk: string;
  const inbox: ReceivedMail[] = [];
  /** Addresses whose next RCPT the server answers "450 try again later" (once each). */
  const rejectOnce = new Set<string>();
  let rejected = 0;

  beforeAll(async () => {
    smtp = new LoopbackSmtpServer(
      async (mail) => {
        inbox.push(mail);
      },
      {
        rejectRecipient: (address) => {
          if (!rejectOnce.delete(address)) return false;
          rejected += 1;
          return true;
        },
      },
    );
    const port = await smtp.listen(await freePort());
    system = await RunningSystem.start({
      SMTP_PORT: String(port),
      CONSOLE_BASE_URL: CONSOLE,
      NOTIFICATION_DIGEST_THRESHOLD: String(THRESHOLD),
      NOTIFICATION_DIGEST_WINDOW_SECONDS: '3',
    });
    temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    [owner, frontdesk] = [await system.login('owner@glow.test'), await system.login('frontdesk@glow.test')];
  });

  afterAll(async () => {
    await system?.stop();
    await temporal?.connection.close();
    await smtp?.close();
  });

  async function call(cookie: string, method: string, path: string, body?: object): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${system.baseUrl}/api${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: await res.json() };
  }

  /** Waits until the alert's notification workflow has finished: every email it sends has been accepted by then. */
  async function notified(alertId: string): Promise<void> {
    const handle = temporal.workflow.getHandle(staffNotificationWorkflowId(alertId));
    await eventually(
      () => handle.describe().then(() => true, (e: unknown) => (e instanceof WorkflowNotFoundError ? false : Promise.reject(e))),
      `notification workflow of alert ${alertId}`,
    );
    await handle.result();
  }

  const mailsAbout = (subjectPart: string) => inbox.filter((m) => m.subject.includes(subjectPart));
  const recipientsOf = (mails: ReceivedMail[]) => mails.flatMap((m) => m.to).sort();

  async function bookPatient(key: string, patient: { firstName: string; lastName: string; phone: string }, providerName: string): Promise<void> {
    const event = system.appointmentCreated(key, patient);
    const res = await system.postBookingEvent({ ...event, appointment: { ...event.appointment, providerName } });
    expect(res.status).toBe(202);
  }

  async function patientTexts(phone: string, body: string, kind: StaffAlertKind): Promise<IStaffAlert> {
    expect((await call(frontdesk, 'POST', '/simulator/inbound', { from: phone, to: CLINIC, body })).status).toBe(202);
    return eventually(async () => {
      const alerts = await system.orm.em.fork().find(StaffAlert, { kind }, { orderBy: { createdAt: 'desc' } });
      for (const alert of alerts) {
        const [row] = await system.orm.em.fork().execute<{ phone: string }[]>('select phone from patient where id = ?', [alert.patientId]);
        if (row?.phone === phone) return alert;
      }
      return null;
    }, `${kind} alert for ${phone}`);
  }

  it('emails an unhappy patient text to the chosen roles who may see that patient, with a link and no name, number or words', async () => {
    const austin = system.org.locations.austin.id;
    const saved = await call(owner, 'PUT', `/locations/${austin}/notifications`, { settings: [{ eventType: 'negative_patient_message', emailEnabled: true, roles: ['owner', 'front_desk', 'provider'] }] });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(expect.arrayContaining([{ eventType: 'negative_patient_message', emailEnabled: true, roles: ['owner', 'front_desk', 'provider'], label: 'Unhappy patient message' }]));

    // Booked with another provider: Dr. Priya Lee (provider@, "own patients only") may not see this patient.
    await bookPatient('notify-other', { firstName: 'Zelda', lastName: 'Quinnell', phone: '+15125557301' }, 'Dr. Someone Else');
    const alert = await patientTexts('+15125557301', UNHAPPY, 'patient_complaint');
    await notified(alert.id);
    const mails = mailsAbout('Unhappy patient message');
    expect(recipientsOf(mails)).toEqual(['frontdesk@glow.test', 'owner@glow.test']);
    const [conversation] = await system.orm.em.fork().execute<{ id: string }[]>('select c.id from conversation c join patient p on p.id = c.patient_id where p.phone = ?', ['+15125557301']);
    for (const mail of mails) {
      expect(mail.subject).toBe('Beacon: Unhappy patient message at Glow Aesthetics - Austin');
      expect(mail.text).toContain('Location: Glow Aesthetics - Austin');
      expect(mail.text).toContain(`${CONSOLE}/inbox/${conversation!.id}`);
      for (const phi of ['Zelda', 'Quinnell', '7301', '512', 'disappointed', 'rude']) expect(`${mail.subject}\n${mail.text}`).not.toContain(phi);
    }

    // Her own patient: she is emailed too.
    await bookPatient('notify-own', { firstName: 'Yara', lastName: 'Pemberton', phone: '+15125557302' }, 'Dr. Priya Lee');
    const own = await patientTexts('+15125557302', UNHAPPY, 'patient_complaint');
    await notified(own.id);
    expect(recipientsOf(mailsAbout('Unhappy patient message'))).toEqual(['frontdesk@glow.test', 'frontdesk@glow.test', 'owner@glow.test', 'owner@glow.test', 'provider@glow.test']);
  });

  it('sends each person one email per event even when the send fails half-way and the activity is retried', async () => {
    const ids = await system.orm.em.fork().find(Staff, { email: { $in: ['owner@glow.test', 'frontdesk@glow.test'] } }, { orderBy: { id: 'asc' } });
    // The second person (in the order the activity sends) is refused once: the first was already emailed when it fails.
    rejectOnce.add(ids[1]!.email);
    const alert = await patientTexts('+15125557303', 'CANCEL', 'opted_out');
    await notified(alert.id);
    expect(rejected).toBe(1);
    const subject = 'Patient opted out after replying CANCEL';
    expect(recipientsOf(mailsAbout(subject))).toEqual(['frontdesk@glow.test', 'owner@glow.test']);

    // Running the activity again (as a retry after a lost completion would) sends nothing more.
    const again = createNotificationActivities({ em: () => system.orm.em.fork(), mailer: new SmtpMailer(system.config), config: system.config });
    await expect(again.notifyStaffOfAlert({ alertId: alert.id })).resolves.toEqual({ digestStaffIds: [], digestInMs: 0 });
    expect(recipientsOf(mailsAbout(subject))).toEqual(['frontdesk@glow.test', 'owner@glow.test']);
    expect(new Set(mailsAbout(subject).map((m) => m.messageId)).size).toBe(2);
  });

  it('sends one summary instead of a flood when many events reach one person within minutes', async () => {
    const austin = system.org.locations.austin.id;
    expect((await call(owner, 'PUT', `/locations/${austin}/notifications`, { settings: [{ eventType: 'message_failed', emailEnabled: true, roles: ['treatment_coordinator'] }] })).status).toBe(200);
    const em = system.orm.em.fork();
    for (let i = 0; i < THRESHOLD + 2; i += 1) {
      await raiseStaffAlert(em, { organizationId: system.org.organizationId, locationId: austin, kind: 'message_failed', message: `Text ${i} failed.`, dedupeKey: `notify-flood-${i}` });
    }
    const alerts = await em.find(StaffAlert, { dedupeKey: { $like: 'notify-flood-%' } });
    expect(alerts).toHaveLength(THRESHOLD + 2);
    await Promise.all(alerts.map((a) => notified(a.id)));

    const toCoordinator = inbox.filter((m) => m.to.includes('coordinator@glow.test'));
    expect(toCoordinator.map((m) => m.subject).sort()).toEqual([...Array<string>(THRESHOLD).fill('Beacon: A text could not be delivered at Glow Aesthetics - Austin'), 'Beacon: 2 new notifications'].sort());
    expect(toCoordinator.find((m) => m.subject === 'Beacon: 2 new notifications')!.text).toContain('- A text could not be delivered at Glow Aesthetics - Austin: 2');
    expect(recipientsOf(mailsAbout('A text could not be delivered'))).toEqual(Array<string>(THRESHOLD).fill('coordinator@glow.test'));
  });

  it('refuses bad settings with a 400 and settings changes from staff who may not manage settings with a 403', async () => {
    const austin = system.org.locations.austin.id;
    const bad = await call(owner, 'PUT', `/locations/${austin}/notifications`, { settings: [{ eventType: 'everything', emailEnabled: true, roles: ['owner'] }] });
    expect(bad.status).toBe(400);
    const provider = await system.login('provider@glow.test');
    expect((await call(provider, 'PUT', `/locations/${austin}/notifications`, { settings: [{ eventType: 'opted_out', emailEnabled: false, roles: [] }] })).status).toBe(403);
  });
});
