import type { SuggestionContext } from './suggestion.types.js';

/** Texts in which the patient has just answered about their appointment: asking them to confirm again is wrong. */
const ANSWERS_ABOUT_APPOINTMENT = new Set(['confirm', 'reschedule', 'cancel_appointment', 'opt_out']);
/** "Please confirm…", "confirm your visit", "reply C". */
const ASKS_TO_CONFIRM = /\b(please confirm|confirm your (visit|appointment|booking)|(reply|replying|respond|text) (with |back )?["'“]?C\b)/i;
/** Statuses in which the appointment still waits for the patient's confirmation. */
const AWAITING_CONFIRMATION = new Set(['unconfirmed', 'high_risk']);

/**
 * The intent suggestions are prepared for, given where the thread stands: "confirming" means nothing
 * without an upcoming appointment (a "hello there" from a number we do not know is a greeting, and is
 * answered as one; from a known patient it is read as a general message).
 */
export function fitIntentToThread(intent: string, context: SuggestionContext): string {
  if (intent === 'confirm' && !context.nextAppointment) return context.thread.knownSender ? 'other' : 'help';
  return intent;
}

export function asksToConfirm(text: string): boolean {
  return ASKS_TO_CONFIRM.test(text);
}

/**
 * Whether a reply asking the patient to confirm fits now: only while their next appointment waits for
 * an answer, and never in answer to a text that is itself about the appointment (they just confirmed,
 * or asked to reschedule or cancel).
 */
export function confirmationRequestFits(intent: string, context: SuggestionContext): boolean {
  return !!context.nextAppointment && AWAITING_CONFIRMATION.has(context.thread.confirmationStatus ?? '') && !ANSWERS_ABOUT_APPOINTMENT.has(intent);
}
