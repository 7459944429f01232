import { formatPhone, maskPhone, toE164 } from './phone-number.util.js';

describe('phone numbers', () => {
  it.each([
    ['(512) 555-0147', '+15125550147'],
    ['512.555.0147', '+15125550147'],
    ['+1 512 555 0147', '+15125550147'],
  ])('normalises %s to E.164', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });

  it.each(['12345', 'call me', '+1 000 000 0000'])('rejects %s', (input) => {
    expect(toE164(input)).toBeNull();
  });

  it('masks all but the last four digits', () => {
    expect(maskPhone('+15125550147')).toBe('(•••) •••-0147');
  });

  it('formats US numbers for people', () => {
    expect(formatPhone('+15125550147')).toBe('(512) 555-0147');
  });
});
