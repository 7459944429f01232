import { randomBytes } from 'node:crypto';
import { BufferEncryption } from './buffer-encryption.js';

const key = randomBytes(32).toString('base64');

describe('BufferEncryption', () => {
  it('round-trips bytes and never stores them in the clear', () => {
    const enc = new BufferEncryption(key);
    const picture = Buffer.from('\x89PNG\r\n\x1a\n pretend picture bytes', 'binary');
    const sealed = enc.encrypt(picture);
    expect(sealed.includes(picture)).toBe(false);
    expect(enc.decrypt(sealed).equals(picture)).toBe(true);
  });

  it('refuses tampered bytes and another key', () => {
    const enc = new BufferEncryption(key);
    const sealed = enc.encrypt(Buffer.from('hello'));
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => enc.decrypt(tampered)).toThrow();
    expect(() => new BufferEncryption(randomBytes(32).toString('base64')).decrypt(sealed)).toThrow();
  });
});
