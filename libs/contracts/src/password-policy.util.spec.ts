import { passwordProblem } from './password-policy.util.js';

describe('passwordProblem', () => {
  const ctx = { email: 'olivia.reyes@lumen-skin.test', organizationName: 'Lumen Skin Studio' };

  it('accepts a long passphrase unrelated to the account', () => {
    expect(passwordProblem('violet-harbor-candle-42', ctx)).toBeNull();
  });

  it('refuses short passwords', () => {
    expect(passwordProblem('Sh0rt!pass', ctx)).toBe('too_short');
  });

  it('refuses common passwords, including padded and repeated ones', () => {
    expect(passwordProblem('Password1234', ctx)).toBe('common');
    expect(passwordProblem('P@ssw0rd1234', ctx)).toBe('common');
    expect(passwordProblem('aaaaaaaaaaaaaa', ctx)).toBe('common');
    expect(passwordProblem('abcabcabcabc', ctx)).toBe('common');
  });

  it('refuses passwords built from the email or the organisation name', () => {
    expect(passwordProblem('olivia.reyes@lumen-skin.test!', ctx)).toBe('contains_email');
    expect(passwordProblem('OliviaReyes-2026!', ctx)).toBe('contains_email');
    expect(passwordProblem('lumenskinstudio2026', ctx)).toBe('contains_organization');
    expect(passwordProblem('my-studio-rocks-2026', ctx)).toBe('contains_organization');
  });
});
