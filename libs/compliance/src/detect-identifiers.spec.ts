import { detectIdentifiers } from './detect-identifiers.js';

const kinds = (text: string) => detectIdentifiers(text).map((f) => f.kind);

describe('detectIdentifiers', () => {
  it('finds Social Security numbers', () => {
    expect(kinds('Her SSN is 123-45-6789 for the form')).toEqual(['ssn']);
    expect(kinds('ssn: 123456789')).toEqual(['ssn']);
    expect(kinds('Call 512-555-0100 to book')).toEqual([]);
  });

  it('finds card numbers that pass the Luhn check only', () => {
    expect(kinds('Card 4111 1111 1111 1111 exp 12/28')).toEqual(['card_number']);
    expect(kinds('Order 4111 1111 1111 1112')).toEqual([]);
  });

  it('finds full dates of birth but not appointment dates', () => {
    expect(kinds('DOB 03/14/1988')).toEqual(['date_of_birth']);
    expect(kinds('born March 14, 1988')).toEqual(['date_of_birth']);
    expect(kinds('Your appointment is on 12/03/2026 at 3pm')).toEqual([]);
    expect(kinds('date of birth: 1/2/2021')).toEqual(['date_of_birth']);
  });

  it('reports where each identifier is', () => {
    const text = 'SSN 123-45-6789';
    const [hit] = detectIdentifiers(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('123-45-6789');
  });
});
