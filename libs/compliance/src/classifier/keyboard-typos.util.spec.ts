import { describe, expect, it } from '@jest/globals';
import { correctTypos, keyboardDistance } from './keyboard-typos.util.js';

describe('keyboardDistance', () => {
  it('charges half an edit for a neighbouring key or a doubled letter, one for a swap or a drop', () => {
    expect(keyboardDistance('stoo', 'stop')).toBe(0.5); // o next to p
    expect(keyboardDistance('stopp', 'stop')).toBe(0.5);
    expect(keyboardDistance('sotp', 'stop')).toBe(1);
    expect(keyboardDistance('stp', 'stop')).toBe(1);
    expect(keyboardDistance('stop', 'stop')).toBe(0);
    expect(keyboardDistance('massage', 'message')).toBe(1); // a and e are not neighbours
  });
});

describe('correctTypos', () => {
  const none = new Set<string>();
  it('corrects misspelled opt-out words inside a sentence', () => {
    expect(correctTypos('pls stpo txting me', none).text).toBe('pls stop texting me');
    expect(correctTypos('remvoe me from ur lsit', none).text).toBe('remove me from ur list');
  });

  it('leaves ordinary words alone, except a near-STOP word right before a texting verb', () => {
    expect(correctTypos('can i top up my gift card', none).corrections).toEqual([]);
    expect(correctTypos('i love the massage', none).corrections).toEqual([]);
    expect(correctTypos('step texting me', none).text).toBe('stop texting me');
    expect(correctTypos('tyop word', new Set(['tyop'])).corrections).toEqual([]);
  });

  it('reads a near-QUIT word before a texting verb as QUIT, and corrects a swapped "dont"', () => {
    expect(correctTypos('quite texting me', none).text).toBe('quit texting me');
    expect(correctTypos('it is quite nice', none).corrections).toEqual([]);
    expect(correctTypos('dnot text me again', none).text).toBe('dont text me again');
  });
});
