import type { ILocation } from '@beacon/db';
import { DEFAULT_SCHEDULE_SETTINGS, REMINDER_OFFSETS, validateScheduleSettings, type AppointmentScheduleSettings, type ReminderOffset } from '@beacon/scheduling';
import type { AppointmentMessagingPolicy } from '@beacon/workflows/appointment/definitions.js';

const isOffset = (v: string): v is ReminderOffset => (REMINDER_OFFSETS as readonly string[]).includes(v);

/**
 * A location's stored settings laid over the defaults. Settings are validated when saved; should a
 * stored document still be invalid, the defaults are used rather than a half-applied schedule.
 */
export function resolveMessagingPolicy(location: Pick<ILocation, 'timeZone' | 'messagingSettings'>): AppointmentMessagingPolicy & { problems: string[] } {
  const s = location.messagingSettings ?? {};
  const schedule: AppointmentScheduleSettings = {
    ...DEFAULT_SCHEDULE_SETTINGS,
    timeZone: location.timeZone,
    ...(s.reminders ? { reminders: s.reminders.filter(isOffset) } : {}),
    ...(s.sendingHours ? { sendingHours: s.sendingHours } : {}),
    ...(s.sameDayMorningTime ? { sameDayMorningTime: s.sameDayMorningTime } : {}),
    ...(s.confirmationRequest !== undefined ? { confirmationRequest: s.confirmationRequest } : {}),
  };
  const problems = validateScheduleSettings(schedule);
  return {
    schedule: problems.length ? { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: location.timeZone } : schedule,
    bookingConfirmation: s.bookingConfirmation ?? { online: true, staff: true },
    cancellationConfirmation: s.cancellationConfirmation ?? true,
    problems,
  };
}
