/**
 * Whole-message consent keywords (CTIA / Twilio defaults plus Spanish), matched the way a person
 * reads them: any case, surrounding punctuation or emoji, full-width letters, letters spaced out.
 * Plain-language requests ("please stop texting me") are the job of the fuller classifier:
 * inbound processing uses `classifyMessage`; this stays for callers that want only the keyword.
 */
export type ConsentKeyword = 'opt_out' | 'opt_in' | 'help';

const OPT_OUT = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout', 'opt out', 'stop all', 'alto', 'parar', 'basta']);
const OPT_IN = new Set(['start', 'unstop', 'resume', 'subscribe']);
const HELP = new Set(['help', 'info', 'ayuda']);

/** Lower-case letters and single spaces only; "S T O P!!" → "stop", "ＳＴＯＰ" → "stop". */
export function normalizeKeywordText(text: string): string {
  const letters = text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  // Letters typed one by one with spaces between them.
  return /^(\p{L} )+\p{L}$/u.test(letters) ? letters.replace(/ /g, '') : letters;
}

export function matchConsentKeyword(text: string): ConsentKeyword | null {
  const normalized = normalizeKeywordText(text);
  if (OPT_OUT.has(normalized)) return 'opt_out';
  if (OPT_IN.has(normalized)) return 'opt_in';
  if (HELP.has(normalized)) return 'help';
  return null;
}

/** A bare CANCEL opts out (FCC list) but may have meant the appointment: staff should call. */
export function isBareCancel(text: string): boolean {
  return normalizeKeywordText(text) === 'cancel';
}
