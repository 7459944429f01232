import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '@beacon/config';
import type { OutgoingEmail } from './notification-email.util.js';

/** The port for email leaving Beacon; only adapters touch SMTP. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

type SmtpConfig = Pick<AppConfig, 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_FROM'>;

/** nodemailer over SMTP (server, port, TLS and credentials from the environment). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly config: SmtpConfig) {
    this.transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      ...(config.SMTP_USER && config.SMTP_PASSWORD ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({ from: this.config.SMTP_FROM, to: email.to, subject: email.subject, text: email.text, messageId: email.messageId, ...(email.priority ? { priority: email.priority } : {}) });
  }

  close(): void {
    this.transport.close();
  }
}
