/**
 * Strong lexical rules for the intents that drive automation (confirm / reschedule / cancel an
 * appointment, running late) and for bare letters whose meaning depends on context. Everything
 * else is left to the statistical model. Returns null when no rule is sure.
 */
import { normalizeText, wordRegex } from './text-normalize.util.js';
import type { MessageIntent } from './intents.js';

export interface RuleHit {
  intent: MessageIntent;
  rule: string;
  why: string;
}

const CONFIRM_WORDS = wordRegex(
  '^(c|confirm|confirmed|confrim|i confirm|yes|y|yep|yup|yeah|yes please|ok|okay|k|si|sim|oui|co|confirmo|confirmado|confirmada|see you then|(i ll|ill|i will|will) be there|emojiok|yes emojiok|ok emojiok|confirmed emojiok|c emojiok|emojiok emojiok)$',
);
const CONFIRM_PHRASE = wordRegex('\\b(confirm(ed|ing)?|confirmo|confirmad[oa]|confirmar mi cita|(i ll|ill|i will|will) be there|see you (then|there|tomorrow|tmrw|thursday|friday|saturday|monday|tuesday|wednesday|sunday)|count me in|still (on|coming|good) for|ahi estare)\\b');
const RESCHEDULE_WORDS = wordRegex('^(r|reschedule|resched|r please|r pls)$');
const RESCHEDULE_PHRASE = wordRegex(
  '\\b(reschedul\\w*|rescheduel\\w*|resched|re schedule|move (my|the|mine|it)( \\w+)?( (appt|appointment|facial|botox|session|visit))?|push (my|the|it)|change (my|the) (appt|appointment|time)( time)?|switch my (appt|appointment)|different (time|day)|another (time|day)|new time|cant make it|can t make it|cannot make it|won t make it|wont make it|reprogramar|cambiar (mi |la )?(cita|hora)|mover mi cita|otro dia|remarcar|doi lich)\\b',
);
const CANCEL_APPOINTMENT = wordRegex(
  '\\b(cancel\\w*|cancelar|cancele|cancela|huy)\\b.*\\b(appt|appointment|booking|cita|visit|consult|session|facial|botox|filler|laser|drip|hydrafacial|lich hen|consulta|\\d{1,2}(am|pm)|it)\\b|\\b(appt|appointment|booking|cita|consulta)\\b.*\\b(cancel\\w*|cancelar)\\b',
);
/** "I have to cancel, my daughter is sick": cancelling without naming the appointment, but not a membership. */
const MUST_CANCEL = wordRegex('\\b(have to|need to|gotta|got to|going to|gonna|must|will have to|ill have to|ll have to|tengo que|necesito) (cancel|cancelar)\\b(?! (my |the |mi )?(membership|subscription|order|card|package|plan|membresia|suscripcion))');
const RUNNING_LATE = wordRegex(
  '\\b(running (a (little|bit) )?(late|behind)|runing late|be (a (few|little) )?(\\d+ )?(min|mins|minutes )?late|\\d+ ?(min|mins|minutes) late|late for my|i m late|im late|behind schedule|be there in \\d+|there by \\d|eta \\d+|omw|on my way|llego tarde|llegar \\d* ?(minutos )?tarde|voy en camino|llego en \\d+|den tre|chegar atrasad\\w*|leaving (\\w+ )?late|few (min|mins|minutes) behind|\\d+ (min|mins|minutes) behind)\\b',
);
const THANKS = wordRegex('\\b(thank|thanks|thanx|thx|ty|tysm|thank u|appreciate|gracias|obrigad[oa]|cam on|salamat|merci|спасибо|감사합니다|고마워요|谢谢|謝謝|ありがとう|emojilove)\\b|谢谢|감사');
const RTC_YES_PREFIX = wordRegex('^(yes|yep|yeah|yup|ya|si|sim|ok|okay|c|confirmed?|sounds good|perfect|absolutely|definitely|of course|claro|emojiok)\\b');
/** "Yes cancel", "yes but I can't come": a yes that carries a different answer is not a confirmation. */
const NOT_A_YES = wordRegex('\\b(cancel\\w*|cancelar|no|not (coming|going|able|sure|available)|(cant|cannot|wont|can not) (come|make|do|go|be)|reschedul\\w*|move|change|different|another)\\b');
/** "I can't confirm yet", "can you confirm my time?": confirm words that do not confirm. */
const NOT_CONFIRMING = wordRegex('\\b(cant|cannot|can not|not|unable to|dont|didnt|wont|no puedo)( \\w+){0,2} (confirm\\w*|be there)\\b|\\b(can|could|would|did|do) (you|u|i|we) (please )?confirm\\b|\\bis (it|my \\w+|that|this) confirmed\\b|\\bneed to confirm\\b');
const ACK_ONLY = wordRegex('^(c|r|ok|okay|k|kk|emojiok|y|yes ok)$');

export function intentRule(text: string, replyToConfirmation: boolean): RuleHit | null {
  const t = normalizeText(text, { emojiWords: true });
  if (!t) return null;
  if (replyToConfirmation && RESCHEDULE_WORDS.test(t)) return { intent: 'reschedule', rule: 'reply:R', why: 'Replies R (reschedule) to our confirmation request' };
  if (replyToConfirmation && CONFIRM_WORDS.test(t)) return { intent: 'confirm', rule: 'reply:C', why: 'Replies with a confirm word to our confirmation request' };
  if (!replyToConfirmation && ACK_ONLY.test(t)) return { intent: 'other', rule: 'bare-letter', why: 'A bare letter / OK alone only means confirm or reschedule as an answer to a confirmation request' };
  if (CANCEL_APPOINTMENT.test(t) || MUST_CANCEL.test(t)) return { intent: 'cancel_appointment', rule: 'phrase:cancel-appointment', why: 'Asks to cancel the appointment (cancel + appointment words)' };
  if (RESCHEDULE_PHRASE.test(t)) return { intent: 'reschedule', rule: 'phrase:reschedule', why: 'Asks to move the appointment' };
  if (RUNNING_LATE.test(t)) return { intent: 'running_late', rule: 'phrase:running-late', why: 'Says they are running late / on their way' };
  if (NOT_CONFIRMING.test(t)) return { intent: 'other', rule: 'phrase:not-confirming', why: 'Mentions confirming without confirming (negated, or a question): left for staff' };
  if (CONFIRM_PHRASE.test(t)) return { intent: 'confirm', rule: 'phrase:confirm', why: 'Confirms explicitly' };
  if (replyToConfirmation && RTC_YES_PREFIX.test(t) && !NOT_A_YES.test(t) && !NOT_CONFIRMING.test(t)) return { intent: 'confirm', rule: 'reply:yes', why: 'Answers our confirmation request with yes' };
  // A short thank-you without a question; longer texts that also thank are left to the model.
  if (THANKS.test(t) && !text.includes('?') && t.split(' ').length <= 10) return { intent: 'thanks', rule: 'phrase:thanks', why: 'Says thank you' };
  return null;
}
