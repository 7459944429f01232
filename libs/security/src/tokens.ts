import { createHash, randomBytes } from 'node:crypto';

/** Opaque bearer secret (session cookie, API key); only its SHA-256 is stored. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
