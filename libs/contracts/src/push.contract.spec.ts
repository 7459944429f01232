import { randomBytes } from 'node:crypto';
import { pushSubscriptionInput } from './push.contract.js';

const subscription = (p256dh: string, auth: string) => ({ endpoint: 'https://push.example.test/send/abc', keys: { p256dh, auth } });
const b64 = (bytes: number, pad = false) => {
  const s = randomBytes(bytes).toString('base64url');
  return pad ? s.padEnd(Math.ceil(s.length / 4) * 4, '=') : s;
};

/** The key checks are pure (the console imports the contracts): they must count bytes as Node's base64url decoder does. */
describe('pushSubscriptionInput keys', () => {
  it('accepts a 65-byte P-256 key and a 16-byte auth secret, padded or not', () => {
    expect(pushSubscriptionInput.safeParse(subscription(b64(65), b64(16))).success).toBe(true);
    expect(pushSubscriptionInput.safeParse(subscription(b64(65, true), b64(16, true))).success).toBe(true);
  });

  it.each([64, 66, 33])('refuses a %i-byte public key', (bytes) => {
    const result = pushSubscriptionInput.safeParse(subscription(b64(bytes), b64(16)));
    expect(result.success).toBe(false);
    expect(Buffer.from(b64(bytes), 'base64url').length).not.toBe(65);
  });

  it.each([15, 17])('refuses a %i-byte auth secret', (bytes) => {
    expect(pushSubscriptionInput.safeParse(subscription(b64(65), b64(bytes))).success).toBe(false);
  });

  it('refuses characters outside base64url', () => {
    expect(pushSubscriptionInput.safeParse(subscription(`${b64(65).slice(0, -1)}+`, b64(16))).success).toBe(false);
  });
});
