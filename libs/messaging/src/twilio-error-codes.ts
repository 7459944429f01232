/**
 * Twilio's status callbacks carry an ErrorCode but usually no text: these are the common delivery
 * errors (https://www.twilio.com/docs/api/errors) in words a front desk can act on.
 */
const TWILIO_ERRORS: Record<string, string> = {
  '21211': 'The phone number is not valid.',
  '21408': 'Texting this region is not enabled for the clinic’s account.',
  '21610': 'The patient has opted out of texts from this number (replied STOP).',
  '21614': 'The number is not a mobile number and cannot receive texts.',
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
