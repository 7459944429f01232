/**
 * Is a clinic open at an instant? Pure (no clock reads): wall-clock arithmetic in the location's
 * own time zone through `localParts`, so daylight-saving changes need no special cases.
 *
 * - A span whose close is not after its open runs past midnight: { open: "22:00", close: "02:00" }
 *   on Friday covers Friday 22:00 → Saturday 02:00; close "00:00" means "until midnight".
 * - A closure date (holiday) closes that day's own spans. The early-morning tail of the previous
 *   evening's overnight span still belongs to the previous day and stays open.
 */
import { localParts, parseTimeOfDay } from './time-zone.js';

export type Weekday = '0' | '1' | '2' | '3' | '4' | '5' | '6';
/** Per weekday (0 = Sunday), "HH:MM" 24 h spans in local time; an empty list = closed all day. */
export type WeeklyOpeningHours = Record<Weekday, { open: string; close: string }[]>;

export interface BusinessHoursSchedule {
  weekly: WeeklyOpeningHours;
  /** Whole local days the clinic is closed, "YYYY-MM-DD" (holidays, closures). */
  closures?: { date: string; name?: string }[];
}

export class InvalidBusinessHoursError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidBusinessHoursError';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateKey = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Throws with a sentence naming the bad span; returns nothing when the schedule is usable. */
export function validateBusinessHours(schedule: BusinessHoursSchedule): void {
  for (const day of ['0', '1', '2', '3', '4', '5', '6'] as const) {
    for (const span of schedule.weekly[day] ?? []) {
      const open = parseTimeOfDay(span.open);
      const close = parseTimeOfDay(span.close);
      if (open === null || close === null) throw new InvalidBusinessHoursError(`Opening hours must be HH:MM (24-hour), e.g. 09:00 — got "${span.open}"–"${span.close}".`);
      if (open === close) throw new InvalidBusinessHoursError(`An opening span cannot open and close at the same time (${span.open}).`);
    }
  }
  for (const c of schedule.closures ?? []) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.date);
    const valid = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(c.date);
    if (!valid) throw new InvalidBusinessHoursError(`Closure dates must be real dates written YYYY-MM-DD — got "${c.date}".`);
  }
}

export function isWithinBusinessHours(schedule: BusinessHoursSchedule, timeZone: string, instantMs: number): boolean {
  const local = localParts(instantMs, timeZone);
  const minute = local.hour * 60 + local.minute;
  const today = new Date(Date.UTC(local.year, local.month - 1, local.day));
  const yesterday = new Date(today.getTime() - 86_400_000);
  const closed = new Set((schedule.closures ?? []).map((c) => c.date));
  const key = (d: Date) => dateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const spans = (d: Date) => (schedule.weekly[String(d.getUTCDay()) as Weekday] ?? []).flatMap((s) => {
    const open = parseTimeOfDay(s.open);
    const close = parseTimeOfDay(s.close);
    return open === null || close === null || open === close ? [] : [{ open, close }];
  });

  if (!closed.has(key(today))) {
    for (const s of spans(today)) {
      if (s.close > s.open ? minute >= s.open && minute < s.close : minute >= s.open) return true;
    }
  }
  if (!closed.has(key(yesterday))) {
    for (const s of spans(yesterday)) {
      if (s.close <= s.open && minute < s.close) return true;
    }
  }
  return false;
}
