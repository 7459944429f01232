import { describe, expect, it } from '@jest/globals';
import { detectIdentifiers, luhnValid } from './detect-identifiers.util.js';

const kinds = (text: string) => detectIdentifiers(text).map((d) => `${d.kind}:${text.slice(d.start, d.end)}`);

describe('detectIdentifiers', () => {
  it.each([
    ['My SSN is 123-45-6789', ['ssn:123-45-6789']],
    ['ssn 123 45 6789 thanks', ['ssn:123 45 6789']],
    ['social security: 123456789', ['ssn:123456789']],
    ['DOB 03/14/1988', ['date_of_birth:03/14/1988']],
    ['born 3/14/88', ['date_of_birth:3/14/88']],
    ['her birthday is March 14, 1988', ['date_of_birth:March 14, 1988']],
    ['Patient: Jane, 14 March 1988', ['date_of_birth:14 March 1988']],
    ['fecha de nacimiento 14 de marzo de 1988', ['date_of_birth:14 de marzo de 1988']],
    ['1975-06-02 is on file', ['date_of_birth:1975-06-02']],
    ['Card 4111 1111 1111 1111 exp 12/27', ['payment_card:4111 1111 1111 1111']],
    ['visa 4111-1111-1111-1111', ['payment_card:4111-1111-1111-1111']],
    ['amex 378282246310005', ['payment_card:378282246310005']],
    ['SSN 123-45-6789, DOB 1/2/1970, card 5555555555554444', ['ssn:123-45-6789', 'date_of_birth:1/2/1970', 'payment_card:5555555555554444']],
  ])('%p → %p', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Call us at 512-555-0144',
    'Call (512) 555-0144 or +1 512 555 0199',
    'Your total is $1,250.00',
    'Botox is $12/unit, 40 units = $480',
    'See you Dec 3 at 2pm',
    'Your appointment is on 12/03/2026 at 2:00 PM',
    'Booked for 2026-12-03 at 10:30',
    'Order #123456789 shipped',
    'Reference 123456789',
    'Card 4111 1111 1111 1112 (typo)',
    'SSN 000-12-3456 is not valid',
    'Two numbers: 5125550144 5125550199',
    'Your code is 123456',
    'Tracking 1Z999AA10123456784',
  ])('%p has no identifiers', (text) => {
    expect(detectIdentifiers(text)).toEqual([]);
  });

  it('gives exact spans and a reason', () => {
    const text = 'pls charge 4242 4242 4242 4242 for the balance';
    const [hit] = detectIdentifiers(text);
    expect(hit).toMatchObject({ kind: 'payment_card', start: 11, end: 30 });
    expect(hit?.reason).toMatch(/Luhn/);
  });

  it('checks Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
});
