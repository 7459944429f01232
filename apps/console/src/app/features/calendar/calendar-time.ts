/**
 * Calendar arithmetic in a location's own time zone, whatever the browser's zone is.
 * Dates are plain calendar days ({year, month 1-12, day}); instants are epoch milliseconds.
 */
import { localParts, shiftLocalDate, zonedTimeToEpoch } from '@beacon/scheduling';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

// The time-zone arithmetic itself is @beacon/scheduling's (the same code plans the reminders).

export function zonedYmd(ms: number, timeZone: string): Ymd {
  const { year, month, day } = localParts(ms, timeZone);
  return { year, month, day };
}

/** Local midnight of `day` in `timeZone`. */
export function startOfDay(day: Ymd, timeZone: string): number {
  return zonedTimeToEpoch({ ...day, hour: 0, minute: 0 }, timeZone);
}

export function addDays(day: Ymd, days: number): Ymd {
  return shiftLocalDate(day, days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Ymd): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** The Monday of the week that contains `day`. */
export function startOfWeek(day: Ymd): Ymd {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function sameDay(a: Ymd, b: Ymd): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** "2026-11-25" */
export function ymdKey(day: Ymd): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

export function parseYmd(value: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return ymdKey(addDays(day, 0)) === value ? day : null;
}

/** Minutes since local midnight of the instant, in `timeZone`. */
export function minuteOfDay(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return p.hour * 60 + p.minute;
}

// ---- Formatting (en-US wording, location time zone) ----

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', options);
    formatters.set(key, f);
  }
  return f;
}

/** A calendar day as a Date at noon UTC, for formatting with timeZone 'UTC'. */
function asUtcNoon(day: Ymd): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
}

/** "10:30 AM" in the location's zone. */
export function formatTime(iso: string, timeZone: string): string {
  return formatter(`time:${timeZone}`, { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "Nov 24, 3:05 PM" in the location's zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return formatter(`dt:${timeZone}`, { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "Thursday, November 26, 2026" */
export function formatLongDay(day: Ymd): string {
  return formatter('long', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(asUtcNoon(day));
}

/** "Thu" */
export function formatWeekday(day: Ymd): string {
  return formatter('wd', { timeZone: 'UTC', weekday: 'short' }).format(asUtcNoon(day));
}

/** "Nov 26" */
export function formatShortDay(day: Ymd): string {
  return formatter('short', { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(asUtcNoon(day));
}

/** "Nov 23 – 29, 2026" or "Nov 30 – Dec 6, 2026" */
export function formatWeekRange(first: Ymd, last: Ymd): string {
  const end = first.month === last.month ? String(last.day) : formatShortDay(last);
  return `${formatShortDay(first)} – ${end}, ${last.year}`;
}

/** "CST" / "PDT" — the zone's short name at that instant. */
export function zoneAbbreviation(ms: number, timeZone: string): string {
  const parts = formatter(`tzname:${timeZone}`, { timeZone, timeZoneName: 'short' }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
