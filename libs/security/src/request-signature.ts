import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signature booking systems send: hex HMAC-SHA256 of `<unix seconds>.<raw body>` with the integration secret. */
export function signRequest(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifyRequestSignature(params: {
  secret: string;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  rawBody: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): SignatureCheck {
  const { secret, timestampHeader, signatureHeader, rawBody, nowSeconds, toleranceSeconds = 300 } = params;
  if (!timestampHeader || !/^\d{9,11}$/.test(timestampHeader)) {
    return { ok: false, reason: 'X-Beacon-Timestamp header must be the current time in Unix seconds' };
  }
  if (!signatureHeader || !/^[0-9a-f]{64}$/i.test(signatureHeader)) {
    return { ok: false, reason: 'X-Beacon-Signature header must be the hex HMAC-SHA256 of "<timestamp>.<body>"' };
  }
  const timestamp = Number(timestampHeader);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return { ok: false, reason: `Request timestamp is more than ${toleranceSeconds} seconds from the server time; re-sign the request` };
  }
  const expected = Buffer.from(signRequest(secret, timestamp, rawBody), 'hex');
  const given = Buffer.from(signatureHeader, 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'Signature does not match the request body' };
  }
  return { ok: true };
}

/** The event type a booking system may send to check its key and signature; it changes nothing. */
export const INTEGRATION_TEST_EVENT_TYPE = 'integration.test';

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * A copy-paste shell example that signs exactly as `signRequest` / `verifyRequestSignature` expect
 * (hex HMAC-SHA256 of "<timestamp>.<raw body>") and posts a harmless test event.
 */
export function signedRequestCurlExample(input: { url: string; keyId: string; secret: string }): string {
  const body = `{"eventId":"test-'"$TS"'","type":"${INTEGRATION_TEST_EVENT_TYPE}","occurredAt":"'"$(date -u +%Y-%m-%dT%H:%M:%SZ)"'"}`;
  return [
    `SECRET=${shellQuote(input.secret)}`,
    'TS=$(date +%s)',
    `BODY='${body}'`,
    `SIG=$(printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')`,
    `curl -sS -X POST ${shellQuote(input.url)} \\`,
    `  -H 'content-type: application/json' \\`,
    `  -H ${shellQuote(`x-beacon-key: ${input.keyId}`)} \\`,
    `  -H "x-beacon-timestamp: $TS" \\`,
    `  -H "x-beacon-signature: $SIG" \\`,
    `  --data "$BODY"`,
  ].join('\n');
}
