import { signedMediaUrl, sniffImageType, verifyMediaSignature, MEDIA_URL_TTL_MS } from './message-media.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('sniffImageType', () => {
  it('recognises the four allowed picture types from their bytes, not their name', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('GIF89a......', 'latin1'))).toBe('image/gif');
    expect(sniffImageType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))).toBe('image/webp');
  });

  it('refuses anything else (text, PDF, SVG, a truncated header)', () => {
    expect(sniffImageType(Buffer.from('hello'))).toBeNull();
    expect(sniffImageType(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(PNG.subarray(0, 4))).toBeNull();
  });
});

describe('signed media URLs', () => {
  const id = '3f1e0f7e-8a43-4a4f-9c1b-2f1b7f1f4b11';
  const now = Date.UTC(2026, 10, 25, 12);
  const parts = (url: string) => {
    const u = new URL(url);
    return { expires: Number(u.searchParams.get('expires')), sig: u.searchParams.get('sig') ?? '' };
  };

  it('are valid for the TTL only, for that picture only, with that secret only', () => {
    const url = signedMediaUrl('https://beacon.example.com/', 'secret', id, now);
    expect(url.startsWith(`https://beacon.example.com/api/public/media/${id}?expires=`)).toBe(true);
    const { expires, sig } = parts(url);
    expect(verifyMediaSignature('secret', id, expires, sig, now)).toBe(true);
    expect(verifyMediaSignature('secret', id, expires, sig, now + MEDIA_URL_TTL_MS + 1000)).toBe(false);
    expect(verifyMediaSignature('secret', '00000000-0000-4000-8000-000000000000', expires, sig, now)).toBe(false);
    expect(verifyMediaSignature('other', id, expires, sig, now)).toBe(false);
    expect(verifyMediaSignature('secret', id, expires + 3600, sig, now)).toBe(false);
  });
});
