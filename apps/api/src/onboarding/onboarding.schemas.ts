import { z } from 'zod';
import { PLAN_IDS } from '@beacon/db';
import { PASSWORD_MAX_LENGTH, PASSWORD_PROBLEM_TEXT, passwordProblem } from '@beacon/security';

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
