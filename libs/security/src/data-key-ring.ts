import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

/** Prefix of every value sealed by a {@link DataKeyRing}: `bcn1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts). */
export const SEALED_PREFIX = 'bcn1:';
/** Key id used when only the single `DATA_ENCRYPTION_KEY` is configured. */
export const DEFAULT_KEY_ID = 'default';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class DataKeyRingError extends Error {
  override name = 'DataKeyRingError';
}

export interface DataKeyRingOptions {
  /**
   * Blind-index (search) keys, first = the one new tokens are written with; all of them are looked up,
   * so rows indexed under an older key stay findable until `reindexSearch` has moved them. Default:
   * one index key derived from each data key, in the ring's order.
   */
  indexKeys?: ReadonlyArray<Buffer>;
  /** Keys that may have sealed values in the retired `v1.` layout (integration secrets before the ring existed). */
  legacyKeys?: ReadonlyArray<Buffer>;
}

/**
 * The one key ring for everything sealed at rest — message bodies, notes, smart replies, pictures,
 * integration secrets — and for the search blind index. Several data keys: the first encrypts, all
 * of them decrypt (so a rotation can re-encrypt rows at its own pace). Every value names its key,
 * so a KMS-backed ring later only has to supply the same `keyId → key` map.
 */
export class DataKeyRing {
  readonly activeKeyId: string;
  /** Short, non-secret name of the active blind-index key: which key a re-index is moving tokens to. */
  readonly indexKeyFingerprint: string;
  /** Imported once as key objects: importing a raw key on every call costs more than the cipher itself. */
  private readonly keys: ReadonlyMap<string, KeyObject>;
  private readonly indexKeys: readonly KeyObject[];
  private readonly legacyKeys: readonly KeyObject[];

  /** `keys` in order of preference (first = active). */
  constructor(keys: ReadonlyArray<{ id: string; key: Buffer }>, options: DataKeyRingOptions = {}) {
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
    const indexKeys = uniqueKeys(options.indexKeys ?? keys.map((k) => deriveIndexKey(k.key)));
    if (!indexKeys.length) throw new DataKeyRingError('At least one search index key is required');
    this.indexKeys = indexKeys.map((k) => createSecretKey(k));
    this.indexKeyFingerprint = createHmac('sha256', indexKeys[0]!).update('beacon/index-key-fingerprint').digest('hex').slice(0, 16);
    this.legacyKeys = uniqueKeys([...keys.map((k) => k.key), ...(options.legacyKeys ?? [])]).map((k) => createSecretKey(k));
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
    if (!parts) {
      if (isLegacySealed(sealed)) return this.decryptLegacy(sealed);
      throw new DataKeyRingError('Not an encrypted value');
    }
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

  /** `v1.<iv>.<tag>.<data>` from the retired FieldEncryption: no key id, so every configured key is tried (GCM tells which fits). */
  private decryptLegacy(sealed: string): string {
    const [, iv, tag, data] = sealed.split('.') as [string, string, string, string];
    for (const key of this.legacyKeys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        // not this key
      }
    }
    throw new DataKeyRingError('Value is sealed in the old v1 layout with a key that is not configured');
  }

  /** Keyed hash (HMAC-SHA256, truncated to 16 bytes) of a search term under the active index key: what new rows store. */
  blindIndex(term: string): Buffer {
    return indexHash(this.indexKeys[0]!, term);
  }

  /** The term's hash under every configured index key: what a search looks for, so rows not yet re-indexed still match. */
  blindIndexes(term: string): Buffer[] {
    return this.indexKeys.map((key) => indexHash(key, term));
  }
}

function indexHash(key: KeyObject, term: string): Buffer {
  return createHmac('sha256', key).update(term, 'utf8').digest().subarray(0, 16);
}

function deriveIndexKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'beacon/search-blind-index/v1', 32));
}

function uniqueKeys(keys: ReadonlyArray<Buffer>): Buffer[] {
  const out: Buffer[] = [];
  for (const key of keys) if (!out.some((k) => k.equals(key))) out.push(key);
  return out;
}

const LEGACY_SEALED = /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

/** Whether a value has the retired `v1.` layout (only integration secrets were ever sealed that way). */
export function isLegacySealed(value: string): boolean {
  return LEGACY_SEALED.test(value);
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
 * else the single `DATA_ENCRYPTION_KEY` under the id "default". Each data key has a blind-index key
 * derived from it (HKDF): new tokens use the active key's, and searches also look up the other keys'
 * (and `DATA_ENCRYPTION_KEY`'s, which indexed everything before key lists existed) until
 * `rotate-keys` / `search:reindex` has moved every row to the active one.
 */
export function dataKeyRingFromEnv(env: { DATA_ENCRYPTION_KEY: string; DATA_ENCRYPTION_KEYS?: string | undefined }): DataKeyRing {
  const base = Buffer.from(env.DATA_ENCRYPTION_KEY, 'base64');
  const keys = env.DATA_ENCRYPTION_KEYS ? parseKeyList(env.DATA_ENCRYPTION_KEYS) : [{ id: DEFAULT_KEY_ID, key: base }];
  return new DataKeyRing(keys, { indexKeys: [...keys.map((k) => deriveIndexKey(k.key)), deriveIndexKey(base)], legacyKeys: [base] });
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
