import { twilioErrorText } from './twilio-error-codes.js';

describe('twilioErrorText', () => {
  it('explains common delivery errors and names unknown codes', () => {
    expect(twilioErrorText('30003')).toBe('The phone is unreachable (switched off or out of coverage).');
    expect(twilioErrorText('21610')).toMatch(/opted out/);
    expect(twilioErrorText('39999')).toBe('The carrier reported error 39999.');
    expect(twilioErrorText(undefined)).toBeNull();
  });
});
