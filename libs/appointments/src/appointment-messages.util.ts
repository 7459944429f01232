import { MAX_TEMPLATE_LENGTH, TEMPLATE_KINDS } from '@beacon/contracts';
import { parseMessageTemplate, renderWithValues, templateVariables } from '@beacon/templates';
import type { MessageTemplateKind } from '@beacon/db';
import type { MessageStep } from '@beacon/workflows/appointment/definitions.js';
import { formatPhone } from '@beacon/messaging';
import { localParts, shiftLocalDate, zonedTimeToEpoch } from '@beacon/scheduling';

export interface AppointmentMessageContext {
  firstName: string;
  locationName: string;
  locationPhone: string;
  startsAt: Date;
  timeZone: string;
  serviceName: string;
  rebookingUrl?: string | null;
}

/** The kinds of appointment text a location can reword; every reminder offset shares `reminder`. */
export type TemplateKind = MessageTemplateKind;
export { TEMPLATE_KINDS };

/** How staff see each kind (also used to name the template in validation messages). */
export const TEMPLATE_LABELS: Readonly<Record<TemplateKind, string>> = Object.freeze({
  booking_confirmation: 'Booking confirmation',
  cancellation_confirmation: 'Cancellation confirmation',
  reminder: 'Reminder',
  confirmation_request: 'Confirmation request',
  confirmation_follow_up: 'Confirmation follow-up',
  confirmation_ack: 'Reply to "C" (confirmed)',
  reschedule_ack: 'Reply to "R" (reschedule)',
  cancel_request_ack: 'Reply to a cancellation request',
});

/**
 * What a template may use. Deliberately no service or provider: patient texts carry name, time,
 * clinic and phone only — no treatment details (minimum necessary).
 */
export const TEMPLATE_VARIABLES = ['firstName', 'appointmentTime', 'locationName', 'locationPhone', 'rebookingUrl'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Record<TemplateVariable, string | null>;

/** Longest text a template may produce with the sample data (three GSM-7 segments are 459). */
export const MAX_MESSAGE_LENGTH = 480;
/** Longest template source accepted (defined in @beacon/contracts). */
export { MAX_TEMPLATE_LENGTH };

const HI = 'Hi{% if firstName %} {{firstName}}{% endif %}';
const COMMA_NAME = '{% if firstName %}, {{firstName}}{% endif %}';

/**
 * The texts every location starts with (Liquid; `{% if firstName %}` keeps "Hi," tidy when the name is unknown).
 * Plain GSM-7 characters only (no dashes, curly quotes or emoji): one such character makes a text UCS-2,
 * 70 characters a segment instead of 160 (test/defaults/default-texts-gsm7.spec.ts).
 */
export const DEFAULT_TEMPLATES: Readonly<Record<TemplateKind, string>> = Object.freeze({
  booking_confirmation: `${HI}, your appointment at {{locationName}} is booked for {{appointmentTime}}. Reply C to confirm or R to reschedule. Questions? Call {{locationPhone}}. Reply STOP to opt out.`,
  cancellation_confirmation: `${HI}, your appointment at {{locationName}} on {{appointmentTime}} has been cancelled. To book again, call {{locationPhone}}.`,
  reminder: `${HI}, a reminder of your appointment at {{locationName}} on {{appointmentTime}}. Questions? Call {{locationPhone}}.`,
  confirmation_request: `${HI}, please confirm your appointment at {{locationName}} on {{appointmentTime}}. Reply C to confirm or R to reschedule.`,
  confirmation_follow_up: `${HI}, we haven't heard back about your appointment at {{locationName}} on {{appointmentTime}}. Reply C to confirm or R to reschedule.`,
  confirmation_ack: `Thanks${COMMA_NAME}! You're confirmed for {{appointmentTime}} at {{locationName}}. See you then!`,
  reschedule_ack: `No problem${COMMA_NAME}. {% if rebookingUrl %}Pick a new time here: {{rebookingUrl}} or call us at {{locationPhone}}.{% else %}Someone from {{locationName}} will reach out shortly to find a new time.{% endif %}`,
  cancel_request_ack: `Thanks${COMMA_NAME}. We've let the team at {{locationName}} know; someone will contact you shortly about your appointment on {{appointmentTime}}.`,
});

export function isTemplateKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);
}

/** The template a workflow step uses; null for a step without one. */
export function templateKindOf(step: MessageStep): TemplateKind | null {
  if (step.startsWith('reminder:')) return 'reminder';
  return isTemplateKind(step) ? step : null;
}

