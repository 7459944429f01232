import { checkMessageLength as checkWithSegments, LONG_MESSAGE_SEGMENTS, MAX_MESSAGE_LENGTH } from '../../apps/console/src/app/shared/message-length.js';
import { countSmsSegments } from '@beacon/contracts';

/** As the composer calls it: with the console's own segment count. */
const checkMessageLength = (body: string) => checkWithSegments(body, countSmsSegments(body).segments);

describe('checkMessageLength: the composer says what will happen before sending', () => {
  it('says nothing about a short text', () => {
    expect(checkMessageLength('See you at 3!')).toEqual({ level: 'ok', segments: 1, message: '' });
    expect(checkMessageLength('a'.repeat(153 * LONG_MESSAGE_SEGMENTS))).toEqual({ level: 'ok', segments: LONG_MESSAGE_SEGMENTS, message: '' });
  });

  it('warns when the text will arrive as more than a few texts', () => {
    const check = checkMessageLength('a'.repeat(153 * LONG_MESSAGE_SEGMENTS + 1));
    expect(check).toEqual({ level: 'long', segments: LONG_MESSAGE_SEGMENTS + 1, message: expect.stringContaining(`${LONG_MESSAGE_SEGMENTS + 1} separate texts`) });
  });

  it('refuses a 2,000-character paste with how much to cut, instead of cutting it silently', () => {
    expect(checkMessageLength('a'.repeat(2000))).toEqual({
      level: 'too_long',
      segments: 14,
      message: 'This message is 2,000 characters; a text can be at most 1,600. Shorten it by 400 characters to send it.',
    });
    expect(checkMessageLength('a'.repeat(MAX_MESSAGE_LENGTH)).level).toBe('long');
    expect(checkMessageLength('a'.repeat(MAX_MESSAGE_LENGTH + 1)).message).toContain('by 1 character to');
  });
});
