import { createCipheriv, randomBytes } from 'node:crypto';

/** A secret as the retired FieldEncryption sealed it (before the one key ring): `v1.<iv>.<tag>.<ciphertext>` under DATA_ENCRYPTION_KEY. */
export function legacyV1Seal(base64Key: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(base64Key, 'base64'), iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}
