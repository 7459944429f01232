/**
 * Onboarding in the background: each onboarding email (verification, invitation, "you already have an
 * account") is sent by its own workflow, started through the outbox with the row the request wrote;
 * a sign-up never verified is freed (organisation and email address) once it expires.
 */
export const onboardingEmailWorkflowId = (emailId: string): string => `onboarding-email-${emailId}`;
export const signupExpiryWorkflowId = (organizationId: string): string => `signup-expiry-${organizationId}`;

/** How long a sign-up may stay unverified before its organisation and email address are freed. */
export const SIGNUP_EXPIRY_DAYS = 7;

export interface OnboardingEmailInput {
  emailId: string;
}

export interface SignupExpiryInput {
  organizationId: string;
  /** ISO time from which the sign-up, if still unverified, is removed. */
  expiresAt: string;
}

export interface OnboardingActivities {
  /** Sends the row's email once it is claimed, then marks it sent and forgets its sealed copy; idempotent. */
  sendOnboardingEmail(input: OnboardingEmailInput): Promise<{ sent: boolean }>;
  /** Removes the organisation and its accounts when none of them ever verified an email; `expired` false otherwise. */
  expireUnverifiedSignup(input: { organizationId: string }): Promise<{ expired: boolean }>;
}
