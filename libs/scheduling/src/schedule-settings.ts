import { isValidTimeZone, parseTimeOfDay, type SendingHours } from './time-zone.js';

/**
 * Reminder offsets a location can choose, longest first.
 *
 * - `Nd` — N calendar days before, at the same local wall time (a "day" may be 23 or 25 h across DST).
 * - `Nh` / `Nm` — exact durations before the appointment.
 * - `same_day_morning` — `sameDayMorningTime` on the local calendar day of the appointment.
 *
 * The order is also the tie-break between two reminders at the same nominal instant: the later
 * entry (the more specific one) is kept, e.g. `24h` over `1d` on a day without a DST change.
 */
export const REMINDER_OFFSETS = ['14d', '10d', '7d', '5d', '3d', '2d', '1d', '24h', '2h', '60m', '30m', '15m', 'same_day_morning'] as const;
export type ReminderOffset = (typeof REMINDER_OFFSETS)[number];

export type { SendingHours } from './time-zone.js';

/** Per-location settings that drive an appointment's automated steps. */
export interface AppointmentScheduleSettings {
  /** IANA zone of the location; patients are treated as being in it. */
  timeZone: string;
  /** Reminder offsets chosen for the location (order and duplicates do not matter to the plan, but duplicates fail validation). */
  reminders: ReminderOffset[];
  /** Window in which patient-facing messages may be sent (local time, end exclusive). */
  sendingHours: SendingHours;
  /** Local "HH:MM" of the `same_day_morning` reminder, e.g. "08:00". */
  sameDayMorningTime: string;
  /** Whether to send the "Reply C to confirm or R to reschedule" request (and its follow-up and high-risk check). */
  confirmationRequest: boolean;
  /** Hours before the appointment for the confirmation request, e.g. 48. */
  confirmationRequestHours: number;
  /** Hours before the appointment for the follow-up if still unconfirmed, e.g. 24. */
  followUpHours: number;
  /** Hours before the appointment to flag high risk and alert staff if still unconfirmed, e.g. 12. */
  highRiskHours: number;
}

/**
 * Defaults for a new location. The 48 h and 24 h touch points are the confirmation request and
 * its follow-up, so the default reminders are only `7d` and `2h`. `timeZone` is a neutral "UTC"
 * placeholder: always spread these and set the location's own zone.
 * Deeply frozen — copy the arrays/objects before changing them.
 */
export const DEFAULT_SCHEDULE_SETTINGS: Readonly<AppointmentScheduleSettings> = Object.freeze({
  timeZone: 'UTC',
  reminders: Object.freeze(['7d', '2h']) as ReminderOffset[],
  sendingHours: Object.freeze({ start: '08:00', end: '20:00' }),
  sameDayMorningTime: '08:00',
  confirmationRequest: true,
  confirmationRequestHours: 48,
  followUpHours: 24,
  highRiskHours: 12,
});

const MIN_HOURS = 1;
const MAX_HOURS = 168;

function isReminderOffset(value: unknown): value is ReminderOffset {
  return typeof value === 'string' && (REMINDER_OFFSETS as readonly string[]).includes(value);
}

function checkHours(name: string, value: unknown, problems: string[]): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < MIN_HOURS || value > MAX_HOURS) {
    problems.push(`${name} must be a number of hours from ${MIN_HOURS} to ${MAX_HOURS}, got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}.`);
    return false;
  }
  return true;
}

/**
 * Human-readable problems with `settings`; an empty array means they are valid.
 *
 * Checks: known IANA zone; strict "HH:MM" for sending hours and the same-day-morning time;
 * sending-hours end after start; known, non-duplicated reminder offsets; confirmation hours in
 * 1..168 with request > follow-up > high-risk. The hours are checked even when the confirmation
 * request is off, so turning it on later cannot reveal stale values.
 */
export function validateScheduleSettings(settings: AppointmentScheduleSettings): string[] {
  const problems: string[] = [];

  if (!isValidTimeZone(settings.timeZone)) {
    problems.push(`Unknown time zone ${JSON.stringify(settings.timeZone)}; expected an IANA zone such as "America/Chicago".`);
  }

  const hours: Partial<SendingHours> = typeof settings.sendingHours === 'object' && settings.sendingHours !== null ? settings.sendingHours : {};
  const start = parseTimeOfDay(hours.start ?? '');
  const end = parseTimeOfDay(hours.end ?? '');
  if (start === null) problems.push(`Sending hours start must be a 24-hour "HH:MM" time, got ${JSON.stringify(hours.start)}.`);
  if (end === null) problems.push(`Sending hours end must be a 24-hour "HH:MM" time, got ${JSON.stringify(hours.end)}.`);
  if (start !== null && end !== null && end <= start) {
    problems.push(`Sending hours end (${hours.end}) must be later than start (${hours.start}) on the same day.`);
  }

  if (parseTimeOfDay(settings.sameDayMorningTime) === null) {
    problems.push(`Same-day morning time must be a 24-hour "HH:MM" time, got ${JSON.stringify(settings.sameDayMorningTime)}.`);
  }

  if (!Array.isArray(settings.reminders)) {
    problems.push('Reminders must be a list of reminder offsets.');
  } else {
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const offset of settings.reminders as unknown[]) {
      if (!isReminderOffset(offset)) {
        problems.push(`Unknown reminder offset ${JSON.stringify(offset)}; expected one of ${REMINDER_OFFSETS.join(', ')}.`);
      } else if (seen.has(offset)) {
        if (!reported.has(offset)) problems.push(`Reminder offset "${offset}" is listed more than once.`);
        reported.add(offset);
      } else {
        seen.add(offset);
      }
    }
  }

  if (typeof settings.confirmationRequest !== 'boolean') {
    problems.push(`confirmationRequest must be true or false, got ${JSON.stringify(settings.confirmationRequest)}.`);
  }
  const requestOk = checkHours('Confirmation request hours', settings.confirmationRequestHours, problems);
  const followUpOk = checkHours('Follow-up hours', settings.followUpHours, problems);
  const highRiskOk = checkHours('High-risk hours', settings.highRiskHours, problems);
  if (requestOk && followUpOk && settings.confirmationRequestHours <= settings.followUpHours) {
    problems.push(
      `Confirmation request hours (${settings.confirmationRequestHours}) must be more than follow-up hours (${settings.followUpHours}).`,
    );
  }
  if (followUpOk && highRiskOk && settings.followUpHours <= settings.highRiskHours) {
    problems.push(`Follow-up hours (${settings.followUpHours}) must be more than high-risk hours (${settings.highRiskHours}).`);
  }

  return problems;
}

/** Thrown by `planAppointmentSteps` for settings that fail {@link validateScheduleSettings}. */
export class InvalidScheduleSettingsError extends Error {
  override readonly name = 'InvalidScheduleSettingsError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid appointment schedule settings: ${problems.join(' ')}`);
  }
}
