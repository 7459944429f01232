import { z } from 'zod';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { sessionView } from './auth.contract.js';
import { localMailView } from './notifications.contract.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_PROBLEM_TEXT, passwordProblem } from './password-policy.util.js';
import { PLAN_IDS } from './vocabulary.js';

// Self-service sign-up, invitations, the setup checklist and the booking-system keys.

const email = z.email({ error: 'must be an email address' }).max(320).transform((e) => e.trim().toLowerCase());
const token = z.string({ error: 'is required' }).min(20, 'is not a valid link').max(200, 'is not a valid link');
const password = z.string({ error: 'is required' }).max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** POST /signup — a clinic signs itself up: its organisation, its owner's account and its plan. */
export const signupBody = z
  .strictObject({
    organizationName: z.string({ error: 'is required' }).trim().min(2, 'must be at least 2 characters').max(120, 'must be at most 120 characters'),
    ownerName: z.string({ error: 'is required' }).trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
    email,
    password,
    plan: z.enum(PLAN_IDS, { error: `must be one of ${PLAN_IDS.join(', ')}` }),
  })
  .superRefine((body, ctx) => {
    const problem = passwordProblem(body.password, { email: body.email, organizationName: body.organizationName });
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: PASSWORD_PROBLEM_TEXT[problem] });
  });
export type SignupBody = z.output<typeof signupBody>;

/** POST /signup/verify — the one-time link from the verification email. */
export const verifyEmailBody = z.strictObject({ token });
export type VerifyEmailBody = z.output<typeof verifyEmailBody>;

/** POST /signup/resend — another verification email (same answer whether or not the address has an account). */
export const resendVerificationBody = z.strictObject({ email });
export type ResendVerificationBody = z.output<typeof resendVerificationBody>;

/** POST /invitations/accept — an invited staff member chooses their password. */
export const acceptInvitationBody = z.strictObject({ token, password });
export type AcceptInvitationBody = z.output<typeof acceptInvitationBody>;

/** GET /signup/local-mail?email= — local development only. */
export const localMailQuery = z.strictObject({ email });
export type LocalMailQuery = z.output<typeof localMailQuery>;

/** POST /integrations — a new booking-system key. */
export const createIntegrationBody = z.strictObject({
  name: z.string({ error: 'is required' }).trim().min(2, 'must be at least 2 characters').max(120, 'must be at most 120 characters'),
});
export type CreateIntegrationBody = z.output<typeof createIntegrationBody>;

// ---- Responses

export const signupOptions = z.object({
  plans: z.array(z.object({ id: z.enum(PLAN_IDS), label: z.string() })),
  defaultPlan: z.enum(PLAN_IDS),
  /** Local development: sign-up email is read on the sign-up page. */
  localMailbox: z.boolean(),
});
export type SignupOptions = z.output<typeof signupOptions>;

/** What every sign-up and resend answers, whether or not the address already has an account (no enumeration). */
export const checkEmailAnswer = z.object({
  status: z.literal('check_email'),
  email: z.string(),
  /** Local development: the verification link can be read on the sign-up page (no mailbox needed). */
  localMailbox: z.boolean(),
});
export type CheckEmailAnswer = z.output<typeof checkEmailAnswer>;

export const SETUP_STEPS = ['location', 'staff', 'integration', 'test_text'] as const;
export type SetupStepId = (typeof SETUP_STEPS)[number];

export const setupChecklist = z.object({
  steps: z.array(z.object({ id: z.enum(SETUP_STEPS), done: z.boolean() })),
  complete: z.boolean(),
  /** Where a location's texts come from: the simulator locally (any unused number works; one is suggested), Twilio in production. */
  sendingNumber: z.object({ provider: z.enum(['simulator', 'twilio']), suggestion: z.string().nullable() }),
});
export type SetupChecklist = z.output<typeof setupChecklist>;

export const integrationView = z.object({
  id: z.uuid(),
  name: z.string(),
  keyId: z.string(),
  active: z.boolean(),
  createdAt: instant,
  lastUsedAt: instant.nullable(),
  rotatedAt: instant.nullable(),
  revokedAt: instant.nullable(),
});
export type IntegrationView = z.output<typeof integrationView>;

/** Answered only when a secret is created or rotated: the one time it is ever shown. */
export const integrationSecretView = integrationView.extend({ secret: z.string(), endpoint: z.string(), curlExample: z.string() });
export type IntegrationSecretView = z.output<typeof integrationSecretView>;

export const integrationTestResult = z.object({ ok: z.literal(true), checkedAt: instant, integration: integrationView });
export type IntegrationTestResult = z.output<typeof integrationTestResult>;

