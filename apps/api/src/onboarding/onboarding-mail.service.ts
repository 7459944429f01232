import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import type { EntityManager } from '@beacon/db';
import { queueOnboardingEmail, type OnboardingEmailKind, type OutgoingEmail } from '@beacon/notifications';
import { APP_CONFIG } from '../core/tokens.js';

/**
 * Onboarding email (verification, invitations): queued in the caller's transaction and sent by the
 * worker with retries (`workflows/onboarding`) through the notifications SMTP adapter — the configured
 * server, or locally the loopback one whose mail a new clinic can read without any account. No SMTP
 * call in a request: a mail server that is slow or down never fails or slows a sign-up.
 */
@Injectable()
export class OnboardingMailService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A link into the console, e.g. `/verify-email?token=…`. */
  link(pathAndQuery: string): string {
    return new URL(pathAndQuery, this.config.CONSOLE_BASE_URL).toString();
  }

  async queue(tx: EntityManager, staffId: string, kind: OnboardingEmailKind, email: OutgoingEmail): Promise<void> {
    await queueOnboardingEmail(tx, { staffId, kind, email });
  }
}
