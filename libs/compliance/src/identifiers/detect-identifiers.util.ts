/**
 * Finds obvious patient identifiers in a text a staff member is about to send (HIPAA minimum
 * necessary): US Social Security numbers, full dates of birth, payment card numbers. Built to warn,
 * so it prefers few false alarms: phone numbers, prices, order numbers and appointment dates
 * ("Dec 3 at 2pm", "12/03/2026") are not flagged. Pure; no I/O.
 */
export type IdentifierKind = 'ssn' | 'date_of_birth' | 'payment_card';

export interface DetectedIdentifier {
  kind: IdentifierKind;
  /** Character offsets into the original text: text.slice(start, end) is the identifier. */
  start: number;
  end: number;
  /** Why it was flagged, for the warning shown to staff. */
  reason: string;
}

export interface DetectOptions {
  /** Years up to this one are taken as birth years even without a "DOB" cue (appointments are never that old). */
  latestBirthYearWithoutCue?: number;
}

const SSN_CUE = /\b(ssn|ss#|ss no|social|social security|seguro social|tax id|itin)\b/i;
const DOB_CUE = /\b(dob|d\.o\.b|born|birth|birthday|bday|b-day|date of birth|fecha de nacimiento|nacimiento|naci|nac\.)\b/i;
const CUE_WINDOW = 40;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, enero: 1, feb: 2, february: 2, febrero: 2, mar: 3, march: 3, marzo: 3, apr: 4, april: 4, abril: 4, may: 5, mayo: 5,
  jun: 6, june: 6, junio: 6, jul: 7, july: 7, julio: 7, aug: 8, august: 8, agosto: 8, sep: 9, sept: 9, september: 9, septiembre: 9, setiembre: 9,
  oct: 10, october: 10, octubre: 10, nov: 11, november: 11, noviembre: 11, dec: 12, december: 12, diciembre: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

function cueBefore(text: string, index: number, cue: RegExp): boolean {
  return cue.test(text.slice(Math.max(0, index - CUE_WINDOW), index));
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function validSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

export function detectIdentifiers(text: string, options: DetectOptions = {}): DetectedIdentifier[] {
  const latestBirthYear = options.latestBirthYearWithoutCue ?? 2010;
  const found: DetectedIdentifier[] = [];
  const add = (hit: DetectedIdentifier): void => {
    if (!found.some((f) => hit.start < f.end && f.start < hit.end)) found.push(hit);
  };

  // Payment cards first: 13–19 digits in groups, Luhn-valid, a card network's first digit.
  for (const m of text.matchAll(/(?<![\d.,$])\d(?:[ -]?\d){12,18}(?![\d.,]\d)/g)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (!/^[2-6]/.test(digits) || !luhnValid(digits)) continue;
    add({ kind: 'payment_card', start: m.index, end: m.index + m[0].length, reason: `${digits.length}-digit card number (passes the Luhn check)` });
  }

  // SSN written 123-45-6789 / 123 45 6789; a bare 9-digit number only after an SSN cue.
  for (const m of text.matchAll(/(?<![\d$])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d])/g)) {
    if (validSsn(m[1]!, m[3]!, m[4]!)) add({ kind: 'ssn', start: m.index, end: m.index + m[0].length, reason: 'Social Security number pattern (AAA-GG-SSSS)' });
  }
  for (const m of text.matchAll(/(?<![\d$#])(\d{3})(\d{2})(\d{4})(?!\d)/g)) {
    if (validSsn(m[1]!, m[2]!, m[3]!) && cueBefore(text, m.index, SSN_CUE)) add({ kind: 'ssn', start: m.index, end: m.index + m[0].length, reason: '9-digit number after an SSN cue' });
  }

  // Full dates: a birth date has day, month and year; a year this old, or a DOB cue, makes it one.
  const dateHit = (start: number, end: number, year: number, month: number, day: number, twoDigitYear: boolean): void => {
    const cue = cueBefore(text, start, DOB_CUE);
    const fullYear = twoDigitYear ? (year > 30 ? 1900 + year : 2000 + year) : year;
    if (!validDate(fullYear, month, day) || fullYear < 1900) return;
    if (cue || (!twoDigitYear && fullYear <= latestBirthYear)) {
      add({ kind: 'date_of_birth', start, end, reason: cue ? 'Full date after a date-of-birth cue' : `Full date in ${fullYear}, too old to be an appointment` });
    }
  };
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]?\d)/g)) {
    dateHit(m.index, m.index + m[0].length, Number(m[4]), Number(m[1]), Number(m[3]), m[4]!.length === 2);
  }
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g)) dateHit(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), false);
  const named = new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of |de )?(${MONTH_NAMES})\\.?,? (?:de )?(\\d{4})\\b`, 'gi');
  for (const m of text.matchAll(named)) {
    const monthName = (m[1] ?? m[5])!.toLowerCase();
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6]);
    dateHit(m.index, m.index + m[0].length, year, MONTHS[monthName]!, day, false);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How the composer names what it found, after the quoted (partly hidden) text. */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  ssn: 'looks like a Social Security number',
  date_of_birth: 'looks like a full date of birth',
  payment_card: 'looks like a payment card number',
};
