import { decodeListCursor, encodeListCursor } from './conversation-list.repository.js';

describe('conversation list cursor', () => {
  it('round-trips a position and refuses anything that is not one', () => {
    const c = { at: '2026-11-25T10:00:00.123456Z', id: '3f1e0f7e-8a43-4a4f-9c1b-2f1b7f1f4b11' };
    expect(decodeListCursor(encodeListCursor(c))).toEqual(c);
    expect(decodeListCursor('garbage')).toBeNull();
    expect(decodeListCursor(Buffer.from(JSON.stringify(['not a date', c.id])).toString('base64url'))).toBeNull();
    expect(decodeListCursor(Buffer.from(JSON.stringify([c.at, "x' or 1=1 --"])).toString('base64url'))).toBeNull();
  });
});
