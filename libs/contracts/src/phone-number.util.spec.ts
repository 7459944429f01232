import { formatPhone, maskPhone, maskPhoneNumbersIn, toE164 } from './phone-number.util.js';

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

describe('maskPhoneNumbersIn', () => {
  it('masks every way a number is written inside a sentence, and leaves other numbers alone', () => {
    const text = "The 'To' number +15125550199 is not valid; also (512) 555-0177, 512.555.0123, 512-555-0144, 5125550155 and 555-0166. Error 21610 on 2026-12-07 at 10:30.";
    const masked = maskPhoneNumbersIn(text);
    for (const digits of ['5125550199', '555-0177', '555.0123', '555-0144', '5125550155', '555-0166']) expect(masked).not.toContain(digits);
    expect(masked).toContain('(•••) •••-0199');
    expect(masked).toContain('(•••) •••-0166');
    expect(masked).toContain('Error 21610 on 2026-12-07 at 10:30.');
    expect(maskPhoneNumbersIn('(•••) •••-0199')).toBe('(•••) •••-0199');
  });
});
