import type { MessagingSettingsInput } from '@beacon/contracts';
import type { ILocation, LocationMessagingSettings } from '@beacon/db';
import { DEFAULT_SCHEDULE_SETTINGS, REMINDER_OFFSETS, validateScheduleSettings, type ReminderOffset } from '@beacon/scheduling';
import { DEFAULT_TEMPLATES, sampleMessageContext, TEMPLATE_KINDS, validateMessageTemplates, type AppointmentMessageContext } from './appointment-messages.util.js';
import { resolveMessagingSettings } from './messaging-policy.util.js';

/** The keys the Settings screen manages; any other key of `messagingSettings` belongs to another feature. */
const MANAGED_KEYS = ['reminders', 'sendingHours', 'sameDayMorningTime', 'confirmationRequest', 'bookingConfirmation', 'cancellationConfirmation', 'rebookingUrl', 'templates'] as const;

/** Jordan, next Tuesday at 3:30 PM at this location: what previews, checks and test sends fill templates with. */
export function locationSampleContext(location: Pick<ILocation, 'name' | 'phoneNumber' | 'timeZone'>, rebookingUrl: string | null): AppointmentMessageContext {
  return sampleMessageContext({ name: location.name, phoneNumber: location.phoneNumber, timeZone: location.timeZone, rebookingUrl });
}

/** Reminder offsets in the order of REMINDER_OFFSETS (furthest first), unknown ones last. */
export function byOffsetOrder(reminders: readonly string[]): string[] {
  const rank = (r: string) => {
    const i = (REMINDER_OFFSETS as readonly string[]).indexOf(r);
    return i === -1 ? REMINDER_OFFSETS.length : i;
  };
  return [...reminders].sort((a, b) => rank(a) - rank(b));
}

/** The location's own texts from a PUT: null or the default text mean "use the default". */
function customTemplatesOf(input: Record<string, string | null> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input ?? {}).filter((entry): entry is [string, string] => {
      const [kind, text] = entry;
      return typeof text === 'string' && text !== (DEFAULT_TEMPLATES as Record<string, string>)[kind];
    }),
  );
}

export interface MessagingSettingsChange {
  /** The settings the PUT asks for (managed keys only). */
  next: LocationMessagingSettings;
  /** The location's own texts among them. */
  customTemplates: Record<string, string>;
  /** True when a text would change (needs the 'manage templates' permission). */
  templatesChange: boolean;
  /** Why the settings cannot be saved, in sentences for staff; empty when they can. */
  problems: string[];
  /** The location's settings after the change: unmanaged keys kept as they are. */
  merged: LocationMessagingSettings;
}

/** What replacing a location's messaging settings with `input` would give, checked as a whole (nothing is saved here). */
export function planMessagingSettingsChange(location: Pick<ILocation, 'name' | 'phoneNumber' | 'timeZone' | 'messagingSettings'>, input: MessagingSettingsInput): MessagingSettingsChange {
  const templates = customTemplatesOf(input.templates);
  const before = resolveMessagingSettings(location);
  const templatesChange = TEMPLATE_KINDS.some((k) => (templates[k] ?? DEFAULT_TEMPLATES[k]) !== before.templates[k]);
  const next: LocationMessagingSettings = {
    ...(input.reminders !== undefined ? { reminders: byOffsetOrder(input.reminders) } : {}),
    ...(input.sendingHours !== undefined ? { sendingHours: input.sendingHours } : {}),
    ...(input.sameDayMorningTime !== undefined ? { sameDayMorningTime: input.sameDayMorningTime } : {}),
    ...(input.confirmationRequest !== undefined ? { confirmationRequest: input.confirmationRequest } : {}),
    ...(input.bookingConfirmation !== undefined ? { bookingConfirmation: input.bookingConfirmation } : {}),
    ...(input.cancellationConfirmation !== undefined ? { cancellationConfirmation: input.cancellationConfirmation } : {}),
    ...(input.rebookingUrl !== undefined ? { rebookingUrl: input.rebookingUrl } : {}),
    ...(Object.keys(templates).length ? { templates } : {}),
  };
  const problems = [
    ...validateScheduleSettings({
      ...DEFAULT_SCHEDULE_SETTINGS,
      timeZone: location.timeZone,
      reminders: (next.reminders ?? [...DEFAULT_SCHEDULE_SETTINGS.reminders]) as ReminderOffset[],
      sendingHours: next.sendingHours ?? { ...DEFAULT_SCHEDULE_SETTINGS.sendingHours },
      sameDayMorningTime: next.sameDayMorningTime ?? DEFAULT_SCHEDULE_SETTINGS.sameDayMorningTime,
      confirmationRequest: next.confirmationRequest ?? DEFAULT_SCHEDULE_SETTINGS.confirmationRequest,
    }),
    ...validateMessageTemplates(templates, locationSampleContext(location, next.rebookingUrl ?? null)),
  ];
  // Keys this endpoint does not manage (added by other features) are kept as they are.
  const kept = Object.fromEntries(Object.entries(location.messagingSettings ?? {}).filter(([key]) => !(MANAGED_KEYS as readonly string[]).includes(key)));
  return { next, customTemplates: templates, templatesChange, problems, merged: { ...kept, ...next } };
}
