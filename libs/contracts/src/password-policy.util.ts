/**
 * Rules for a password a person chooses (sign-up, accepting an invitation). Length beats composition
 * rules (NIST SP 800-63B): at least 12 characters, not a well-known password, and not built from what an
 * attacker already knows about the account (its email or the organisation's name).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** The most common leaked passwords that reach 12 characters (and their obvious variants), lower-cased. */
const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', 'qwertyuiopas', 'qwerty123456', '123456qwerty', 'password1234', 'password12345',
  'password123456', 'passwordpassword', 'iloveyou1234', 'letmein12345', 'welcome12345', 'welcome123456', 'administrator', 'admin1234567',
  '111111111111', '000000000000', '123123123123', 'abcdefghijkl', 'abc123456789', 'qwertyqwerty', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'zaq12wsxcde3', 'football1234', 'baseball1234', 'sunshine1234', 'princess1234', 'monkey123456', 'dragon123456', 'changeme1234',
  'trustno12345', 'starwars1234', 'superman1234', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234', 'qwertyuiop12', 'asdfghjkl123',
  'medspa123456', 'clinic123456', 'beacon123456', 'beacon-demo1', 'correcthorsebatterystaple', 'mypassword123', 'secret123456',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email' | 'contains_organization';

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  common: 'is one of the most common passwords; choose something others would not guess',
  contains_email: 'must not contain your email address or its name part',
  contains_organization: "must not contain your organisation's name",
};

const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The first rule the password breaks, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string | undefined; organizationName?: string | undefined } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const squashed = squash(password);
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(squashed) || /^(.)\1+$/.test(password) || /^(.{1,4})\1{2,}$/.test(lower)) return 'common';
  const local = context.email?.split('@')[0] ?? '';
  if (context.email && (lower.includes(context.email.toLowerCase()) || (squash(local).length >= 4 && squashed.includes(squash(local))))) return 'contains_email';
  const org = squash(context.organizationName ?? '');
  if (org.length >= 4 && squashed.includes(org)) return 'contains_organization';
  // A long organisation name: any of its words of 5+ letters.
  const words = (context.organizationName ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 5);
  if (words.some((w) => lower.includes(w))) return 'contains_organization';
  return null;
}
