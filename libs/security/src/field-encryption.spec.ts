import { FieldEncryption } from './field-encryption.js';

describe('FieldEncryption', () => {
  const enc = new FieldEncryption(Buffer.alloc(32, 1).toString('base64'));

  it('round-trips text and never stores the plaintext', () => {
    const sealed = enc.encrypt('Botox at 3pm');
    expect(sealed).not.toContain('Botox');
    expect(enc.decrypt(sealed)).toBe('Botox at 3pm');
  });

  it('uses a fresh IV per value', () => {
    expect(enc.encrypt('same')).not.toBe(enc.encrypt('same'));
  });

  it('detects tampering', () => {
    const sealed = enc.encrypt('hello');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('jello').toString('base64url');
    expect(() => enc.decrypt(parts.join('.'))).toThrow();
  });

  it('refuses a key of the wrong size', () => {
    expect(() => new FieldEncryption(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
