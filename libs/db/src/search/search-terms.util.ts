/**
 * Words → search terms, shared by the indexer and the query side so both normalise the same way:
 * lower case, accents stripped, a light English stemmer (plurals, -ing, -ed), common words dropped.
 * Terms become `w:<word>` (whole word) and `p:<prefix>` (first 3–6 letters, for type-ahead); phone
 * numbers become `d:<all digits>` and `d:<last 4>`. Only keyed hashes of these strings are stored.
 */

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'do', 'for', 'from', 'have', 'hi', 'i', 'if', 'in', 'is', 'it', 'its', 'me', 'my',
  'no', 'not', 'of', 'on', 'or', 'so', 'that', 'the', 'this', 'to', 'was', 'we', 'will', 'with', 'you', 'your',
]);
export const MIN_PREFIX = 3;
export const MAX_PREFIX = 6;
/** Most distinct words indexed per message; a pasted essay should not explode the index. */
const MAX_WORDS = 200;

/** Lower case, accents removed (é → e), apostrophes dropped. */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]/g, '');
}

/** A deliberately small stemmer: "fillers" → "filler", "booking" → "book", "rescheduled" → "reschedul". */
export function stem(word: string): string {
  if (/^\d+$/.test(word)) return word;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The words of a text (normalised, stop words dropped), in order of first appearance. */
export function searchWords(text: string): string[] {
  const words = normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  for (const raw of words) {
    if (raw.length < 2 && !/\d/.test(raw)) continue;
    if (STOP_WORDS.has(raw)) continue;
    seen.add(raw);
    if (seen.size >= MAX_WORDS) break;
  }
  return [...seen];
}

/** Every term a message body is indexed under: stemmed whole words, and prefixes of what was written. */
export function messageTerms(body: string): string[] {
  const terms = new Set<string>();
  for (const word of searchWords(body)) {
    terms.add(`w:${stem(word)}`);
    for (let n = MIN_PREFIX; n <= Math.min(MAX_PREFIX, word.length - 1); n += 1) terms.add(`p:${word.slice(0, n)}`);
  }
  return [...terms];
}

/** Terms a patient is found by: name words (and their prefixes) and phone digits (full and last 4). */
export function patientTerms(patient: { firstName: string; lastName: string; phone: string }): string[] {
  const terms = new Set(messageTerms(`${patient.firstName} ${patient.lastName}`));
  const digits = patient.phone.replace(/\D/g, '');
  if (digits) {
    terms.add(`d:${digits}`);
    if (digits.length === 11 && digits.startsWith('1')) terms.add(`d:${digits.slice(1)}`);
    if (digits.length >= 4) terms.add(`d:${digits.slice(-4)}`);
  }
  return [...terms];
}

/**
 * One query term: the alternatives that match it (any of them). A word matches itself or, while
 * still being typed, as a prefix; a query word longer than the longest stored prefix that is not a
 * whole word needs `verifyPrefix` (the caller checks the decrypted text).
 */
export interface QueryTerm {
  word: string;
  alternatives: string[];
  verifyPrefix: string | null;
}

/** The digits of a query that searches by phone number (4 or more digits, any separators), else null. */
export function phoneQueryDigits(query: string): string | null {
  const digitsOnly = query.trim().replace(/[\s()+.-]/g, '');
  return /^\d{4,}$/.test(digitsOnly) ? digitsOnly : null;
}

export function queryTerms(query: string): QueryTerm[] {
  const trimmed = query.trim();
  const digitsOnly = phoneQueryDigits(trimmed);
  if (digitsOnly) {
    const alternatives = [`d:${digitsOnly}`];
    if (digitsOnly.length === 11 && digitsOnly.startsWith('1')) alternatives.push(`d:${digitsOnly.slice(1)}`);
    return [{ word: digitsOnly, alternatives, verifyPrefix: null }];
  }
  const words = normaliseText(trimmed).match(/[\p{L}\p{N}]+/gu) ?? [];
  const result: QueryTerm[] = [];
  for (const raw of words) {
    if (STOP_WORDS.has(raw) || (raw.length < 2 && !/\d/.test(raw))) continue;
    const word = stem(raw);
    if (result.some((t) => t.word === word)) continue;
    const alternatives = [`w:${word}`];
    let verifyPrefix: string | null = null;
    if (raw.length >= MIN_PREFIX && raw.length <= MAX_PREFIX) alternatives.push(`p:${raw}`);
    else if (raw.length > MAX_PREFIX) {
      alternatives.push(`p:${raw.slice(0, MAX_PREFIX)}`);
      verifyPrefix = raw;
    }
    result.push({ word, alternatives, verifyPrefix });
  }
  return result.slice(0, 6);
}

/** True when the text has a word starting with `prefix` (normalised) — for long type-ahead terms. */
export function textHasWordPrefix(text: string, prefix: string): boolean {
  return (normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w.startsWith(prefix) || stem(w) === stem(prefix));
}
