import type { MessageStatus, PatientSummary } from '../core/models';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const weekdayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const shortDateFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const longDateFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
const dayHeadingFmt = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
const fullFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function toDate(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Compact list-style relative time: "now", "4m", "2h", "Yesterday", "Tue", "Mar 3". */
export function relativeTime(iso: string, now: number): string {
  const d = toDate(iso);
  if (!d) return '';
  const t = d.getTime();
  const diff = now - t;
  if (diff < 45_000) return 'now';
  if (diff < HOUR) return `${Math.max(1, Math.round(diff / MINUTE))}m`;
  const today = startOfDay(now);
  if (t >= today) return `${Math.floor(diff / HOUR)}h`;
  if (t >= today - DAY) return 'Yesterday';
  if (t >= today - 6 * DAY) return weekdayFmt.format(d);
  if (d.getFullYear() === new Date(now).getFullYear()) return shortDateFmt.format(d);
  return longDateFmt.format(d);
}

/** "2:45 PM" */
export function clockTime(iso: string): string {
  const d = toDate(iso);
  return d ? timeFmt.format(d) : '';
}

/** "Mar 3, 2025, 2:45 PM" — for tooltips. */
export function fullDateTime(iso: string): string {
  const d = toDate(iso);
  return d ? fullFmt.format(d) : '';
}

/** Day separator label: "Today", "Yesterday", "Monday, March 3". */
export function dayLabel(iso: string, now: number): string {
  const d = toDate(iso);
  if (!d) return '';
  const day = startOfDay(d.getTime());
  const today = startOfDay(now);
  if (day === today) return 'Today';
  if (day === today - DAY) return 'Yesterday';
  const label = dayHeadingFmt.format(d);
  return d.getFullYear() === new Date(now).getFullYear() ? label : `${label}, ${d.getFullYear()}`;
}

export function dayKey(iso: string): string {
  const d = toDate(iso);
  return d ? `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}` : '';
}

export function patientName(p: Pick<PatientSummary, 'firstName' | 'lastName' | 'phone'>): string {
  const name = `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim();
  return name || p.phone || 'Unknown patient';
}

export function initials(name: string): string {
  const parts = name
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!parts.length) return '#';
  if (/^\d/.test(parts[0]!)) return '#';
  return ((parts[0]![0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]![0] ?? '') : '')).toUpperCase();
}

export const STATUS_LABELS: Record<MessageStatus, string> = {
  received: 'Received',
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  undelivered: 'Not delivered',
  failed: 'Failed',
  blocked: 'Not sent — opted out',
};

/** "appointment_reminder" → "Appointment reminder" */
export function humanize(value: string): string {
  const s = value.replace(/[_-]+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : '';
}
