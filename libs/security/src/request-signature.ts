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
