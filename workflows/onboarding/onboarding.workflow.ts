import { proxyActivities, sleep } from '@temporalio/workflow';
import type { OnboardingActivities, OnboardingEmailInput, SignupExpiryInput } from './definitions.js';

const { sendOnboardingEmail, expireUnverifiedSignup } = proxyActivities<OnboardingActivities>({
  startToCloseTimeout: '1 minute',
  // An SMTP server that is down for a while: keep trying for about a day (the link is valid 24 h; the person can also ask again).
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes', maximumAttempts: 60 },
});

/** Background queue: sends one onboarding email row (the request only wrote it). */
export async function onboardingEmailWorkflow(input: OnboardingEmailInput): Promise<{ sent: boolean }> {
  return sendOnboardingEmail(input);
}

/** Started with each sign-up: once it expires, frees it if nobody in it ever verified an email. */
export async function signupExpiryWorkflow(input: SignupExpiryInput): Promise<{ expired: boolean }> {
  // Date.now() in workflow code is the workflow clock (deterministic on replay).
  const wait = new Date(input.expiresAt).getTime() - Date.now();
  if (wait > 0) await sleep(wait);
  return expireUnverifiedSignup({ organizationId: input.organizationId });
}
