import { BULK_SCENARIOS, type BulkCriteria, type BulkScenario } from '@beacon/contracts';
import { parseMessageTemplate, renderWithValues, templateErrorMessage, templateVariables, MAX_TEMPLATE_SOURCE_LENGTH, OPT_OUT_LANGUAGE } from '@beacon/templates';
import { BulkError, BulkErrorCode } from './bulk.errors.js';

/** What a bulk send is for; each has its own audience rule and default wording. */
export { BULK_SCENARIOS, type BulkCriteria, type BulkScenario };

export const BULK_SCENARIO_LABELS: Readonly<Record<BulkScenario, string>> = {
  provider_running_late: 'Provider running late',
  provider_sick: 'Provider out sick',
  closure: 'Weather or emergency closure',
  promotion: 'New product or promotion',
};


/** Appointment scenarios text the patients booked today; a promotion texts a segment and is marketing. */
export function isAppointmentScenario(scenario: BulkScenario): scenario is Exclude<BulkScenario, 'promotion'> {
  return scenario !== 'promotion';
}

/**
 * Default wording, plain GSM-7 (one segment is 160 characters; a curly quote or dash would make it
 * UCS-2). No PHI beyond name, time, clinic and phone. Appointment texts never ask for a CANCEL reply.
 */
export const DEFAULT_BULK_TEMPLATES: Readonly<Record<BulkScenario, string>> = {
  provider_running_late:
    'Hi {{firstName}}, {{providerName}} is running about {{delayMinutes}} min late today, so your {{appointmentTime}} visit at {{clinicName}} may start later. Sorry for the wait!',
  provider_sick:
    'Hi {{firstName}}, {{providerName}} is out sick today, so we need to move your {{appointmentTime}} visit at {{clinicName}}. {% if rebookingUrl %}Please pick a new time: {{rebookingUrl}}{% else %}Please call {{clinicPhone}} to pick a new time.{% endif %}',
  closure:
    'Hi {{firstName}}, {{clinicName}} is closed today ({{reason}}). Your {{appointmentTime}} visit needs a new time. {% if rebookingUrl %}Rebook: {{rebookingUrl}}{% else %}Please call {{clinicPhone}}.{% endif %}',
  promotion: 'Hi {{firstName}}, something new at {{clinicName}} this month! Call {{clinicPhone}} to book. ' + OPT_OUT_LANGUAGE,
};

/** Everything a bulk template may use; each is always given a value ('' when unknown, so `{% if %}` works). */
export const BULK_TEMPLATE_VARIABLES = ['firstName', 'clinicName', 'clinicPhone', 'appointmentTime', 'providerName', 'delayMinutes', 'reason', 'rebookingUrl'] as const;
export type BulkTemplateValues = Record<(typeof BULK_TEMPLATE_VARIABLES)[number], string>;

/** Checks a template staff edited: syntax, known variables, length, and a promotion's opt-out line. Throws BulkError. */
export function validateBulkTemplate(scenario: BulkScenario, source: string): void {
  const problem = bulkTemplateProblem(scenario, source);
  if (problem) throw new BulkError(BulkErrorCode.InvalidTemplate, problem);
}

function bulkTemplateProblem(scenario: BulkScenario, source: string): string | null {
  if (!source.trim()) return 'The message is empty.';
  if (source.length > MAX_TEMPLATE_SOURCE_LENGTH) return `The message is longer than ${MAX_TEMPLATE_SOURCE_LENGTH} characters.`;
  let names: string[];
  try {
    parseMessageTemplate(source);
    names = templateVariables(source);
  } catch (error) {
    return `The message has a template error: ${templateErrorMessage(error)}.`;
  }
  const unknown = names.filter((n) => !(BULK_TEMPLATE_VARIABLES as readonly string[]).includes(n));
  if (unknown.length) return `Unknown variable ${unknown.map((n) => `{{${n}}}`).join(', ')}; you can use ${BULK_TEMPLATE_VARIABLES.map((n) => `{{${n}}}`).join(', ')}.`;
  if (scenario === 'promotion' && !/reply stop to opt out/i.test(source)) return `A promotion must tell patients how to opt out: add "${OPT_OUT_LANGUAGE}".`;
  return null;
}

/** The text one patient receives. */
export function renderBulkText(source: string, values: BulkTemplateValues): string {
  return renderWithValues(source, values);
}
