import { BULK_EXCLUSIONS, type BulkExclusion } from '@beacon/contracts';
import { withinMarketingHours, type QuietHours } from '@beacon/inbox';
import { toE164 } from '@beacon/messaging';
import type { AppointmentStatus } from '@beacon/db';

/** Why a patient of the audience does not get the text; shown in the preview and on the send's detail. */
export { BULK_EXCLUSIONS, type BulkExclusion };

export const BULK_EXCLUSION_LABELS: Readonly<Record<BulkExclusion, string>> = {
  invalid_number: 'The phone number is not a valid mobile number.',
  opted_out: 'Opted out of text messages.',
  no_marketing_consent: 'Has not agreed to receive promotional texts.',
  outside_marketing_hours: 'Outside the marketing hours in the patient\'s time zone.',
  already_sent_today: 'Already got a text of this kind today.',
  appointment_cancelled: 'The appointment was cancelled.',
};

/** What is known about one patient of the audience at the moment of deciding. */
export interface RecipientFacts {
  phone: string;
  /** The appointment the text is about (appointment scenarios), as it is now. */
  appointmentStatus: AppointmentStatus | null;
  /** Latest transactional consent entry is an opt-out. */
  optedOut: boolean;
  /** Latest marketing consent entry is an opt-in. */
  marketingOptIn: boolean;
  /** A text of the same scenario from this location already went to them today (local day). */
  alreadySentToday: boolean;
}

export interface ExclusionContext {
  marketing: boolean;
  at: Date;
  timeZone: string;
  marketingHours: QuietHours;
}

/**
 * The one rule for who of an audience is left out, and why (the first reason that applies). Used by
 * the preview, when the send starts, and again for each recipient just before the text goes out;
 * the send path then checks consent once more under the number's consent gate.
 */
export function exclusionFor(facts: RecipientFacts, ctx: ExclusionContext): BulkExclusion | null {
  if (facts.appointmentStatus !== null && facts.appointmentStatus !== 'booked' && facts.appointmentStatus !== 'checked_in') return 'appointment_cancelled';
  if (!toE164(facts.phone)) return 'invalid_number';
  if (facts.optedOut) return 'opted_out';
  if (ctx.marketing && !facts.marketingOptIn) return 'no_marketing_consent';
  if (ctx.marketing && !withinMarketingHours(ctx.at, ctx.timeZone, ctx.marketingHours)) return 'outside_marketing_hours';
  if (facts.alreadySentToday) return 'already_sent_today';
  return null;
}
