import twilio from 'twilio';
import { SmsSendError, type FindAcceptedOptions, type OutboundSms, type SentSms, type SmsSender } from './sms-sender.port.js';
import { isRetryableTwilioError, twilioErrorText } from './twilio-error-codes.js';

export interface TwilioSenderOptions {
  /**
   * Each REST call (a send, one page of a lookup) is abandoned after this long. Keep it well under
   * the send activity's start-to-close timeout (1 minute). Default 10 s.
   */
  timeoutMs?: number;
  /**
   * Test-only: send REST calls to this base URL (a loopback Twilio-compatible server) instead of
   * https://api.twilio.com. Unset in production.
   */
  apiBaseUrl?: string;
}

export const DEFAULT_TWILIO_TIMEOUT_MS = 10_000;

/** What `findAccepted` reads at most: Twilio lists a From/To pair's messages newest first. */
const LOOKUP_PAGE_SIZE = 100;
const LOOKUP_LIMIT = 200;
/** Twilio prepends this to every text sent from a trial account, and stores the body with it. */
const TRIAL_PREFIX = 'Sent from your Twilio trial account - ';

type RequestOptions<TData> = Parameters<typeof twilio.RequestClient.prototype.request<TData>>[0];

/**
 * The SDK's own HTTP client with (1) a hard deadline on every request — the SDK's `timeout` is a
 * socket idle timeout, so a server that trickles bytes could still hold a call — and (2) optionally
 * a different base URL for tests. It never retries (autoRetry off): Temporal retries the activity,
 * after asking Twilio whether the earlier attempt went through.
 */
class BoundedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly timeoutMs: number,
    private readonly apiBaseUrl: string | undefined,
  ) {
    super({ timeout: timeoutMs, autoRetry: false });
    this.axios.interceptors.request.use((config) => {
      config.signal = AbortSignal.timeout(timeoutMs);
      return config;
    });
  }

  override request<TData>(opts: RequestOptions<TData>) {
    return super.request<TData>({ ...opts, uri: this.rewrite(opts.uri), timeout: this.timeoutMs });
  }

  /** https://api.twilio.com/2010-04-01/… → <apiBaseUrl>/2010-04-01/… (any *.twilio.com host). */
  private rewrite(uri: string): string {
    if (!this.apiBaseUrl) return uri;
    const url = new URL(uri);
    if (url.hostname !== 'twilio.com' && !url.hostname.endsWith('.twilio.com')) return uri;
    return `${this.apiBaseUrl.replace(/\/+$/, '')}${url.pathname}${url.search}`;
  }
}

/**
 * Sends through Twilio's Programmable Messaging REST API with the official SDK. One bounded attempt
 * per call: no SDK retries, a deadline on every request, and errors mapped to SmsSendError —
 * permanent (the number is invalid or opted out…), retryable (429, 5xx), or retryable and
 * `ambiguous` (timeout, connection lost: the text may have gone; ask `findAccepted` first).
 */
export class TwilioSmsSender implements SmsSender {
  readonly provider = 'twilio' as const;
  private readonly client: twilio.Twilio;
  private readonly timeoutMs: number;

  constructor(accountSid: string, authToken: string, options: TwilioSenderOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TWILIO_TIMEOUT_MS;
    this.client = twilio(accountSid, authToken, { httpClient: new BoundedRequestClient(this.timeoutMs, options.apiBaseUrl), autoRetry: false });
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
      return { providerSid: created.sid, status: toSentStatus(created.status) };
    } catch (error) {
      throw toSmsSendError(error, this.timeoutMs);
    }
  }

  /**
   * Twilio's Message resource has nothing of ours that is unique to one send: no idempotency key,
   * and it does not show the StatusCallback URL, so a key put there could not be matched. This
   * matches what it does show — same From, same To (filtered by Twilio), the exact body, created at
   * or after `since` — and returns the earliest such message. Deliberately not filtered by
   * DateSent: a message still queued at Twilio has no date_sent yet and would be missed.
   * Two identical texts to one patient within the window are indistinguishable here: the caller
   * should pass a tight `since` (when its first attempt started) and `excludeSids` (SIDs it has
   * already recorded for other messages).
   */
  async findAccepted(message: OutboundSms, since: Date, options: FindAcceptedOptions = {}): Promise<SentSms | null> {
    const excluded = new Set(options.excludeSids ?? []);
    // Twilio's dates are whole seconds (RFC 2822), so compare from the start of `since`'s second.
    const from = Math.floor(since.getTime() / 1000) * 1000;
    let recent: Awaited<ReturnType<twilio.Twilio['messages']['list']>>;
    try {
      recent = await this.client.messages.list({ from: message.from, to: message.to, pageSize: LOOKUP_PAGE_SIZE, limit: LOOKUP_LIMIT });
    } catch (error) {
      throw toSmsSendError(error, this.timeoutMs);
    }
    const match = recent
      .filter((m) => !excluded.has(m.sid) && m.direction !== 'inbound' && (m.body === message.body || m.body === TRIAL_PREFIX + message.body) && m.dateCreated && m.dateCreated.getTime() >= from)
      .sort((a, b) => a.dateCreated.getTime() - b.dateCreated.getTime())[0];
    return match ? { providerSid: match.sid, status: toSentStatus(match.status) } : null;
  }
}

function toSentStatus(status: string): SentSms['status'] {
  return status === 'accepted' || status === 'queued' || status === 'scheduled' || status === 'sending' ? 'queued' : 'sent';
}

interface RestError {
  status: number;
  code?: number;
  message?: string;
}

function isRestError(error: unknown): error is RestError {
  return error instanceof twilio.RestException || (typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number');
}

/** Transport errors where the request certainly never reached Twilio. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const TIMED_OUT = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);

/** Maps whatever the SDK threw to an SmsSendError the send path can act on. */
export function toSmsSendError(error: unknown, timeoutMs: number = DEFAULT_TWILIO_TIMEOUT_MS): SmsSendError {
  if (error instanceof SmsSendError) return error;
  if (isRestError(error)) {
    const code = error.code ? String(error.code) : String(error.status);
    const retryable = isRetryableTwilioError(error.status, error.code);
    const text = error.code ? twilioErrorText(String(error.code)) : null;
    const known = text && !text.startsWith('The carrier reported error');
    const message = known ? text : `Twilio refused the text (HTTP ${error.status}${error.code ? `, error ${error.code}` : ''}): ${error.message ?? 'no details'}`;
    // A 5xx may come after Twilio queued the text; a 429 or 4xx is a refusal before anything went.
    return new SmsSendError(message, code, retryable, error.status >= 500);
  }
  const transport = (error as { code?: unknown } | null)?.code;
  if (typeof transport === 'string' && TIMED_OUT.has(transport)) {
    return new SmsSendError(`Twilio did not answer within ${timeoutMs} ms; the text may or may not have been accepted.`, 'timeout', true, true);
  }
  if (typeof transport === 'string' && NOT_CONNECTED.has(transport)) {
    return new SmsSendError(`Twilio could not be reached (${transport}); nothing was sent.`, 'unreachable', true, false);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SmsSendError(`The connection to Twilio failed (${detail}); the text may or may not have been accepted.`, 'network', true, true);
}
