import { signRequest, verifyRequestSignature } from './request-signature.js';

const secret = 'integration-secret';
const body = '{"eventId":"evt_1"}';
const now = 1_800_000_000;

describe('verifyRequestSignature', () => {
  it('accepts a fresh request signed with the secret', () => {
    const sig = signRequest(secret, now, body);
    expect(verifyRequestSignature({ secret, timestampHeader: String(now), signatureHeader: sig, rawBody: body, nowSeconds: now + 10 })).toEqual({ ok: true });
  });

  it('rejects a body changed after signing', () => {
    const sig = signRequest(secret, now, body);
    const check = verifyRequestSignature({ secret, timestampHeader: String(now), signatureHeader: sig, rawBody: body.replace('1', '2'), nowSeconds: now });
    expect(check).toEqual({ ok: false, reason: 'Signature does not match the request body' });
  });

  it('rejects a replay older than the tolerance window', () => {
    const sig = signRequest(secret, now, body);
    const check = verifyRequestSignature({ secret, timestampHeader: String(now), signatureHeader: sig, rawBody: body, nowSeconds: now + 301 });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/more than 300 seconds/);
  });

  it('explains missing headers', () => {
    const check = verifyRequestSignature({ secret, timestampHeader: undefined, signatureHeader: undefined, rawBody: body, nowSeconds: now });
    expect(!check.ok && check.reason).toMatch(/X-Beacon-Timestamp/);
  });
});
