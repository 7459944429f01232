import { Appointment, Message, Patient, raiseStaffAlert, Staff, StaffAlert } from '@beacon/db';
import { applyDeliveryStatus, createInboundActivities, createOutboundActivities, findOrCreateConversation, sendOutboundMessage } from '@beacon/inbox';
import { SimulatorSmsSender } from '@beacon/messaging';
import { eventually } from '../support/eventually.js';
import { insertPatients, laterToday } from '../support/bulk-fixtures.js';
import { CONSOLE, StaffNotificationHarness } from '../support/staff-notification-harness.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';

/**
 * Emails to one person within the (long) window above this become a summary: above what the earlier
 * tests send to one person, so their emails go out at once; the last test fills it up on purpose.
 */
const THRESHOLD = 20;

/**
 * The events staff are notified about, raised by the real flows (simulator texts, booking events,
 * delivery callbacks), through the outbox and the notification workflow, to a real SMTP server on
 * loopback whose received email the test reads.
 */
describe('staff notification events', () => {
  let h: StaffNotificationHarness;
  let owner: string;
  let frontdesk: string;
  const austin = () => h.system.org.locations.austin.id;

  beforeAll(async () => {
    h = await StaffNotificationHarness.start({ NOTIFICATION_DIGEST_THRESHOLD: String(THRESHOLD), NOTIFICATION_DIGEST_WINDOW_SECONDS: '600' });
    [owner, frontdesk] = [await h.system.login('owner@glow.test'), await h.system.login('frontdesk@glow.test')];
  });

  afterAll(async () => {
    await h?.stop();
  });

  const conversationOf = async (phone: string) =>
    (await h.system.orm.em.fork().execute<{ id: string }[]>('select c.id from conversation c join patient p on p.id = c.patient_id where p.phone = ? and c.location_id = ?', [phone, austin()]))[0]!.id;

  it('raises an urgent alert for every urgent text and emails it at once, high priority, with a link and no words or number', async () => {
    const phone = '+15125557401';
    const text = 'My lips are really swollen and it hurts a lot since the filler';
    await h.patientTexts(frontdesk, phone, text);
    // Raised in the transaction the webhook commits before answering: there when the 202 arrives.
    const [first] = await h.alertsFor(phone, 'urgent_patient_message');
    expect(first).toBeDefined();
    expect(first!.message).not.toMatch(/swollen|lips|hurts|filler/i);
    await h.notified(first!.id);
    const conversationId = await conversationOf(phone);
    const mails = h.mailsOf(first!.id);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(['frontdesk@glow.test', 'owner@glow.test']);
    for (const mail of mails) {
      expect(mail.subject).toBe('Beacon: Urgent patient message (pain, swelling, reaction) at Glow Aesthetics - Austin');
      expect(mail.highPriority).toBe(true);
      expect(mail.text).toContain(`${CONSOLE}/inbox/${conversationId}`);
      for (const phi of ['swollen', 'lips', 'hurts', 'filler', '7401', '512']) expect(`${mail.subject}\n${mail.text}`).not.toContain(phi);
    }
    // The stored reading says why, without the patient's words.
    const stored = await h.system.orm.em.fork().findOneOrFail(Message, { conversationId, direction: 'inbound' });
    expect(stored.classification).toMatchObject({ urgent: true });

    // A second urgent text from the same patient is a second alert (never folded into the first).
    await h.patientTexts(frontdesk, phone, 'Now there is a blister on my lip');
    const alerts = await h.alertsFor(phone, 'urgent_patient_message');
    expect(alerts).toHaveLength(2);
    await h.notified(alerts[1]!.id);
    expect(h.mailsOf(alerts[1]!.id)).toHaveLength(2);

    // Hard negatives raise nothing urgent (the texts are stored and read before the 202).
    await h.patientTexts(frontdesk, '+15125557402', 'no pain at all, thanks!');
    await h.patientTexts(frontdesk, '+15125557402', "the swelling went down, you're the best");
    expect(await h.alertsFor('+15125557402', 'urgent_patient_message')).toEqual([]);
    expect(await h.system.orm.em.fork().count(Message, { conversationId: await conversationOf('+15125557402') })).toBeGreaterThanOrEqual(2);
  });

  it('raises an unhappy-patient alert, not an urgent one, for a threat to post a bad review', async () => {
    const phone = '+15125557403';
    await h.patientTexts(frontdesk, phone, "I'm going to leave a bad review on Google about this");
    const [alert] = await h.alertsFor(phone, 'patient_complaint');
    expect(alert).toBeDefined();
    expect(await h.alertsFor(phone, 'urgent_patient_message')).toEqual([]);
    await h.notified(alert!.id);
    expect(h.mailsOf(alert!.id).map((m) => m.subject)).toContain('Beacon: Unhappy patient message at Glow Aesthetics - Austin');
  });

  it('alerts once per thread per day when a VIP texts: marked by staff, or by lifetime spend above the location setting', async () => {
    // Marked VIP in the thread's context panel.
    const marked = '+15125557411';
    await h.patientTexts(frontdesk, marked, 'Hi! Quick question about my next visit');
    expect(await h.alertsFor(marked, 'vip_patient_texted')).toEqual([]);
    const conversationId = await conversationOf(marked);
    const set = await h.call(frontdesk, 'PUT', `/conversations/${conversationId}/patient-vip`, { vip: true });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ vip: { vip: true, marked: true, canMark: true } });
    expect((await h.call(frontdesk, 'PUT', `/conversations/${conversationId}/patient-vip`, { vip: 'yes' })).status).toBe(400);

    await h.patientTexts(frontdesk, marked, 'Also, can I bring my sister?');
    await h.patientTexts(frontdesk, marked, 'And is parking free?');
    const alerts = await h.alertsFor(marked, 'vip_patient_texted');
    expect(alerts).toHaveLength(1);
    await h.notified(alerts[0]!.id);
    const mails = h.mailsOf(alerts[0]!.id);
    expect(mails.map((m) => m.subject)).toEqual(['Beacon: VIP patient texted at Glow Aesthetics - Austin', 'Beacon: VIP patient texted at Glow Aesthetics - Austin']);
    for (const mail of mails) {
      expect(mail.text).toContain(`${CONSOLE}/inbox/${conversationId}`);
      for (const phi of ['sister', 'parking', '7411']) expect(mail.text).not.toContain(phi);
    }

    // By lifetime spend: $900 of visits the booking system reported (price, then completed), the location's threshold $800.
    const spender = '+15125557412';
    for (const [i, priceCents] of [50_000, 40_000].entries()) {
      const event = h.system.appointmentCreated(`vip-visit-${i}`, { firstName: 'Sol', lastName: 'Varga', phone: spender }, { startsAt: new Date(Date.now() - (i + 1) * 30 * 86_400_000).toISOString() });
      const priced = { ...event, appointment: { ...event.appointment, priceCents } };
      expect((await h.system.postBookingEvent(priced)).status).toBe(202);
      expect((await h.system.postBookingEvent({ ...priced, eventId: `${event.eventId}-done`, type: 'appointment.completed', appointment: { ...event.appointment } })).status).toBe(202);
    }
    const visits = await h.system.orm.em.fork().find(Appointment, { externalId: { $in: ['vip-visit-0', 'vip-visit-1'] } });
    expect(visits.map((v) => [v.status, v.priceCents]).sort()).toEqual([['completed', 40_000], ['completed', 50_000]]);
    const badPrice = h.system.appointmentCreated('vip-bad-price', { firstName: 'Sol', phone: spender });
    expect((await h.system.postBookingEvent({ ...badPrice, appointment: { ...badPrice.appointment, priceCents: 12.5 } })).status).toBe(400);
    await h.patientTexts(frontdesk, spender, 'Hello there');
    expect(await h.alertsFor(spender, 'vip_patient_texted')).toEqual([]);
    expect((await h.call(owner, 'PUT', `/locations/${austin()}/vip-rule`, { lifetimeSpendCents: 80_000 })).body).toEqual({ lifetimeSpendCents: 80_000 });
    expect((await h.call(owner, 'GET', `/locations/${austin()}/vip-rule`)).body).toEqual({ lifetimeSpendCents: 80_000 });
    await h.patientTexts(frontdesk, spender, 'Hello again');
    const [byspend] = await h.alertsFor(spender, 'vip_patient_texted');
    expect(byspend).toBeDefined();
    await h.notified(byspend!.id);
    expect(h.mailsOf(byspend!.id)).toHaveLength(2);
    const context = await h.call(frontdesk, 'GET', `/conversations/${await conversationOf(spender)}/context`);
    expect(context.body).toMatchObject({ vip: { vip: true, marked: false, thresholdCents: 80_000 } });

    // Bad input is a 400; only staff who manage settings change the rule.
    expect((await h.call(owner, 'PUT', `/locations/${austin()}/vip-rule`, { lifetimeSpendCents: -5 })).status).toBe(400);
    expect((await h.call(owner, 'PUT', `/locations/${austin()}/vip-rule`, { lifetimeSpendCents: '800' })).status).toBe(400);
    const provider = await h.system.login('provider@glow.test');
    expect((await h.call(provider, 'PUT', `/locations/${austin()}/vip-rule`, { lifetimeSpendCents: null })).status).toBe(403);
    expect((await h.call(owner, 'PUT', `/locations/${austin()}/vip-rule`, { lifetimeSpendCents: null })).status).toBe(200);
  });

  it('reads a stored text the same way on the inbound workflow’s path: urgent and VIP alerts, once however often it runs', async () => {
    const em = () => h.system.orm.em.fork();
    const patient = em().create(Patient, { organizationId: h.system.org.organizationId, firstName: 'Tove', lastName: 'Lindqvist', phone: '+15125557441', email: null, vip: true });
    await em().persist(patient).flush();
    const conversation = await findOrCreateConversation(em(), { organizationId: h.system.org.organizationId, locationId: austin(), patientId: patient.id });
    const message = em().create(Message, {
      conversationId: conversation.id, direction: 'inbound', body: 'I think I am having an allergic reaction, my face has hives', status: 'received', automated: false, kind: 'patient_reply',
      fromNumber: patient.phone, toNumber: '+15125550100', providerSid: 'SM-notify-events-legacy', idempotencyKey: null, errorCode: null, errorMessage: null, sentByStaffId: null, segments: 1,
    });
    await em().persist(message).flush();
    const activities = createInboundActivities({ em, sender: new SimulatorSmsSender(em, TEST_AUTH_TOKEN) });
    await activities.interpretInboundMessage({ messageId: message.id });
    await activities.interpretInboundMessage({ messageId: message.id });
    expect(await h.alertsFor(patient.phone, 'urgent_patient_message')).toHaveLength(1);
    expect(await h.alertsFor(patient.phone, 'vip_patient_texted')).toHaveLength(1);
    expect((await em().findOneOrFail(Message, message.id)).classification).toMatchObject({ urgent: true });
  });

  it('announces an opening when an appointment later today is cancelled: the slot in the email, never the patient', async () => {
    const startsAt = new Date(Date.now() + 90_000).toISOString();
    const book = async (key: string, at: string) => {
      const event = h.system.appointmentCreated(key, { firstName: 'Wren', lastName: 'Halloway', phone: '+15125557421' }, { startsAt: at });
      expect((await h.system.postBookingEvent({ ...event, appointment: { ...event.appointment, providerName: 'Dr. Mara Cole' } })).status).toBe(202);
      return event;
    };
    const cancel = async (event: Awaited<ReturnType<typeof book>>, suffix = '') =>
      expect((await h.system.postBookingEvent({ ...event, eventId: `${event.eventId}-cancel${suffix}`, type: 'appointment.cancelled', occurredAt: new Date().toISOString(), appointment: { ...event.appointment, providerName: 'Dr. Mara Cole' } })).status).toBe(202);

    const today = await book('waitlist-today', startsAt);
    await cancel(today);
    const appointment = await h.system.orm.em.fork().findOneOrFail(Appointment, { externalId: 'waitlist-today' });
    const [alert] = await h.system.orm.em.fork().find(StaffAlert, { kind: 'waitlist_opening', appointmentId: appointment.id });
    const time = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', hour: 'numeric', minute: '2-digit' }).format(new Date(startsAt)).replace(/[\u202f\u00a0]/g, ' ');
    expect(alert).toMatchObject({ locationId: austin(), patientId: null, message: `Opening today ${time} with Dr. Mara Cole (Botox, 30 min)` });
    // The same cancellation delivered again (a booking-system retry) changes nothing; cancelling a cancelled one neither.
    await cancel(today);
    await cancel(today, '-again');
    expect(await h.system.orm.em.fork().count(StaffAlert, { kind: 'waitlist_opening', appointmentId: appointment.id })).toBe(1);

    await h.notified(alert!.id);
    const mails = h.mailsOf(alert!.id);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(['frontdesk@glow.test', 'owner@glow.test']);
    for (const mail of mails) {
      expect(mail.subject).toBe('Beacon: Opening today (appointment cancelled) at Glow Aesthetics - Austin');
      expect(mail.text).toContain(`Opening today ${time} with Dr. Mara Cole (Botox, 30 min)`);
      expect(mail.text).toContain(`${CONSOLE}/calendar`);
      for (const phi of ['Wren', 'Halloway', '7421']) expect(mail.text).not.toContain(phi);
    }

    // Cancelled for another day: no opening today.
    const later = await book('waitlist-later', new Date(Date.now() + 3 * 86_400_000).toISOString());
    await cancel(later);
    const laterId = (await h.system.orm.em.fork().findOneOrFail(Appointment, { externalId: 'waitlist-later' })).id;
    expect(await h.system.orm.em.fork().count(StaffAlert, { kind: 'waitlist_opening', appointmentId: laterId })).toBe(0);
  });

  it('emails staff when a text a person sent, or an appointment text, finally could not be delivered', async () => {
    const em = () => h.system.orm.em.fork();
    const patient = em().create(Patient, { organizationId: h.system.org.organizationId, firstName: 'Ines', lastName: 'Marlow', phone: '+15125557431', email: null });
    await em().persist(patient).flush();
    const staff = await em().findOneOrFail(Staff, { email: 'frontdesk@glow.test' });
    const sender = new SimulatorSmsSender(em, TEST_AUTH_TOKEN);
    const sent = await sendOutboundMessage({ em, sender }, { idempotencyKey: 'notify-events:undelivered', locationId: austin(), patientId: patient.id, body: 'See you soon', kind: 'manual', automated: false, sentByStaffId: staff.id });
    const message = await em().findOneOrFail(Message, sent.messageId);
    expect(await applyDeliveryStatus(em(), { providerSid: message.providerSid!, status: 'undelivered', errorCode: '30003' })).toBe(true);
    const [alert] = await h.alertsFor('+15125557431', 'message_failed');
    expect(alert).toBeDefined();
    await h.notified(alert!.id);
    expect(h.mailsOf(alert!.id).map((m) => m.subject)).toEqual(['Beacon: A text could not be delivered at Glow Aesthetics - Austin', 'Beacon: A text could not be delivered at Glow Aesthetics - Austin']);
    // The carrier saying the number opted out is a consent record, not a failed text.
    const optedOut = await sendOutboundMessage({ em, sender }, { idempotencyKey: 'notify-events:21610', locationId: austin(), patientId: patient.id, body: 'Hello?', kind: 'manual', automated: false, sentByStaffId: staff.id });
    const second = await em().findOneOrFail(Message, optedOut.messageId);
    await applyDeliveryStatus(em(), { providerSid: second.providerSid!, status: 'undelivered', errorCode: '21610' });
    expect(await h.alertsFor('+15125557431', 'message_failed')).toHaveLength(1);

    // An appointment text the carrier reports undelivered after it was sent (the workflow saw "sent").
    const booked = h.system.appointmentCreated('notify-events-undelivered', { firstName: 'Ines', lastName: 'Marlow', phone: '+15125557432' });
    expect((await h.system.postBookingEvent(booked)).status).toBe(202);
    const confirmation = await eventually(() => em().findOne(Message, { toNumber: '+15125557432', direction: 'outbound', providerSid: { $ne: null } }), 'the booking confirmation sent');
    // The simulator's carrier reports at once; this one has only said "sent" so far.
    await em().nativeUpdate(Message, { id: confirmation.id }, { status: 'sent' });
    expect(await applyDeliveryStatus(em(), { providerSid: confirmation.providerSid!, status: 'undelivered', errorCode: '30005' })).toBe(true);
    const [reminderFailed] = await h.alertsFor('+15125557432', 'message_failed');
    const appointmentId = (await em().findOneOrFail(Appointment, { externalId: 'notify-events-undelivered' })).id;
    expect(reminderFailed).toMatchObject({ appointmentId });
    await h.notified(reminderFailed!.id);
    expect(h.mailsOf(reminderFailed!.id).map((m) => m.text)).toEqual([expect.stringContaining(`${CONSOLE}/inbox/`), expect.stringContaining(`${CONSOLE}/inbox/`)]);

    // The outbound workflow gives up on a text the provider never took: the same alert, emailed.
    const queued = await sendOutboundMessage({ em, sender }, { idempotencyKey: 'notify-events:unsent', locationId: austin(), patientId: patient.id, body: 'Are you there?', kind: 'manual', automated: false, sentByStaffId: staff.id });
    await createOutboundActivities({ em, sender }).markMessageUnsent({ messageId: queued.messageId, reason: 'The provider could not be reached.' });
    const failed = await h.alertsFor('+15125557431', 'message_failed');
    expect(failed).toHaveLength(2);
    await h.notified(failed[1]!.id);
    expect(h.mailsOf(failed[1]!.id)).toHaveLength(2);
  });

  it('emails staff when a bulk send finished, with a link to the send and no patient', async () => {
    const org = { organizationId: h.system.org.organizationId, integrationId: h.system.org.integrationId, locationId: austin() };
    await insertPatients(h.system.orm.em.fork(), org, [{ firstName: 'Quinn', phone: '+15125557451', appointment: { startsAt: laterToday(h.system.org.locations.austin.timeZone), providerName: 'Dr. Notify Bulk' } }]);
    const started = await h.call(frontdesk, 'POST', '/bulk-sends', { locationId: austin(), criteria: { scenario: 'provider_running_late', providerName: 'Dr. Notify Bulk', delayMinutes: 10 }, ratePerSecond: 10 });
    expect(started.status).toBe(202);
    const id = (started.body as { id: string }).id;
    const alert = await eventually(() => h.system.orm.em.fork().findOne(StaffAlert, { dedupeKey: `bulk-send-${id}:finished` }), 'the bulk send finished alert', 60_000);
    await h.notified(alert.id);
    const mails = h.mailsOf(alert.id);
    expect(mails.map((m) => m.to).flat().sort()).toEqual(['frontdesk@glow.test', 'owner@glow.test']);
    for (const mail of mails) {
      expect(mail.subject).toBe('Beacon: Bulk send finished at Glow Aesthetics - Austin');
      expect(mail.text).toContain(`Open Beacon to see the details: ${CONSOLE}/bulk\n`);
      expect(mail.text).not.toContain('Quinn');
      expect(mail.text).not.toContain('7451');
    }
  });

  it('never holds an urgent email back for a summary, while other events to a person who just had many are held', async () => {
    // The coordinator gets THRESHOLD emails within the window (nothing else in this file emails them).
    const coordinatorOnly = (eventType: string) => ({ eventType, emailEnabled: true, roles: ['treatment_coordinator'] });
    const saved = await h.call(owner, 'PUT', `/locations/${austin()}/notifications`, { settings: ['message_failed', 'urgent_patient_message', 'negative_patient_message'].map(coordinatorOnly) });
    expect(saved.status).toBe(200);
    const em = h.system.orm.em.fork();
    const raise = (kind: 'message_failed' | 'urgent_patient_message' | 'patient_complaint', key: string) =>
      raiseStaffAlert(em, { organizationId: h.system.org.organizationId, locationId: austin(), kind, message: 'Test alert.', dedupeKey: key });
    for (let i = 0; i < THRESHOLD; i += 1) await raise('message_failed', `notify-events-fill-${i}`);
    const fill = await em.find(StaffAlert, { dedupeKey: { $like: 'notify-events-fill-%' } });
    await Promise.all(fill.map((a) => h.notified(a.id)));
    const toCoordinator = () => h.inbox.filter((m) => m.to.includes('coordinator@glow.test'));
    expect(toCoordinator()).toHaveLength(THRESHOLD);

    await raise('urgent_patient_message', 'notify-events-urgent');
    await raise('patient_complaint', 'notify-events-unhappy');
    const urgent = await em.findOneOrFail(StaffAlert, { dedupeKey: 'notify-events-urgent' });
    const unhappy = await em.findOneOrFail(StaffAlert, { dedupeKey: 'notify-events-unhappy' });
    const statusOf = async (alertId: string) => (await em.fork().execute<{ status: string }[]>('select status from notification_email where alert_id = ?', [alertId]))[0]?.status;
    expect(await eventually(() => statusOf(urgent.id), 'the urgent email decided')).not.toBe('held');
    await h.notified(urgent.id);
    expect(h.mailsOf(urgent.id).map((m) => [m.to, m.highPriority])).toEqual([[['coordinator@glow.test'], true]]);
    // The unhappy-patient email waits for the summary (its workflow is now sleeping until the window ends).
    expect(await eventually(() => statusOf(unhappy.id), 'the unhappy email decided')).toBe('held');
    expect(h.mailsOf(unhappy.id)).toEqual([]);
  });
});
