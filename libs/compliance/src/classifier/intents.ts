/** Every intent the classifier can return (the CLI contract and the smart-replies feature use these). */
export const MESSAGE_INTENTS = [
  'confirm',
  'reschedule',
  'cancel_appointment',
  'running_late',
  'book_new',
  'pricing',
  'directions_parking',
  'hours',
  'aftercare',
  'pre_treatment',
  'bring_guest',
  'complaint',
  'thanks',
  'opt_out',
  'opt_in',
  'help',
  'other',
] as const;
export type MessageIntent = (typeof MESSAGE_INTENTS)[number];

/** Intents decided by the consent rules only; the statistical model never predicts them. */
export const CONSENT_INTENTS: ReadonlySet<MessageIntent> = new Set(['opt_out', 'opt_in', 'help']);
