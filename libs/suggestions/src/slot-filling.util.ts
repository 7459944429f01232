import { fillTemplate, hasTemplateSyntax } from '@beacon/templates';
import type { SuggestionContext } from './suggestion.types.js';

/** The variables a suggestion or a clinic snippet may use; the same names quick replies use. */
export function slotValues(context: SuggestionContext): Record<string, string | null> {
  return {
    firstName: context.patient.firstName,
    appointmentTime: context.nextAppointment?.when ?? null,
    appointmentWhen: context.nextAppointment?.when ?? null,
    providerName: context.nextAppointment?.providerName ?? null,
    serviceName: context.nextAppointment?.serviceName ?? null,
    lastVisit: context.lastVisit?.when ?? null,
    locationName: context.locationName,
    locationPhone: context.locationPhone,
    clinicName: context.clinicName,
    hours: context.hours,
    address: context.address,
    parking: context.parking,
    bookingLink: context.bookingLink,
  };
}

const missingValue = (v: string | null | undefined) => v === null || v === undefined || v === '';

/**
 * Renders a body with the thread's facts through the shared template engine (@beacon/templates), or
 * returns null when it needs a fact we do not have — never a raw `{{…}}`, never a guess. A fact used
 * only inside `{% if fact %}…{% endif %}` is optional: the guarded words are left out.
 */
export function fillSlots(body: string, values: Record<string, string | null>): string | null {
  let source = body;
  for (const [name, value] of Object.entries(values)) {
    if (missingValue(value)) source = source.replace(new RegExp(`\\{%-?\\s*if\\s+${name}\\s*-?%\\}[\\s\\S]*?\\{%-?\\s*endif\\s*-?%\\}`, 'g'), '');
  }
  try {
    const { text, missing } = fillTemplate(source, values, Object.keys(values));
    if (missing.length || hasTemplateSyntax(text)) return null;
    return text.replace(/\s+/g, ' ').trim() || null;
  } catch {
    return null;
  }
}
