import { EVENTS_WITH_TEXT_IN_EMAIL, HIGH_PRIORITY_EVENTS, NOTIFICATION_EVENT_LABELS, type NotificationEventType } from './notification-events.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Deterministic per idempotency key, so a receiving server can also recognise a repeat. */
  messageId: string;
  /** Urgent events: mail clients show them flagged. */
  priority?: 'high';
}

export interface NotificationEmailInput {
  to: string;
  idempotencyKey: string;
  eventType: NotificationEventType;
  locationName: string;
  timeZone: string;
  occurredAt: Date;
  /** A link into the console (the thread, the calendar or the inbox); ids only. */
  link: string;
  /** The alert's text; included only for events whose text names no patient (EVENTS_WITH_TEXT_IN_EMAIL). */
  alertText?: string;
}

export function formatLocalTime(at: Date, timeZone: string): string {
  // ICU puts a narrow no-break space before AM/PM: plain spaces keep the email ASCII-friendly.
  return new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })
    .format(at)
    .replace(/[\u202f\u00a0]/g, ' ');
}

function messageIdFor(key: string): string {
  return `<${key.replace(/[^A-Za-z0-9._-]/g, '.')}@beacon.notifications>`;
}

/**
 * One event's email. Minimum necessary: what happened, where and when, and a link — never the
 * patient's name, number or words (the console shows those to whoever signs in and may see them).
 */
export function notificationEmail(input: NotificationEmailInput): OutgoingEmail {
  const label = NOTIFICATION_EVENT_LABELS[input.eventType];
  const when = formatLocalTime(input.occurredAt, input.timeZone);
  const detail = input.alertText && EVENTS_WITH_TEXT_IN_EMAIL.has(input.eventType) ? [input.alertText] : [];
  return {
    to: input.to,
    subject: `Beacon: ${label} at ${input.locationName}`,
    text: [`${label}`, ...detail, `Location: ${input.locationName}`, `Time: ${when}`, '', `Open Beacon to see the details: ${input.link}`, '', 'You get this email because of your notification settings in Beacon.'].join('\n'),
    messageId: messageIdFor(input.idempotencyKey),
    ...(HIGH_PRIORITY_EVENTS.has(input.eventType) ? { priority: 'high' as const } : {}),
  };
}

export interface DigestItem {
  eventType: NotificationEventType;
  locationName: string;
}

/** One summary instead of a flood: how many of each event at each location, and a link. */
export function notificationDigestEmail(input: { to: string; idempotencyKey: string; items: readonly DigestItem[]; consoleUrl: string }): OutgoingEmail {
  const counts = new Map<string, number>();
  for (const item of input.items) {
    const line = `${NOTIFICATION_EVENT_LABELS[item.eventType]} at ${item.locationName}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const lines = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([line, n]) => `- ${line}: ${n}`);
  const n = input.items.length;
  return {
    to: input.to,
    subject: `Beacon: ${n} new notification${n === 1 ? '' : 's'}`,
    text: [`${n} events in the last few minutes:`, ...lines, '', `Open Beacon to see them: ${input.consoleUrl}`, '', 'You get this email because of your notification settings in Beacon.'].join('\n'),
    messageId: messageIdFor(input.idempotencyKey),
  };
}
