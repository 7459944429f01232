import type { OutgoingEmail } from './notification-email.util.js';

/** Message-ids of onboarding mail start with this, so the local mailbox can show a new clinic its own links before it has an account. */
export const ONBOARDING_MESSAGE_ID_PREFIX = '<onboarding.';

const messageId = (kind: string) => `${ONBOARDING_MESSAGE_ID_PREFIX}${kind}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}@beacon.notifications>`;

/** Sign-up: the link that proves the owner reads this mailbox. */
export function verificationEmail(input: { to: string; ownerName: string; organizationName: string; link: string; validHours: number }): OutgoingEmail {
  return {
    to: input.to,
    subject: 'Beacon: confirm your email to finish signing up',
    text: [
      `Hello ${input.ownerName},`,
      '',
      `Confirm your email to open Beacon for ${input.organizationName}:`,
      input.link,
      '',
      `The link works once and for ${input.validHours} hours. If you did not sign up, ignore this email: nothing happens without the link.`,
    ].join('\n'),
    messageId: messageId('verify'),
  };
}

/** Someone signed up with an address that already has an account: tell its owner, never the requester. */
export function alreadyRegisteredEmail(input: { to: string; signInLink: string }): OutgoingEmail {
  return {
    to: input.to,
    subject: 'Beacon: you already have an account',
    text: [
      'Someone (probably you) tried to sign up for Beacon with this email address, which already has an account.',
      `Sign in here instead: ${input.signInLink}`,
      '',
      'If it was not you, you can ignore this email; nothing was changed.',
    ].join('\n'),
    messageId: messageId('existing'),
  };
}

/** A staff invitation: the link where the person chooses their own password. */
export function invitationEmail(input: { to: string; name: string; invitedBy: string; organizationName: string; link: string; validDays: number }): OutgoingEmail {
  return {
    to: input.to,
    subject: `Beacon: ${input.invitedBy} invited you to ${input.organizationName}`,
    text: [
      `Hello ${input.name},`,
      '',
      `${input.invitedBy} added you to ${input.organizationName} on Beacon. Choose your password to sign in:`,
      input.link,
      '',
      `The link works once and for ${input.validDays} days.`,
    ].join('\n'),
    messageId: messageId('invite'),
  };
}
