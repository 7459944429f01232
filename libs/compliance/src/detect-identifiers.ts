/**
 * Obvious identifiers staff should not text (HIPAA minimum necessary): Social Security numbers,
 * full dates of birth and payment card numbers. Deliberately conservative — it warns, staff decide.
 * (The classifier work ships the same function; keep one of the two at merge.)
 */
export type IdentifierKind = 'ssn' | 'date_of_birth' | 'card_number';

export interface DetectedIdentifier {
  kind: IdentifierKind;
  start: number;
  end: number;
}

/** What staff read in the warning. */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  ssn: 'looks like a Social Security number',
  date_of_birth: 'looks like a full date of birth',
  card_number: 'looks like a payment card number',
};

const SSN = /\b(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}\b/g;
const SSN_LABELLED = /\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*(\d{9})\b/gi;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const DATE_NUMERIC = /\b(0?[1-9]|1[0-2])[/.-](0?[1-9]|[12]\d|3[01])[/.-]((?:19|20)\d{2})\b/g;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_WORDS = new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b`, 'gi');
const DOB_CONTEXT = /\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?|birthday)\b/i;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function detectIdentifiers(text: string): DetectedIdentifier[] {
  const found: DetectedIdentifier[] = [];
  const add = (kind: IdentifierKind, start: number, end: number) => {
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ kind, start, end });
  };
  for (const m of text.matchAll(SSN)) add('ssn', m.index, m.index + m[0].length);
  for (const m of text.matchAll(SSN_LABELLED)) add('ssn', m.index, m.index + m[0].length);
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) add('card_number', m.index, m.index + m[0].length);
  }
  // A full date is a date of birth when the text says so, or when the year is long past
  // (appointment dates are this year or next; "born 03/14/1988" needs no label).
  const thisYear = new Date().getFullYear();
  for (const pattern of [DATE_NUMERIC, DATE_WORDS]) {
    for (const m of text.matchAll(pattern)) {
      const year = Number(/(19|20)\d{2}/.exec(m[0])?.[0]);
      const window = text.slice(Math.max(0, m.index - 40), m.index);
      if (DOB_CONTEXT.test(window) || year < thisYear - 5) add('date_of_birth', m.index, m.index + m[0].length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