/** "Tue, Nov 25 at 3:30 PM" in the clinic's time zone. */
export function formatAppointmentTime(startsAt: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(startsAt);
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(startsAt);
  // Some ICU versions put a narrow no-break space before AM/PM: not GSM-7, so it would make the text UCS-2.
  return `${date} at ${time}`.replace(/[\u00a0\u202f]/g, ' ');
}

export function templateValues(ctx: AppointmentMessageContext): TemplateValues {
  return {
    firstName: ctx.firstName,
    appointmentTime: formatAppointmentTime(ctx.startsAt, ctx.timeZone),
    locationName: ctx.locationName,
    locationPhone: formatPhone(ctx.locationPhone),
    rebookingUrl: ctx.rebookingUrl || null,
  };
}

// The one rendering engine shared with quick replies and the template library (@beacon/templates).
function renderValues(source: string, values: TemplateValues): string {
  return renderWithValues(source, values);
}

/** Renders one template; throws on a template that cannot be parsed or rendered. */
export function renderMessageTemplate(source: string, ctx: AppointmentMessageContext): string {
  return renderValues(source, templateValues(ctx));
}

/**
 * The text of a step. Uses the location's template for the kind when it has one that renders and
 * still passes the compliance checks; otherwise the default text (templates are validated when
 * saved, so that fallback only catches a document stored before a rule existed).
 * Patient texts carry name, time, clinic and phone only — no treatment details (minimum necessary).
 */
export function renderAppointmentMessage(step: MessageStep, ctx: AppointmentMessageContext, templates?: Partial<Record<TemplateKind, string>> | null): string {
  const kind = templateKindOf(step);
  if (!kind) {
    const values = templateValues(ctx);
    return `Hi${ctx.firstName ? ` ${ctx.firstName}` : ''}, a message about your appointment at ${ctx.locationName} on ${values.appointmentTime}. Questions? Call ${values.locationPhone}.`;
  }
  const custom = templates?.[kind];
  if (typeof custom === 'string' && custom.trim()) {
    try {
      const text = renderMessageTemplate(custom, ctx);
      if (text && complianceProblems(kind, text).length === 0) return text;
    } catch {
      // fall through to the default text
    }
  }
  return renderMessageTemplate(DEFAULT_TEMPLATES[kind], ctx);
}

// ---------------------------------------------------------------------------------------------
// Validation

