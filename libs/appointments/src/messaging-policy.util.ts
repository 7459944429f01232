import type { ILocation } from '@beacon/db';
import { DEFAULT_SCHEDULE_SETTINGS, REMINDER_OFFSETS, validateScheduleSettings, type AppointmentScheduleSettings, type ReminderOffset } from '@beacon/scheduling';
import type { AppointmentMessagingPolicy } from '@beacon/workflows/appointment/definitions.js';
import { DEFAULT_TEMPLATES, TEMPLATE_KINDS, type TemplateKind } from './appointment-messages.util.js';

const isOffset = (v: string): v is ReminderOffset => (REMINDER_OFFSETS as readonly string[]).includes(v);

/** Everything a location's appointment texts depend on, defaults filled in. */
export interface EffectiveMessagingSettings {
  schedule: AppointmentScheduleSettings;
  bookingConfirmation: { online: boolean; staff: boolean };
  cancellationConfirmation: boolean;
  rebookingUrl: string | null;
  /** The text used for every kind: the location's own, or the default. */
  templates: Record<TemplateKind, string>;
  /** The kinds with the location's own text. */
  customTemplates: TemplateKind[];
  /** Problems with the stored schedule; when there are any, the default schedule is in use. */
  problems: string[];
}

/**
 * A location's stored settings laid over the defaults. Settings are validated when saved; should a
 * stored document still be invalid, the defaults are used rather than a half-applied schedule.
 */
export function resolveMessagingSettings(location: Pick<ILocation, 'timeZone' | 'messagingSettings'>): EffectiveMessagingSettings {
  const s = location.messagingSettings ?? {};
  const schedule: AppointmentScheduleSettings = {
    ...DEFAULT_SCHEDULE_SETTINGS,
    reminders: [...DEFAULT_SCHEDULE_SETTINGS.reminders],
    sendingHours: { ...DEFAULT_SCHEDULE_SETTINGS.sendingHours },
    timeZone: location.timeZone,
    ...(s.reminders ? { reminders: s.reminders.filter(isOffset) } : {}),
    ...(s.sendingHours ? { sendingHours: s.sendingHours } : {}),
    ...(s.sameDayMorningTime ? { sameDayMorningTime: s.sameDayMorningTime } : {}),
    ...(s.confirmationRequest !== undefined ? { confirmationRequest: s.confirmationRequest } : {}),
  };
  const problems = validateScheduleSettings(schedule);
  const stored = s.templates ?? {};
  const customTemplates = TEMPLATE_KINDS.filter((k) => typeof stored[k] === 'string' && stored[k].trim() !== '' && stored[k] !== DEFAULT_TEMPLATES[k]);
  const templates = Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, customTemplates.includes(k) ? (stored[k] as string) : DEFAULT_TEMPLATES[k]])) as Record<TemplateKind, string>;
  return {
    schedule: problems.length
      ? { ...DEFAULT_SCHEDULE_SETTINGS, reminders: [...DEFAULT_SCHEDULE_SETTINGS.reminders], sendingHours: { ...DEFAULT_SCHEDULE_SETTINGS.sendingHours }, timeZone: location.timeZone }
      : schedule,
    bookingConfirmation: s.bookingConfirmation ?? { online: true, staff: true },
    cancellationConfirmation: s.cancellationConfirmation ?? true,
    rebookingUrl: s.rebookingUrl || null,
    templates,
    customTemplates,
    problems,
  };
}

/** The part of a location's settings the appointment workflow plans with. */
export function resolveMessagingPolicy(location: Pick<ILocation, 'timeZone' | 'messagingSettings'>): AppointmentMessagingPolicy & { problems: string[] } {
  const { schedule, bookingConfirmation, cancellationConfirmation, problems } = resolveMessagingSettings(location);
  return { schedule, bookingConfirmation, cancellationConfirmation, problems };
}
