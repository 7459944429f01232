import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

/** Prefix of every value sealed by a {@link DataKeyRing}: `bcn1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts). */
export const SEALED_PREFIX = 'bcn1:';
/** Key id used when only the single `DATA_ENCRYPTION_KEY` is configured. */
export const DEFAULT_KEY_ID = 'default';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class DataKeyRingError extends Error {
  override name = 'DataKeyRingError';
}

/**
 * AES-256-GCM for message bodies at rest, with several keys: the first is used to encrypt, all of
 * them decrypt (so a rotation can re-encrypt rows at its own pace). Every value names its key, so a
 * KMS-backed ring later only has to supply the same `keyId → key` map.
 */
export class DataKeyRing {
  readonly activeKeyId: string;
  /** Imported once as key objects: importing a raw key on every call costs more than the cipher itself. */
  private readonly keys: ReadonlyMap<string, KeyObject>;
  private readonly indexKey: KeyObject;

  /** `keys` in order of preference (first = active); `indexKey` keys the search blind index. */
  constructor(keys: ReadonlyArray<{ id: string; key: Buffer }>, indexKey: Buffer) {
    const first = keys[0];
    if (!first) throw new DataKeyRingError('At least one data encryption key is required');
    const map = new Map<string, KeyObject>();
    for (const { id, key } of keys) {
      if (!KEY_ID.test(id)) throw new DataKeyRingError(`Key id "${id}" must be 1–32 letters, digits, _ or -`);
      if (key.length !== 32) throw new DataKeyRingError(`Key "${id}" must be 32 bytes`);
      if (map.has(id)) throw new DataKeyRingError(`Key id "${id}" appears twice`);
      map.set(id, createSecretKey(key));
    }
    this.activeKeyId = first.id;
    this.keys = map;
    this.indexKey = createSecretKey(indexKey);
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  encrypt(plaintext: string): string {
    const key = this.keys.get(this.activeKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${SEALED_PREFIX}${this.activeKeyId}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${data.toString('base64url')}`;
  }

  decrypt(sealed: string): string {
    const parts = parseSealed(sealed);
    if (!parts) throw new DataKeyRingError('Not an encrypted value');
    const key = this.keys.get(parts.keyId);
    if (!key) throw new DataKeyRingError(`Value is encrypted with key "${parts.keyId}", which is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts.iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(parts.tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(parts.data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /**
   * Binary values (MMS pictures): `2 | idLength | keyId | iv(12) | tag(16) | ciphertext`. Pictures stored
   * before key ids existed (`1 | iv | tag | ciphertext`) were sealed with the "default" key.
   */
  encryptBytes(plain: Buffer): Buffer {
    const key = this.keys.get(this.activeKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    const id = Buffer.from(this.activeKeyId, 'ascii');
    return Buffer.concat([Buffer.from([BYTES_V2, id.length]), id, iv, cipher.getAuthTag(), data]);
  }

  decryptBytes(sealed: Buffer): Buffer {
    const parts = parseSealedBytes(sealed);
    if (!parts) throw new DataKeyRingError('Not an encrypted picture');
    const key = this.keys.get(parts.keyId);
    if (!key) throw new DataKeyRingError(`Picture is encrypted with key "${parts.keyId}", which is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, parts.iv);
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.data), decipher.final()]);
  }

  /** Keyed hash (HMAC-SHA256, truncated to 16 bytes) of a search term: equal terms match, nothing is readable. */
  blindIndex(term: string): Buffer {
    return createHmac('sha256', this.indexKey).update(term, 'utf8').digest().subarray(0, 16);
  }
}

const BYTES_V1 = 1;
const BYTES_V2 = 2;

/** Key id of sealed bytes (see `encryptBytes`), or null when they are not sealed bytes. */
export function sealedBytesKeyId(sealed: Buffer): string | null {
  return parseSealedBytes(sealed)?.keyId ?? null;
}

function parseSealedBytes(sealed: Buffer): { keyId: string; iv: Buffer; tag: Buffer; data: Buffer } | null {
  if (sealed[0] === BYTES_V1 && sealed.length >= 29) return { keyId: DEFAULT_KEY_ID, iv: sealed.subarray(1, 13), tag: sealed.subarray(13, 29), data: sealed.subarray(29) };
  if (sealed[0] !== BYTES_V2 || sealed.length < 2) return null;
  const idEnd = 2 + sealed[1]!;
  if (sealed.length < idEnd + 28) return null;
  return { keyId: sealed.subarray(2, idEnd).toString('ascii'), iv: sealed.subarray(idEnd, idEnd + 12), tag: sealed.subarray(idEnd + 12, idEnd + 28), data: sealed.subarray(idEnd + 28) };
}

/** Key id of a sealed value, or null for anything else (e.g. a row written before encryption). */
export function sealedKeyId(value: string): string | null {
  return parseSealed(value)?.keyId ?? null;
}

function parseSealed(value: string): { keyId: string; iv: string; tag: string; data: string } | null {
  if (!value.startsWith(SEALED_PREFIX)) return null;
  const [keyId, iv, tag, data, ...rest] = value.slice(SEALED_PREFIX.length).split(':');
  if (!keyId || !iv || !tag || data === undefined || rest.length) return null;
  return { keyId, iv, tag, data };
}

/**
 * The ring from the environment: `DATA_ENCRYPTION_KEYS` = `keyId:base64key,…` (first is active),
 * else the single `DATA_ENCRYPTION_KEY` under the id "default". The blind-index key is derived from
 * `DATA_ENCRYPTION_KEY` (HKDF), so rotating data keys never invalidates the search index.
 */
export function dataKeyRingFromEnv(env: { DATA_ENCRYPTION_KEY: string; DATA_ENCRYPTION_KEYS?: string | undefined }): DataKeyRing {
  const base = Buffer.from(env.DATA_ENCRYPTION_KEY, 'base64');
  const indexKey = Buffer.from(hkdfSync('sha256', base, Buffer.alloc(0), 'beacon/search-blind-index/v1', 32));
  const keys = env.DATA_ENCRYPTION_KEYS ? parseKeyList(env.DATA_ENCRYPTION_KEYS) : [{ id: DEFAULT_KEY_ID, key: base }];
  return new DataKeyRing(keys, indexKey);
}

/** Parses `id:base64,id:base64`; throws a readable error on the first bad entry. */
export function parseKeyList(value: string): { id: string; key: Buffer }[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      if (at <= 0) throw new DataKeyRingError(`"${entry.slice(0, 12)}…" must look like keyId:base64key`);
      const id = entry.slice(0, at);
      const key = Buffer.from(entry.slice(at + 1), 'base64');
      if (!KEY_ID.test(id)) throw new DataKeyRingError(`Key id "${id}" must be 1–32 letters, digits, _ or -`);
      if (key.length !== 32) throw new DataKeyRingError(`Key "${id}" must be 32 random bytes, base64-encoded`);
      return { id, key };
    });
}
