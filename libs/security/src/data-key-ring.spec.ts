import { createCipheriv, randomBytes } from 'node:crypto';
import { DataKeyRing, dataKeyRingFromEnv, isLegacySealed, parseKeyList, sealedBytesKeyId, sealedKeyId } from './data-key-ring.js';

const k1 = Buffer.alloc(32, 1).toString('base64');
const k2 = Buffer.alloc(32, 2).toString('base64');

describe('DataKeyRing', () => {
  it('encrypts under the active key and names it in the value', () => {
    const ring = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1, DATA_ENCRYPTION_KEYS: `new:${k2},old:${k1}` });
    const sealed = ring.encrypt('Botox at 3pm');
    expect(sealed).not.toContain('Botox');
    expect(sealedKeyId(sealed)).toBe('new');
    expect(ring.decrypt(sealed)).toBe('Botox at 3pm');
  });

  it('decrypts values sealed under an older key of the ring', () => {
    const old = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1 });
    const sealed = old.encrypt('hello');
    expect(sealedKeyId(sealed)).toBe('default');
    const rotated = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1, DATA_ENCRYPTION_KEYS: `k2:${k2},default:${k1}` });
    expect(rotated.decrypt(sealed)).toBe('hello');
  });

  it('refuses a value whose key is no longer configured, and tampered values', () => {
    const sealed = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1 }).encrypt('hello');
    expect(() => new DataKeyRing(parseKeyList(`k2:${k2}`), { indexKeys: [Buffer.alloc(32)] }).decrypt(sealed)).toThrow(/key "default", which is not configured/);
    const parts = sealed.split(':');
    parts[4] = Buffer.from('jello').toString('base64url');
    expect(() => dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1 }).decrypt(parts.join(':'))).toThrow();
  });

  it('keeps terms indexed under the old key findable while DATA_ENCRYPTION_KEY itself is rotated', () => {
    const before = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1 });
    const stored = before.blindIndex('botox');
    expect(stored.equals(before.blindIndex('filler'))).toBe(false);
    const has = (ring: DataKeyRing) => ring.blindIndexes('botox').some((t) => t.equals(stored));
    // The new key replaces DATA_ENCRYPTION_KEY and leads the list; the old one stays until rotation is done.
    const rotating = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k2, DATA_ENCRYPTION_KEYS: `k2:${k2},default:${k1}` });
    expect(has(rotating)).toBe(true);
    expect(rotating.blindIndex('botox').equals(stored)).toBe(false);
    expect(rotating.indexKeyFingerprint).not.toBe(before.indexKeyFingerprint);
    // Only the new key left: the old tokens are no longer looked up (hence the re-index before dropping it).
    const after = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k2, DATA_ENCRYPTION_KEYS: `k2:${k2}` });
    expect(has(after)).toBe(false);
    expect(after.blindIndexes('botox')).toEqual([rotating.blindIndex('botox')]);
    // A single-key deployment keeps the index it always had.
    expect(dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1 }).indexKeyFingerprint).toBe(before.indexKeyFingerprint);
  });

  it('reads secrets sealed in the retired v1 layout under any configured key, and re-seals them with a key id', () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(k1, 'base64'), iv);
    const data = Buffer.concat([cipher.update('whsec_booking', 'utf8'), cipher.final()]);
    const legacy = ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    expect(isLegacySealed(legacy)).toBe(true);
    expect(isLegacySealed('v1.2.3 is my version')).toBe(false);
    const rotating = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k2, DATA_ENCRYPTION_KEYS: `k2:${k2},default:${k1}` });
    expect(rotating.decrypt(legacy)).toBe('whsec_booking');
    expect(sealedKeyId(rotating.encrypt(rotating.decrypt(legacy)))).toBe('k2');
    expect(() => dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k2 }).decrypt(legacy)).toThrow(/v1 layout/);
  });

  it('explains a malformed key list', () => {
    expect(() => parseKeyList('justakey')).toThrow(/keyId:base64key/);
    expect(() => parseKeyList(`k1:${Buffer.alloc(16).toString('base64')}`)).toThrow(/32 random bytes/);
  });
  it('seals pictures with their key id, reads the older id-less layout, and refuses a missing key or tampering', () => {
    const picture = Buffer.from('\x89PNG fake picture bytes');
    const ring = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: k1, DATA_ENCRYPTION_KEYS: `k2:${k2},default:${k1}` });
    const sealed = ring.encryptBytes(picture);
    expect(sealedBytesKeyId(sealed)).toBe('k2');
    expect(sealed.includes(picture)).toBe(false);
    expect(ring.decryptBytes(sealed).equals(picture)).toBe(true);

    // version 1 | iv | tag | ciphertext, under the single DATA_ENCRYPTION_KEY ("default").
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(k1, 'base64'), iv);
    const data = Buffer.concat([cipher.update(picture), cipher.final()]);
    const legacy = Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), data]);
    expect(sealedBytesKeyId(legacy)).toBe('default');
    expect(ring.decryptBytes(legacy).equals(picture)).toBe(true);

    expect(() => new DataKeyRing(parseKeyList(`k2:${k2}`), { indexKeys: [Buffer.alloc(32)] }).decryptBytes(legacy)).toThrow(/key "default", which is not configured/);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => ring.decryptBytes(tampered)).toThrow();
    expect(sealedBytesKeyId(Buffer.from('plain bytes'))).toBeNull();
  });
});
