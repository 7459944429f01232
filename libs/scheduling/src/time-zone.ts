/**
 * Pure time-zone arithmetic on epoch milliseconds, built on `Intl.DateTimeFormat` only.
 *
 * Safe for Temporal workflow code: no Node built-ins, no I/O, and no reading of the current
 * clock (`Date.now()` / argument-less `new Date()` are never used — callers pass instants in).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock date and time in some time zone. `month` is 1–12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** Input of {@link zonedTimeToEpoch}: seconds and milliseconds default to 0. */
export interface LocalDateTimeInput {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
}

/** Local sending window, "HH:MM" 24-hour strings; `start` inclusive, `end` exclusive. */
export interface SendingHours {
  /** e.g. "08:00" (local time in the location's zone, inclusive). */
  start: string;
  /** e.g. "20:00" (local time in the location's zone, exclusive). */
  end: string;
}

// One formatter per zone. The cache never changes a result, so it keeps the module deterministic.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `Intl` knows the IANA zone (e.g. "America/Chicago"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function floorMod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

// `format()` is several times faster than `formatToParts()`; en-US with these options prints
// "3/14/2027, 03:00:00". Anything else (e.g. an era for years before 1) falls back to parts.
const EN_US_DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4,}),? (\d{1,2}):(\d{2}):(\d{2})$/;

/** The wall-clock date and time of `epochMs` in `timeZone`. Throws a RangeError for an unknown zone. */
export function localParts(epochMs: number, timeZone: string): LocalDateTime {
  const formatter = formatterFor(timeZone);
  const millisecond = floorMod(epochMs, 1000);
  const match = EN_US_DATE_TIME.exec(formatter.format(epochMs));
  if (match) {
    const [, month, day, year, hour, minute, second] = match.map(Number);
    if (year !== undefined && month !== undefined && day !== undefined && hour !== undefined && minute !== undefined && second !== undefined) {
      // hourCycle h23 never yields "24", but older engines did for midnight; normalise anyway.
      return { year, month, day, hour: hour % 24, minute, second, millisecond };
    }
  }
  const out: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond };
  for (const { type, value } of formatter.formatToParts(epochMs)) {
    if (type === 'year' || type === 'month' || type === 'day' || type === 'minute' || type === 'second') {
      out[type] = Number(value);
    } else if (type === 'hour') {
      out.hour = Number(value) % 24;
    }
  }
  return out;
}

/** The wall clock read as if it were UTC, in ms — the basis for offset arithmetic. */
function wallAsUtc(parts: LocalDateTimeInput): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second ?? 0, parts.millisecond ?? 0);
}

/** UTC offset of `timeZone` at `epochMs`, in ms (local = UTC + offset; Chicago in winter: -6 h). */
export function timeZoneOffsetMs(epochMs: number, timeZone: string): number {
  return wallAsUtc(localParts(epochMs, timeZone)) - epochMs;
}

/**
 * The instant at which the wall clock in `timeZone` shows `local`.
 *
 * - Nonexistent local time (spring-forward gap, e.g. 02:30 on 2027-03-14 in America/Chicago):
 *   the instant just after the gap, i.e. the transition itself (03:00 CDT in that example).
 * - Ambiguous local time (fall-back overlap, e.g. 01:30 on 2026-11-01 in America/Chicago):
 *   the earlier of the two instants (01:30 CDT).
 *
 * Out-of-range fields are normalised like `Date.UTC` does (day 0 = last day of previous month).
 */