const REPLY_CANCEL = /\b(?:reply|replying|respond|text|txt|send|answer|type|write)(?:\s+(?:with|back|us|the\s+word|just))*\s*[:\-–—]?\s*["'“”‘’«(*[]*\s*cancel\b/i;
const QUOTED_CANCEL = /["'“‘«]\s*cancel\s*["'”’»]/i;
const SHOUTED_CANCEL = /(?<![\p{L}\p{N}])CANCEL(?![\p{L}\p{N}])/u;

/** True when the text asks the patient to answer with the word CANCEL (an opt-out keyword). */
export function asksToReplyCancel(text: string): boolean {
  return REPLY_CANCEL.test(text) || QUOTED_CANCEL.test(text) || SHOUTED_CANCEL.test(text);
}

function hasLetterInstruction(text: string, letter: 'C' | 'R'): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${letter}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function name(kind: TemplateKind): string {
  return `The "${TEMPLATE_LABELS[kind]}" template`;
}

/** The rules a rendered text must keep whatever the location wrote (also re-checked at send time). */
function complianceProblems(kind: TemplateKind, text: string): string[] {
  const problems: string[] = [];
  if (asksToReplyCancel(text)) {
    problems.push(
      `${name(kind)} asks patients to reply CANCEL. CANCEL is a legal opt-out keyword: a patient who sends it stops receiving every text. Ask for R to reschedule, or ask them to call to cancel.`,
    );
  }
  if (kind === 'confirmation_request' || kind === 'confirmation_follow_up') {
    if (!hasLetterInstruction(text, 'C')) problems.push(`${name(kind)} must ask patients to reply C to confirm (e.g. "Reply C to confirm or R to reschedule.").`);
    if (!hasLetterInstruction(text, 'R')) problems.push(`${name(kind)} must ask patients to reply R to reschedule (e.g. "Reply C to confirm or R to reschedule.").`);
  }
  if (kind === 'booking_confirmation' && !/\bSTOP\b/i.test(text)) {
    problems.push(`${name(kind)} must tell patients how to opt out, e.g. "Reply STOP to opt out." (it is usually the first text a patient gets).`);
  }
  return problems;
}

function liquidMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const first = raw.split('\n')[0] ?? raw;
  return first
    .replace(/^undefined filter: (\S+?),/, 'unknown filter "$1",')
    .replace(/^tag "(\S+?)" not found,/, 'unknown tag "$1",')
    .replace(/^tag (.+) not closed,/, '$1 is never closed,')
    .replace(/^output (.+) not closed,/, '$1 is never closed,')
    .replace(/^undefined variable: (\S+?),/, '{{$1}} has no value,')
    .replace(/, line:(\d+), col:(\d+)$/, ' (line $1, column $2)');
}

/** A sample appointment for previews and validation: Jordan, next Tuesday at 3:30 PM at the location. */
export function sampleMessageContext(
  location: { name: string; phoneNumber: string; timeZone: string; rebookingUrl?: string | null },
  now: Date = new Date(),
): AppointmentMessageContext {
  const today = localParts(now.getTime(), location.timeZone);
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  const daysAhead = (2 - weekday + 7) % 7 || 7;
  const day = shiftLocalDate(today, daysAhead);
  return {
    firstName: 'Jordan',
    locationName: location.name,
    locationPhone: location.phoneNumber,
    startsAt: new Date(zonedTimeToEpoch({ ...day, hour: 15, minute: 30 }, location.timeZone)),
    timeZone: location.timeZone,
    serviceName: '',
    rebookingUrl: location.rebookingUrl ?? null,
  };
}

const SAMPLE_REBOOKING_URL = 'https://example.com/book';

export interface TemplateCheck {
  /** The text with the sample data, or null when the template cannot be rendered. */
  text: string | null;
  problems: string[];
}

/**
 * Checks a location's template for `kind` and renders it with `sample`: it must parse, use only
 * the known variables, render (with and without a first name and a rebooking link), stay within
 * {@link MAX_MESSAGE_LENGTH} characters, and keep the compliance rules (never ask for CANCEL;
 * confirmation requests ask for C and R; booking confirmations say how to opt out).
 * Every problem is a sentence that names the template.
 */
export function checkMessageTemplate(kind: TemplateKind, source: string, sample: AppointmentMessageContext): TemplateCheck {
  if (typeof source !== 'string' || !source.trim()) return { text: null, problems: [`${name(kind)} is empty.`] };
  if (source.length > MAX_TEMPLATE_LENGTH) {
    return { text: null, problems: [`${name(kind)} is ${source.length} characters long; templates are limited to ${MAX_TEMPLATE_LENGTH} characters.`] };
  }
  try {
    parseMessageTemplate(source);
  } catch (error) {
    return { text: null, problems: [`${name(kind)} can't be read: ${liquidMessage(error)}.`] };
  }
  const including = /\{%-?\s*(include|render|layout)\b/.exec(source);
  if (including) return { text: null, problems: [`${name(kind)} uses {% ${including[1]} %}; templates cannot include other templates.`] };

  const known = new Set<string>(TEMPLATE_VARIABLES);
  const unknown = templateVariables(source).filter((v) => !known.has(v));
  if (unknown.length) {
    const list = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ');
    return {
      text: null,
      problems: unknown.map((v) => `${name(kind)} uses an unknown variable {{${v}}}; the variables you can use are ${list}.`),
    };
  }

  const main = templateValues(sample);
  const variants: TemplateValues[] = [
    main,
    { ...main, firstName: '' },
    { ...main, rebookingUrl: main.rebookingUrl ? null : SAMPLE_REBOOKING_URL },
  ];
  const texts: string[] = [];
  for (const values of variants) {
    try {
      texts.push(renderValues(source, values));
    } catch (error) {
      return { text: null, problems: [`${name(kind)} can't be filled in: ${liquidMessage(error)}.`] };
    }
  }
  const text = texts[0] ?? '';
  const problems: string[] = [];
  if (!text) problems.push(`${name(kind)} produces an empty text.`);
  const longest = Math.max(...texts.map((t) => [...t].length));
  if (longest > MAX_MESSAGE_LENGTH) {
    problems.push(`${name(kind)} is ${longest} characters long with the sample data; texts are limited to ${MAX_MESSAGE_LENGTH} characters.`);
  }
  const seen = new Set<string>();
  for (const t of texts) {
    for (const problem of complianceProblems(kind, t)) {
      if (!seen.has(problem)) problems.push(problem);
      seen.add(problem);
    }
  }
  return { text, problems };
}

/** Problems with a location's templates (unknown kinds included); empty when all are valid. */
export function validateMessageTemplates(templates: Record<string, unknown>, sample: AppointmentMessageContext): string[] {
  return Object.entries(templates).flatMap(([kind, source]) => {
    if (!isTemplateKind(kind)) return [`There is no message kind "${kind}"; the kinds are ${TEMPLATE_KINDS.join(', ')}.`];
    if (typeof source !== 'string') return [`${name(kind)} must be text.`];
    return checkMessageTemplate(kind, source, sample).problems;
  });
}
