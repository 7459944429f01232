// Import-free on purpose: test/console/relative-date.spec.ts runs it under Node's module rules.
const rtf = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Closer than this, "in 5 hours" says more than "tomorrow" (e.g. 11 PM → 2 AM). */
const CLOCK_WINDOW = 6 * HOUR;

const isoDayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local date at `ms` in `timeZone`, as a day count since 1970-01-01 ("en-CA" formats as YYYY-MM-DD). */
function localDayNumber(ms: number, timeZone: string): number {
  let f = isoDayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    isoDayFormatters.set(timeZone, f);
  }
  const [year = 1970, month = 1, day = 1] = f.format(ms).split('-').map(Number);
  return Date.UTC(year, month - 1, day) / (24 * HOUR);
}

/** Whole calendar days from `now`'s local date to `ms`'s local date in `timeZone` (DST-proof). */
export function calendarDaysBetween(now: number, ms: number, timeZone: string): number {
  return localDayNumber(ms, timeZone) - localDayNumber(now, timeZone);
}

/**
 * "in 20 minutes", "in 3 hours", "tomorrow", "in 3 days", "next week", "3 months ago".
 * Days are counted as calendar days in the location's time zone, not 24-hour blocks: an
 * appointment tomorrow at 2:30 PM is "tomorrow" whatever the hour now.
 */
export function fromNow(iso: string, now: number, timeZone: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const diff = t - now;
  const abs = Math.abs(diff);
  const days = calendarDaysBetween(now, t, timeZone);
  if (days === 0 || abs < CLOCK_WINDOW) {
    if (abs >= HOUR) return rtf.format(Math.trunc(diff / HOUR), 'hour');
    if (abs >= MINUTE) return rtf.format(Math.trunc(diff / MINUTE), 'minute');
    return 'now';
  }
  const absDays = Math.abs(days);
  if (absDays < 7) return rtf.format(days, 'day');
  if (absDays < 30) return rtf.format(Math.trunc(days / 7), 'week');
  if (absDays < 365) return rtf.format(Math.trunc(days / 30), 'month');
  return rtf.format(Math.trunc(days / 365), 'year');
}