export function zonedTimeToEpoch(local: LocalDateTimeInput, timeZone: string): number {
  const wall = wallAsUtc(local);
  // Offsets on both sides of any transition near this wall time (zones change at most once a day).
  const offsetBefore = timeZoneOffsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = timeZoneOffsetMs(wall + DAY_MS, timeZone);
  if (offsetBefore === offsetAfter) {
    // The usual case: no transition nearby, so the offset is constant and the answer unique.
    const epoch = wall - offsetBefore;
    if (timeZoneOffsetMs(epoch, timeZone) === offsetBefore) return epoch;
  }
  const candidates = [...new Set([offsetBefore, offsetAfter, timeZoneOffsetMs(wall, timeZone)])]
    .map((offset) => wall - offset)
    .filter((epoch) => timeZoneOffsetMs(epoch, timeZone) === wall - epoch)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return earliest;

  // A gap: the wall time was skipped. Find the transition instant between reading it with the
  // old offset (lands after the gap) and with the new one (lands before it).
  if (offsetAfter <= offsetBefore) return wall - offsetBefore; // not a forward jump; cannot happen with real tz data
  let lo = wall - offsetAfter; // still on the old offset
  let hi = wall - offsetBefore; // already on the new offset
  const oldOffset = timeZoneOffsetMs(lo, timeZone);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (timeZoneOffsetMs(mid, timeZone) === oldOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The calendar date `days` after (negative: before) the given date — plain proleptic-Gregorian arithmetic. */
export function shiftLocalDate(
  parts: Pick<LocalDateTime, 'year' | 'month' | 'day'>,
  days: number,
): { year: number; month: number; day: number } {
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** [from, to) in epoch ms of one local calendar day — 23 or 25 hours long on DST-change days. */
export function localDayRange(date: Pick<LocalDateTime, 'year' | 'month' | 'day'>, timeZone: string): { from: number; to: number } {
  const next = shiftLocalDate(date, 1);
  return {
    from: zonedTimeToEpoch({ year: date.year, month: date.month, day: date.day, hour: 0, minute: 0 }, timeZone),
    to: zonedTimeToEpoch({ ...next, hour: 0, minute: 0 }, timeZone),
  };
}

/**
 * Same local wall time `days` calendar days later (negative: earlier) in `timeZone`.
 * Keeps the wall time across DST changes (so a "day" may be 23 or 25 hours); a wall time that
 * does not exist on the target day resolves as in {@link zonedTimeToEpoch}.
 */
export function addLocalDays(epochMs: number, days: number, timeZone: string): number {
  const parts = localParts(epochMs, timeZone);
  return zonedTimeToEpoch({ ...parts, ...shiftLocalDate(parts, days) }, timeZone);
}

/** Minutes after midnight for a strict 24-hour "HH:MM" (00:00–23:59), or null when malformed. */
export function parseTimeOfDay(value: string): number | null {
  if (typeof value !== 'string') return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Parsed, checked sending window in minutes after local midnight. Throws on malformed hours. */
export interface SendingWindow {
  startMinute: number;
  endMinute: number;
}

export function parseSendingHours(hours: SendingHours): SendingWindow {
  const startMinute = parseTimeOfDay(hours.start);
  const endMinute = parseTimeOfDay(hours.end);
  if (startMinute === null || endMinute === null || endMinute <= startMinute) {
    throw new RangeError(`Invalid sending hours ${JSON.stringify(hours)}: expected "HH:MM" with start < end.`);
  }
  return { startMinute, endMinute };
}

/** Milliseconds since local midnight (wall clock). */
function timeOfDayMs(parts: LocalDateTime): number {
  return ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000 + parts.millisecond;
}

/** True when the wall-clock time `parts` lies in the window [start, end). */
export function isWallTimeWithin(parts: LocalDateTime, window: SendingWindow): boolean {
  const tod = timeOfDayMs(parts);
  return tod >= window.startMinute * MINUTE_MS && tod < window.endMinute * MINUTE_MS;
}

/** True when the local time of `epochMs` in `timeZone` lies in [start, end). */
export function isWithinSendingHours(epochMs: number, hours: SendingHours | SendingWindow, timeZone: string): boolean {
  const window = 'startMinute' in hours ? hours : parseSendingHours(hours);
  return isWallTimeWithin(localParts(epochMs, timeZone), window);
}

/**
 * The earliest instant ≥ `epochMs` inside sending hours: `epochMs` itself when inside, else the
 * next local `start` (today when before it, tomorrow when at/after `end`).
 */
export function nextSendingOpening(epochMs: number, hours: SendingHours | SendingWindow, timeZone: string): number {
  const window = 'startMinute' in hours ? hours : parseSendingHours(hours);
  const parts = localParts(epochMs, timeZone);
  if (isWallTimeWithin(parts, window)) return epochMs;
  const date = timeOfDayMs(parts) < window.startMinute * MINUTE_MS ? parts : shiftLocalDate(parts, 1);
  const hour = Math.floor(window.startMinute / 60);
  const minute = window.startMinute % 60;
  return zonedTimeToEpoch({ year: date.year, month: date.month, day: date.day, hour, minute }, timeZone);
}
