import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import type { Logger } from '@beacon/logging';
import { SmtpMailer, type Mailer, type OutgoingEmail } from '@beacon/notifications';
import { APP_CONFIG, LOGGER } from '../core/tokens.js';

/**
 * Onboarding email (verification, invitations) through the notifications SMTP adapter: the configured
 * server, or locally the loopback one whose mail a new clinic can read without any account. A failed send
 * is logged, not thrown: the person asks for the email again ("Resend"), so nothing is lost for good.
 */
@Injectable()
export class OnboardingMailService implements OnApplicationShutdown {
  private mailer: Mailer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A link into the console, e.g. `/verify-email?token=…`. */
  link(pathAndQuery: string): string {
    return new URL(pathAndQuery, this.config.CONSOLE_BASE_URL).toString();
  }

  async send(email: OutgoingEmail): Promise<boolean> {
    this.mailer ??= new SmtpMailer(this.config);
    try {
      await this.mailer.send(email);
      return true;
    } catch (err) {
      this.logger.warn({ err, subject: email.subject }, 'onboarding email could not be sent');
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.mailer?.close();
  }
}
