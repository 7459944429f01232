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

export interface FindAcceptedOptions {
  /**
   * Provider SIDs already recorded for other messages: never returned. An adapter that matches on
   * content (Twilio) would otherwise take an identical earlier text to the same patient for this one.
   */
  excludeSids?: Iterable<string>;
}

export interface SmsSender {
  readonly provider: 'twilio' | 'simulator';
  send(message: OutboundSms): Promise<SentSms>;
  /**
   * After a crash mid-send, or an `ambiguous` SmsSendError: was this message already accepted by the
   * provider (at or after `since`)? Ask before sending it again.
   */
  findAccepted(message: OutboundSms, since: Date, options?: FindAcceptedOptions): Promise<SentSms | null>;
}

/**
 * A provider refusal or failure. `retryable` false = sending again cannot succeed (bad number, opted
 * out…). `ambiguous` true = the provider may have accepted the text although the call failed (it
 * timed out or the connection broke after the request went out; code 'timeout' or 'network'): call
 * `findAccepted` before sending it again, or the patient may get it twice.
 */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
    readonly ambiguous: boolean = false,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
}

export const SMS_SENDER = Symbol('SMS_SENDER');
