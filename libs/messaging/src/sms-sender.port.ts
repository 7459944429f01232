/** The one way the product sends a text. Adapters: Twilio (production) and the local simulator. */
export interface OutboundSms {
  from: string;
  to: string;
  body: string;
  mediaUrls?: string[];
  statusCallbackUrl?: string;
  /** Stable per logical message; adapters that can use it (the simulator) make a repeat a no-op. */
  idempotencyKey: string;
}

export interface SentSms {
  providerSid: string;
  status: 'queued' | 'sent';
}

export interface SmsSender {
  readonly provider: 'twilio' | 'simulator';
  send(message: OutboundSms): Promise<SentSms>;
  /** After a crash mid-send: was this message already accepted by the provider? */
  findAccepted(message: OutboundSms, since: Date): Promise<SentSms | null>;
}

/** A provider refusal. `retryable` false = sending again cannot succeed (bad number, opted out…). */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
}

export const SMS_SENDER = Symbol('SMS_SENDER');
