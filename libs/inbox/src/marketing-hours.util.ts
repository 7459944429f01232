import { localParts } from '@beacon/scheduling';

export interface QuietHours {
  /** "HH:MM" local time from which marketing may be sent. */
  start: string;
  /** "HH:MM" local time after which it may not. */
  end: string;
}

/** The strictest common state rule (Florida, Oklahoma): 8 am–8 pm in the recipient's time zone. */
export const DEFAULT_MARKETING_HOURS: QuietHours = { start: '08:00', end: '20:00' };

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** True when `at` falls inside the allowed marketing window in `timeZone`. */
export function withinMarketingHours(at: Date, timeZone: string, hours: QuietHours = DEFAULT_MARKETING_HOURS): boolean {
  const local = localParts(at.getTime(), timeZone);
  const minute = local.hour * 60 + local.minute;
  return minute >= minutesOf(hours.start) && minute < minutesOf(hours.end);
}

/** "8:00 AM–8:00 PM" for messages to staff. */
export function describeHours(hours: QuietHours): string {
  const fmt = (hhmm: string) => {
    const total = minutesOf(hhmm);
    const h = Math.floor(total / 60);
    const m = total % 60;
    return `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  };
  return `${fmt(hours.start)}–${fmt(hours.end)}`;
}
