import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164 for a US/CA number written any common way; null when it is not a valid phone number. */
export function toE164(input: string, defaultCountry: 'US' | 'CA' = 'US'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/** `(•••) •••-4567` — shown to staff who may not see contact details. */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  return `(•••) •••-${digits.slice(-4)}`;
}

/**
 * Anything in free text that looks like a phone number (10–11 digits with or without separators, or a
 * local `555-0123`), masked like `maskPhone`. For texts shown to staff who may not see contact details:
 * provider error messages, alerts and API errors can quote the patient's number.
 */
const PHONE_IN_TEXT = /(?<![\d•])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)?\d{3}[\s.-]?\d{4}(?!\d)/g;

export function maskPhoneNumbersIn(text: string): string {
  return text.replace(PHONE_IN_TEXT, (match) => maskPhone(match));
}

/** `(512) 555-0123` for US numbers, E.164 otherwise. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.country === 'US' || parsed?.country === 'CA' ? parsed.formatNational() : e164;
}
