import type { PatientReplyIntent } from '@beacon/workflows/appointment/definitions.js';
import { normalizeKeywordText } from './consent-keywords.js';

const CONFIRM_WORDS = /^(c|confirm|confirmed|i confirm|yes|y|yep|yeah|yes please|ok|okay|si|sí|confirmo|confirmado|see you then|(i ll|ill|i will|will) be there)$/;
const CONFIRM_PHRASE = /\b(confirm(ed|ing)?|confirmo|confirmada?|(i ll|i will) be there|see you (then|there|tomorrow))\b/;
const RESCHEDULE_WORDS = /^(r|reschedule|resched)$/;
const RESCHEDULE_PHRASE = /\b(reschedul\w*|re schedule|move (my|the) (appt|appointment)|change (my|the) (appt|appointment|time)|different (time|day)|another (time|day)|cant make it|can t make it|cannot make it|won t make it|wont make it|reprogramar|cambiar (mi )?cita)\b/;
const CANCEL_APPOINTMENT = /\b(cancel\w*|cancelar)\b.*\b(appt|appointment|booking|cita|visit)\b|\b(appt|appointment|booking|cita)\b.*\b(cancel\w*|cancelar)\b/;

/**
 * What a patient's text means for their upcoming appointment, or null when it is about something
 * else. A bare "C", "R" or "yes" only counts as an answer when it replies to our confirmation
 * request; otherwise only explicit wording does. Inbound processing now uses `classifyMessage`,
 * whose rules extend these; this stays for callers that want only the appointment answer.
 */
export function classifyAppointmentReply(text: string, context: { replyToConfirmation: boolean }): PatientReplyIntent | null {
  const t = normalizeKeywordText(text.replace(/['’]/g, ' '));
  if (!t) return null;
  if (CANCEL_APPOINTMENT.test(t)) return 'cancel_appointment';
  if (RESCHEDULE_PHRASE.test(t) || (context.replyToConfirmation && RESCHEDULE_WORDS.test(t))) return 'reschedule';
  if (context.replyToConfirmation ? CONFIRM_WORDS.test(t) || CONFIRM_PHRASE.test(t) : CONFIRM_PHRASE.test(t)) return 'confirm';
  return null;
}
