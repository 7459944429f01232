import nodemailer from 'nodemailer';
import { notificationDigestEmail, notificationEmail } from './notification-email.util.js';
import { parseReceivedMail } from './received-mail.util.js';

describe('notification emails', () => {
  const email = notificationEmail({
    to: 'owner@clinic.test',
    idempotencyKey: 'alert:a1:s1',
    eventType: 'negative_patient_message',
    locationName: 'Glow Aesthetics - Austin',
    timeZone: 'America/Chicago',
    occurredAt: new Date('2026-12-07T15:30:00Z'),
    link: 'https://console.example.com/inbox/c-1',
  });

  it('says what happened, where and when (local time), with a link into the console', () => {
    expect(email.subject).toBe('Beacon: Unhappy patient message at Glow Aesthetics - Austin');
    expect(email.text).toContain('Location: Glow Aesthetics - Austin');
    expect(email.text).toContain('Time: Dec 7, 2026, 9:30 AM CST');
    expect(email.text).toContain('https://console.example.com/inbox/c-1');
    expect(email.messageId).toBe('<alert.a1.s1@beacon.notifications>');
  });

  it('summarises many events by kind and location', () => {
    const digest = notificationDigestEmail({
      to: 'owner@clinic.test',
      idempotencyKey: 'digest:a9:s1',
      consoleUrl: 'https://console.example.com/inbox',
      items: [
        { eventType: 'message_failed', locationName: 'Austin' },
        { eventType: 'message_failed', locationName: 'Austin' },
        { eventType: 'opted_out', locationName: 'San Diego' },
      ],
    });
    expect(digest.subject).toBe('Beacon: 3 new notifications');
    expect(digest.text).toContain('- A text could not be delivered at Austin: 2\n- Patient opted out after replying CANCEL at San Diego: 1');
  });

  it('reads back what nodemailer writes (encoded subject and body)', async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await transport.sendMail({ from: 'Beacon <n@beacon.local>', to: email.to, subject: email.subject, text: email.text, messageId: email.messageId });
    const raw = (info.message as Buffer).toString('utf8');
    expect(parseReceivedMail(raw, { from: 'n@beacon.local', to: [email.to] })).toEqual({ messageId: email.messageId, from: 'n@beacon.local', to: [email.to], subject: email.subject, text: email.text, highPriority: false });
  });

  const opening = {
    to: 'frontdesk@clinic.test',
    idempotencyKey: 'alert:a2:s1',
    locationName: 'Austin',
    timeZone: 'America/Chicago',
    occurredAt: new Date('2026-12-07T15:30:00Z'),
    link: 'https://console.example.com/calendar',
    alertText: 'Opening today 3:30 PM with Dr. Lee (Botox, 30 min)',
  };

  it('puts the alert text in the email only for events whose text names no patient', () => {
    expect(notificationEmail({ ...opening, eventType: 'waitlist_opening' }).text).toContain('Opening today 3:30 PM with Dr. Lee (Botox, 30 min)');
    for (const eventType of ['negative_patient_message', 'urgent_patient_message', 'vip_patient_texted', 'opted_out'] as const) {
      expect(notificationEmail({ ...opening, eventType, alertText: 'A patient may need help now' }).text).not.toContain('A patient may need help now');
    }
  });

  it('flags urgent events high priority, and the flag survives the trip through nodemailer', async () => {
    const urgent = notificationEmail({ ...opening, eventType: 'urgent_patient_message' });
    expect(urgent.priority).toBe('high');
    expect(notificationEmail({ ...opening, eventType: 'waitlist_opening' }).priority).toBeUndefined();
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await transport.sendMail({ from: 'n@beacon.local', to: urgent.to, subject: urgent.subject, text: urgent.text, messageId: urgent.messageId, priority: 'high' });
    expect(parseReceivedMail((info.message as Buffer).toString('utf8'), { from: 'n@beacon.local', to: [urgent.to] }).highPriority).toBe(true);
  });
});
