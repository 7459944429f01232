import twilio from 'twilio';

/** Computes X-Twilio-Signature exactly as Twilio does (official SDK), for the simulator's requests. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}

/** Validates a webhook the way Twilio documents it, with the official SDK. */
export function isValidTwilioRequest(authToken: string, signature: string | undefined, url: string, params: Record<string, string>): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}

/** POSTs a form body signed like a Twilio webhook; returns the HTTP status. */
export async function postSignedTwilioForm(url: string, params: Record<string, string>, authToken: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(authToken, url, params) },
    body: new URLSearchParams(params).toString(),
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status;
}
