import { Liquid } from 'liquidjs';
import type { SuggestionContext } from './suggestion.types.js';

const liquid = new Liquid({ strictVariables: true, strictFilters: true, jsTruthy: true, ownPropertyOnly: true, renderLimit: 50, memoryLimit: 20_000 });
const parsed = new Map<string, ReturnType<Liquid['parse']>>();

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

/**
 * Renders a Liquid body with the thread's facts, or null when it needs a fact we do not have
 * (never a raw `{{…}}`, never a guess).
 */
export function fillSlots(body: string, values: Record<string, string | null>): string | null {
  let template = parsed.get(body);
  if (!template) {
    try {
      template = liquid.parse(body);
    } catch {
      return null;
    }
    if (parsed.size > 2_000) parsed.clear();
    parsed.set(body, template);
  }
  const variables = liquid.globalVariablesSync(template);
  if (variables.some((v) => values[v] === null || values[v] === undefined || values[v] === '')) return null;
  try {
    const text = String(liquid.renderSync(template, values)).replace(/\s+/g, ' ').trim();
    return text && !text.includes('{{') ? text : null;
  } catch {
    return null;
  }
}