export const onboardingEndpoints = [
  endpoint({ method: 'GET', path: '/api/signup/options', tag: 'onboarding', auth: 'public', summary: 'Plans to choose from, and whether email is read in the local mailbox (development)', responses: { 200: { description: 'The options', schema: signupOptions } } }),
  endpoint({
    method: 'POST', path: '/api/signup', tag: 'onboarding', auth: 'public', body: signupBody,
    summary: 'Sign a clinic up: organisation, owner account, plan',
    description:
      'Creates the organisation and its owner in one transaction and emails a one-time verification link. The answer is the same whether or not the email already has an account (its owner is emailed instead). Rate-limited per address (SIGNUP_MAX_PER_HOUR → 429). Two sign-ups racing with one new email: one succeeds, the other gets 409 SIGNUP_IN_PROGRESS.',
    responses: { 202: { description: 'Check your email', schema: checkEmailAnswer } },
    errors: { 409: ['SIGNUP_IN_PROGRESS'], 429: ['TOO_MANY_SIGNUPS'] },
  }),
  endpoint({ method: 'POST', path: '/api/signup/resend', tag: 'onboarding', auth: 'public', body: resendVerificationBody, summary: 'Send the verification email again (same answer for every address; rate-limited)', responses: { 202: { description: 'Check your email', schema: checkEmailAnswer } }, errors: { 429: ['TOO_MANY_SIGNUPS'] } }),
  endpoint({ method: 'POST', path: '/api/signup/verify', tag: 'onboarding', auth: 'public', body: verifyEmailBody, summary: 'Confirm the email with the one-time link and sign the owner in', responses: { 200: { description: 'Signed in (session cookie set)', schema: sessionView } }, errors: { 400: ['INVALID_LINK'] } }),
  endpoint({ method: 'POST', path: '/api/invitations/accept', tag: 'onboarding', auth: 'public', body: acceptInvitationBody, summary: 'An invited staff member chooses their password with the one-time link, and is signed in', responses: { 200: { description: 'Signed in (session cookie set)', schema: sessionView } }, errors: { 400: ['INVALID_LINK'] } }),
  endpoint({ method: 'GET', path: '/api/signup/local-mail', tag: 'onboarding', auth: 'public', query: localMailQuery, summary: 'Local development only (SMTP_LOCAL_SERVER=true; 404 otherwise): sign-up and invitation email received by the loopback SMTP server for one address', responses: { 200: { description: 'Emails, newest first', schema: z.array(localMailView) } }, errors: { 404: ['NO_LOCAL_MAILBOX'] } }),
  endpoint({ method: 'GET', path: '/api/onboarding/checklist', tag: 'onboarding', auth: 'session', permissions: ['manageSettings'], summary: 'Setup steps and whether each is done, read from the data (location with hours, a second staff member, an active key, a delivered test text)', responses: { 200: { description: 'The checklist', schema: setupChecklist } } }),
  endpoint({ method: 'GET', path: '/api/integrations', tag: 'onboarding', auth: 'session', permissions: ['manageSettings'], summary: 'Booking-system keys (never their secrets)', responses: { 200: { description: 'The keys, newest first', schema: z.array(integrationView) } } }),
  endpoint({ method: 'POST', path: '/api/integrations', tag: 'onboarding', auth: 'session', permissions: ['manageSettings'], body: createIntegrationBody, summary: 'A new booking-system key; the secret and a signed curl example are in this answer only', responses: { 201: { description: 'Created', schema: integrationSecretView } } }),
  endpoint({ method: 'POST', path: '/api/integrations/:id/rotate', tag: 'onboarding', auth: 'session', permissions: ['manageSettings'], params: idParams, summary: 'Replace the secret (shown once in this answer); the old one stops working at once', responses: { 200: { description: 'The new secret', schema: integrationSecretView } }, errors: { 404: ['INTEGRATION_NOT_FOUND'], 409: ['INTEGRATION_REVOKED'] } }),
  endpoint({ method: 'POST', path: '/api/integrations/:id/revoke', tag: 'onboarding', auth: 'session', permissions: ['manageSettings'], params: idParams, summary: 'Stop accepting events signed with this key', responses: { 200: { description: 'The key now', schema: integrationView } }, errors: { 404: ['INTEGRATION_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/integrations/:id/test-event', tag: 'onboarding', auth: 'session', permissions: ['manageSettings'], params: idParams, summary: 'Sign a test event with the stored secret and check it exactly as the booking endpoint does', responses: { 200: { description: 'The key works', schema: integrationTestResult } }, errors: { 404: ['INTEGRATION_NOT_FOUND'], 409: ['INTEGRATION_REVOKED'] } }),
] as const;
