/**
 * Twilio's status callbacks carry an ErrorCode but usually no text: these are the common delivery
 * errors (https://www.twilio.com/docs/api/errors) in words a front desk can act on.
 */
const TWILIO_ERRORS: Record<string, string> = {
  '20003': 'Twilio refused the clinic’s account credentials; an administrator must check the Twilio settings.',
  '20429': 'Twilio is limiting how fast texts can be sent; it will be tried again.',
  '21211': 'The phone number is not valid.',
  '21408': 'Texting this region is not enabled for the clinic’s account.',
  '21212': 'The clinic’s sending number is not a valid phone number.',
  '21606': 'The clinic’s sending number cannot send texts (not SMS-capable on this account).',
  '21610': 'The patient has opted out of texts from this number (replied STOP).',
  '21612': 'Texts cannot be routed between the clinic’s number and this number.',
  '21614': 'The number is not a mobile number and cannot receive texts.',
  '21617': 'The text is too long to send.',
  '30001': 'The carrier queue overflowed; the text was not sent.',
  '30002': 'The clinic’s messaging account is suspended.',
  '30003': 'The phone is unreachable (switched off or out of coverage).',
  '30004': 'The text was blocked by the patient or their carrier.',
  '30005': 'The number does not exist or is no longer in service.',
  '30006': 'The number is a landline or cannot receive texts.',
  '30007': 'The carrier filtered the text as spam.',
  '30008': 'The carrier reported an unknown delivery error.',
  '30019': 'The picture is too large for the carrier.',
  '30034': 'The clinic’s sending number is not registered for business texting (A2P 10DLC).',
};

/** A sentence for a Twilio error code, or a generic one naming the code. */
export function twilioErrorText(code: string | null | undefined): string | null {
  if (!code) return null;
  return TWILIO_ERRORS[code] ?? `The carrier reported error ${code}.`;
}

/** Twilio error codes after which sending the same text again cannot succeed. */
const PERMANENT_ERRORS = new Set([21211, 21212, 21214, 21408, 21606, 21610, 21612, 21614, 21617, 30003, 30004, 30005, 30006, 30007]);

/**
 * After Twilio's REST API refused a request with `httpStatus` (and, usually, a Twilio error `code`):
 * may the same request succeed later? 429 (rate limit) and 5xx: yes. Any other 4xx (invalid or
 * opted-out number, bad credentials, invalid parameters…): no, Twilio would refuse it again.
 */
export function isRetryableTwilioError(httpStatus: number, code?: number | null): boolean {
  if (code && PERMANENT_ERRORS.has(code)) return false;
  return httpStatus === 429 || httpStatus >= 500;
}
