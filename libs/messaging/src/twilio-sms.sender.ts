import twilio from 'twilio';
import { SmsSendError, type OutboundSms, type SentSms, type SmsSender } from './sms-sender.port.js';

/** Twilio error codes after which a retry cannot help. https://www.twilio.com/docs/api/errors */
const PERMANENT_ERRORS = new Set([21211, 21214, 21408, 21610, 21612, 21614, 21617, 30003, 30004, 30005, 30006, 30007]);

interface TwilioRestError {
  code?: number;
  status?: number;
  message?: string;
}

export class TwilioSmsSender implements SmsSender {
  readonly provider = 'twilio' as const;
  private readonly client: twilio.Twilio;

  constructor(accountSid: string, authToken: string) {
    this.client = twilio(accountSid, authToken, { autoRetry: true, maxRetries: 2 });
  }

  async send(message: OutboundSms): Promise<SentSms> {
    try {
      const created = await this.client.messages.create({
        from: message.from,
        to: message.to,
        body: message.body,
        ...(message.mediaUrls?.length ? { mediaUrl: message.mediaUrls } : {}),
        ...(message.statusCallbackUrl ? { statusCallback: message.statusCallbackUrl } : {}),
      });
      return { providerSid: created.sid, status: created.status === 'sent' ? 'sent' : 'queued' };
    } catch (error) {
      const e = error as TwilioRestError;
      const code = e.code ?? 0;
      const retryable = !PERMANENT_ERRORS.has(code) && (e.status === undefined || e.status >= 500 || e.status === 429);
      throw new SmsSendError(e.message ?? 'Twilio request failed', String(code || e.status || 'unknown'), retryable);
    }
  }

  async findAccepted(message: OutboundSms, since: Date): Promise<SentSms | null> {
    const recent = await this.client.messages.list({ from: message.from, to: message.to, dateSentAfter: since, limit: 20 });
    const match = recent.find((m) => m.body === message.body);
    return match ? { providerSid: match.sid, status: 'sent' } : null;
  }
}
