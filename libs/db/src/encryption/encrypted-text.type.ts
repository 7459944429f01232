import { Type, type Platform, type TransformContext } from '@mikro-orm/core';

/** What the ORM needs from a key ring (see `DataKeyRing` in @beacon/security). */
export interface DataCipher {
  encrypt(plaintext: string): string;
  decrypt(sealed: string): string;
  /** Keyed hash of a search term under the active index key (what new rows store). */
  blindIndex(term: string): Buffer;
  /** The term's hash under every configured index key (what a search looks for during a key rotation). */
  blindIndexes(term: string): Buffer[];
  /** Non-secret name of the active index key; a re-index records its progress under it. */
  readonly indexKeyFingerprint: string;
}

/** Values this type writes start with this prefix (kept in sync with @beacon/security's SEALED_PREFIX). */
const SEALED_PREFIX = 'bcn1:';

let activeCipher: DataCipher | null = null;

/**
 * Installs the key ring the encrypted columns use in this process. `createOrm` calls it when given
 * `dataCipher`; the API, worker, CLIs and tests all pass the ring built from the environment.
 */
export function useDataCipher(cipher: DataCipher): void {
  activeCipher = cipher;
}

export function dataCipher(): DataCipher {
  if (!activeCipher) throw new Error('Message encryption is not configured: pass dataCipher to createOrm');
  return activeCipher;
}

/**
 * A text column stored as AES-256-GCM ciphertext (`bcn1:<keyId>:…`) and read back as plaintext, so
 * the rest of the code keeps using `message.body` as a string. Rows written before encryption
 * (no prefix) read as they are until `rotate-keys` encrypts them.
 */
export class EncryptedText extends Type<string, string> {
  override convertToDatabaseValue(value: string, _platform: Platform, _context?: TransformContext): string {
    // Also used for entity snapshots, whose values are what a changed row is written with: so always encrypt.
    if (typeof value !== 'string') return value;
    // Already ciphertext (the ORM may convert a changed value it took from a snapshot); anything
    // else — including a patient's text that merely starts with the prefix — gets encrypted.
    if (isSealed(value) && tryDecrypt(value) !== null) return value;
    return dataCipher().encrypt(value);
  }

  override convertToJSValue(value: string, _platform: Platform): string {
    if (typeof value !== 'string' || !isSealed(value)) return value;
    return dataCipher().decrypt(value);
  }

  /** A fresh IV per write makes equal texts differ as ciphertext: compare what they say instead. */
  override compareValues(a: string, b: string): boolean {
    if (a === b) return true;
    if (typeof a !== 'string' || typeof b !== 'string') return false;
    return this.convertToJSValue(a, undefined as unknown as Platform) === this.convertToJSValue(b, undefined as unknown as Platform);
  }

  override getColumnType(): string {
    return 'text';
  }
}

function tryDecrypt(value: string): string | null {
  try {
    return dataCipher().decrypt(value);
  } catch {
    return null;
  }
}

function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

/**
 * A JSON value stored as one sealed text (`bcn1:<keyId>:…`), e.g. smart replies rendered with the
 * patient's name. Rows from before encryption hold the JSON text itself until `rotate-keys` seals them.
 */
export class EncryptedJson<T> extends Type<T, string> {
  override convertToDatabaseValue(value: T, _platform: Platform, _context?: TransformContext): string {
    if (typeof value === 'string' && isSealed(value) && tryDecrypt(value) !== null) return value;
    return dataCipher().encrypt(JSON.stringify(value));
  }

  override convertToJSValue(value: string, _platform: Platform): T {
    if (typeof value !== 'string') return value;
    return JSON.parse(isSealed(value) ? dataCipher().decrypt(value) : value) as T;
  }

  override compareValues(a: string, b: string): boolean {
    if (a === b) return true;
    const plain = (v: unknown) => (typeof v === 'string' && isSealed(v) ? tryDecrypt(v) : typeof v === 'string' ? v : JSON.stringify(v));
    return plain(a) === plain(b);
  }

  override getColumnType(): string {
    return 'text';
  }
}
