import { byOffsetOrder, DEFAULT_TEMPLATES, resolveMessagingSettings } from '@beacon/appointments';
import type { MessagingSettingsView } from '@beacon/contracts';
import type { ILocation } from '@beacon/db';

/** A location's messaging settings as the Settings screen shows them: the effective values, the location's own texts and the defaults. */
export function presentMessagingSettings(location: ILocation): MessagingSettingsView {
  const s = resolveMessagingSettings(location);
  return {
    locationId: location.id,
    locationName: location.name,
    timeZone: location.timeZone,
    reminders: byOffsetOrder(s.schedule.reminders),
    sendingHours: { ...s.schedule.sendingHours },
    sameDayMorningTime: s.schedule.sameDayMorningTime,
    confirmationRequest: s.schedule.confirmationRequest,
    confirmationTiming: { requestHours: s.schedule.confirmationRequestHours, followUpHours: s.schedule.followUpHours, highRiskHours: s.schedule.highRiskHours },
    bookingConfirmation: { ...s.bookingConfirmation },
    cancellationConfirmation: s.cancellationConfirmation,
    rebookingUrl: s.rebookingUrl,
    templates: s.templates,
    customTemplates: s.customTemplates,
    defaults: { ...DEFAULT_TEMPLATES },
    problems: s.problems,
  };
}
