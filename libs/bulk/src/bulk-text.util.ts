import type { ILocation } from '@beacon/db';
import { formatPhone } from '@beacon/messaging';
import type { BulkCriteria, BulkTemplateValues } from './bulk-scenarios.js';

/** "2:30 PM" at the location (no narrow no-break space: it is not GSM-7). */
export function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(at).replace(/[\u00a0\u202f]/g, ' ');
}

/** Every variable of a bulk template for one recipient ('' for what does not apply, so `{% if %}` reads it as absent). */
export function bulkTextValues(
  location: Pick<ILocation, 'name' | 'phoneNumber' | 'timeZone' | 'messagingSettings'>,
  criteria: BulkCriteria,
  recipient: { firstName: string; appointmentStartsAt: Date | null; providerName: string | null } | null,
): BulkTemplateValues {
  return {
    firstName: recipient?.firstName || 'there',
    clinicName: location.name,
    clinicPhone: formatPhone(location.phoneNumber),
    appointmentTime: recipient?.appointmentStartsAt ? localTime(recipient.appointmentStartsAt, location.timeZone) : 'today',
    providerName: 'providerName' in criteria ? criteria.providerName : (recipient?.providerName ?? ''),
    delayMinutes: criteria.scenario === 'provider_running_late' ? String(criteria.delayMinutes) : '',
    reason: criteria.scenario === 'closure' ? criteria.reason : '',
    rebookingUrl: location.messagingSettings.rebookingUrl ?? '',
  };
}
