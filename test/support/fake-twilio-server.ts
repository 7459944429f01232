import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postSignedTwilioForm } from '@beacon/messaging';
import { readBody } from './read-body.js';

/**
 * What the next POST …/Messages.json does. Default: accept.
 * - accept: records the message (the "carrier" has it) and answers 201 after `delayMs`
 *   (`Infinity`: never answers — the text went, the caller hears nothing).
 * - hang: never answers and records nothing (the request was lost before Twilio took it).
 * - fail: records nothing and answers `status` with Twilio's error JSON (`code`, `message`).
 */
export type SendBehaviour =
  | { kind: 'accept'; delayMs?: number }
  | { kind: 'hang' }
  | { kind: 'fail'; status: number; code?: number; message?: string };

export const behaviours = {
  accept: (delayMs?: number): SendBehaviour => ({ kind: 'accept', ...(delayMs !== undefined ? { delayMs } : {}) }),
  /** Twilio took the text, then the answer never came (or came after the caller gave up). */
  acceptThenHang: (): SendBehaviour => ({ kind: 'accept', delayMs: Infinity }),
  hang: (): SendBehaviour => ({ kind: 'hang' }),
  serverError: (status = 500): SendBehaviour => ({ kind: 'fail', status, code: 20500, message: 'An internal server error has occurred' }),
  tooManyRequests: (): SendBehaviour => ({ kind: 'fail', status: 429, code: 20429, message: 'Too Many Requests' }),
  optedOut: (): SendBehaviour => ({ kind: 'fail', status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' }),
  invalidNumber: (to = 'the number'): SendBehaviour => ({ kind: 'fail', status: 400, code: 21211, message: `The 'To' number ${to} is not a valid phone number.` }),
};

/** A Message resource as Twilio's API returns it (snake_case JSON). */
export interface FakeTwilioMessage {
  account_sid: string;
  api_version: '2010-04-01';
  body: string;
  date_created: string;
  date_sent: string | null;
  date_updated: string;
  direction: 'outbound-api';
  error_code: number | null;
  error_message: string | null;
  from: string;
  messaging_service_sid: null;
  num_media: string;
  num_segments: string;
  price: null;
  price_unit: 'USD';
  sid: string;
  status: 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed';
  subresource_uris: { media: string };
  to: string;
  uri: string;
}

export interface AcceptedMessage {
  resource: FakeTwilioMessage;
  createdAt: Date;
  mediaUrls: string[];
  statusCallback: string | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  authorized: boolean;
}

/** Twilio's own date format: RFC 2822 in GMT, whole seconds. */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A Twilio-compatible REST server on loopback for tests of the real TwilioSmsSender (official SDK)
 * without the internet: POST and GET /2010-04-01/Accounts/{AccountSid}/Messages.json (with To, From
 * and DateSent filters and Twilio's paging), GET …/Messages/{Sid}.json. Basic auth is checked like
 * Twilio does (20003). Each POST follows the next queued behaviour (accept by default); numbers in
 * `optedOutNumbers` get 21610 and malformed ones 21211, as Twilio answers. `accepted` is what the
 * carrier really got. With `statusCallbacks`, accepted messages are reported `sent` then `delivered`
 * (or `failed` with `callbackError`) to their StatusCallback, signed with the auth token.
 */
export class FakeTwilioServer {
  readonly accepted: AcceptedMessage[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly optedOutNumbers = new Set<string>();
  statusCallbacks = false;
  /** With `statusCallbacks`: the final status callback reports this error (e.g. 21610) instead of delivery. */
  callbackError: number | null = null;
  readonly callbackResults: { url: string; status: number | string }[] = [];
  private readonly queue: SendBehaviour[] = [];
  private readonly pending = new Set<ServerResponse>();
  private server: Server | null = null;

  constructor(
    readonly accountSid: string,
    readonly authToken: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** The next POSTs behave like this, in order; then accept again. */
  next(...behaviours: SendBehaviour[]): this {
    this.queue.push(...behaviours);
    return this;
  }

  /** POSTs to Messages.json, accepted or not. */
  sendRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Messages.json'));
  }

  listRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/Messages.json'));
  }

  /** Accepts a message without a request: an earlier send that the system under test does not know about. */
  seed(message: { from: string; to: string; body: string; createdAt?: Date; status?: FakeTwilioMessage['status'] }): AcceptedMessage {
    return this.record(message.from, message.to, message.body, [], null, message.createdAt ?? new Date(), message.status ?? 'queued');
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readBody(req)
        .then((raw) => this.handle(req, res, raw))
        .catch((error: unknown) => {
          if (!res.headersSent) json(res, 500, { code: 20500, message: String(error), status: 500 });
        });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.pending) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const authorized = req.headers.authorization === `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    const form = new URLSearchParams(req.method === 'POST' ? raw : '');
    this.requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, form, authorized });

    const route = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/(SM[0-9a-f]{32}))?\.json$/.exec(url.pathname);
    if (!route) return json(res, 404, { code: 20404, message: `The requested resource ${url.pathname} was not found`, more_info: 'https://www.twilio.com/docs/errors/20404', status: 404 });
    if (!authorized || route[1] !== this.accountSid) return json(res, 401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });

    if (req.method === 'GET' && route[2]) {
      const found = this.accepted.find((m) => m.resource.sid === route[2]);
      return found ? json(res, 200, found.resource) : json(res, 404, { code: 20404, message: `The requested resource ${url.pathname} was not found`, status: 404 });
    }
    if (req.method === 'GET') return this.list(res, url);
    if (req.method === 'POST' && !route[2]) return this.create(res, form);
    return json(res, 405, { code: 20004, message: 'Method not allowed', status: 405 });
  }

  private async create(res: ServerResponse, form: URLSearchParams): Promise<void> {
    const behaviour = this.queue.shift() ?? { kind: 'accept' };
    const to = form.get('To') ?? '';
    const from = form.get('From') ?? '';
    const body = form.get('Body') ?? '';
    const mediaUrls = form.getAll('MediaUrl');
    if (behaviour.kind === 'hang') return this.holdOpen(res);
    if (behaviour.kind === 'fail') return error(res, behaviour.status, behaviour.code ?? behaviour.status, behaviour.message ?? 'Failed');
    if (!to) return error(res, 400, 21604, "A 'To' phone number is required.");
    if (!from) return error(res, 400, 21603, "A 'From' phone number is required.");
    if (!body && mediaUrls.length === 0) return error(res, 400, 21602, 'Message body is required.');
    if (!E164.test(to)) return error(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    if (this.optedOutNumbers.has(to)) return error(res, 400, 21610, 'Attempt to send to unsubscribed recipient');

    const message = this.record(from, to, body, mediaUrls, form.get('StatusCallback'), new Date(), 'queued');
    const answer = structuredClone(message.resource);
    if (behaviour.delayMs === Infinity) return this.holdOpen(res);
    if (behaviour.delayMs) await new Promise((r) => setTimeout(r, behaviour.delayMs));
    if (!res.destroyed) json(res, 201, answer);
    if (this.statusCallbacks && message.statusCallback) this.report(message);
  }

  private record(from: string, to: string, body: string, mediaUrls: string[], statusCallback: string | null, createdAt: Date, status: FakeTwilioMessage['status']): AcceptedMessage {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const base = `/2010-04-01/Accounts/${this.accountSid}/Messages/${sid}`;
    const message: AcceptedMessage = {
      createdAt,
      mediaUrls,
      statusCallback,
      resource: {
        account_sid: this.accountSid,
        api_version: '2010-04-01',
        body,
        date_created: rfc2822(createdAt),
        date_sent: status === 'queued' ? null : rfc2822(createdAt),
        date_updated: rfc2822(createdAt),
        direction: 'outbound-api',
        error_code: null,
        error_message: null,
        from,
        messaging_service_sid: null,
        num_media: String(mediaUrls.length),
        num_segments: String(Math.max(1, Math.ceil(body.length / 153))),
        price: null,
        price_unit: 'USD',
        sid,
        status,
        subresource_uris: { media: `${base}/Media.json` },
        to,
        uri: `${base}.json`,
      },
    };
    this.accepted.push(message);
    return message;
  }

  /** Twilio's list: newest first, filters To / From / DateSent (messages not yet sent have no date_sent and never match a DateSent filter). */
  private list(res: ServerResponse, url: URL): void {
    const q = url.searchParams;
    const day = (v: string | null) => (v ? Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v) : null);
    const sentAfter = day(q.get('DateSent>'));
    const sentBefore = day(q.get('DateSent<'));
    const sentOn = q.get('DateSent');
    const rows = this.accepted
      .filter((m) => (!q.get('To') || m.resource.to === q.get('To')) && (!q.get('From') || m.resource.from === q.get('From')))
      .filter((m) => {
        if (sentAfter === null && sentBefore === null && !sentOn) return true;
        if (!m.resource.date_sent) return false;
        const sent = Date.parse(m.resource.date_sent);
        if (sentAfter !== null && sent < sentAfter) return false;
        if (sentBefore !== null && sent > sentBefore) return false;
        if (sentOn && new Date(sent).toISOString().slice(0, 10) !== sentOn.slice(0, 10)) return false;
        return true;
      })
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const pageSize = Math.min(1000, Math.max(1, Number(q.get('PageSize') ?? 50)));
    const page = Math.max(0, Number(q.get('Page') ?? 0));
    const slice = rows.slice(page * pageSize, (page + 1) * pageSize);
    const filters = new URLSearchParams([...q].filter(([k]) => k !== 'Page' && k !== 'PageSize' && k !== 'PageToken'));
    const pageUri = (n: number) => {
      const p = new URLSearchParams(filters);
      p.set('PageSize', String(pageSize));
      p.set('Page', String(n));
      if (n > 0) p.set('PageToken', `PA${rows[n * pageSize - 1]?.resource.sid ?? ''}`);
      return `${url.pathname}?${p.toString()}`;
    };
    json(res, 200, {
      end: page * pageSize + Math.max(0, slice.length - 1),
      first_page_uri: pageUri(0),
      next_page_uri: (page + 1) * pageSize < rows.length ? pageUri(page + 1) : null,
      page,
      page_size: pageSize,
      previous_page_uri: page > 0 ? pageUri(page - 1) : null,
      messages: slice.map((m) => m.resource),
      start: page * pageSize,
      uri: `${url.pathname}${url.search}`,
    });
  }

  private holdOpen(res: ServerResponse): void {
    this.pending.add(res);
    res.on('close', () => this.pending.delete(res));
  }

  /** Status callbacks as Twilio posts them: sent, then delivered (or failed with `callbackError`). */
  private report(message: AcceptedMessage): void {
    const m = message.resource;
    const post = async (status: FakeTwilioMessage['status'], errorCode?: number) => {
      m.status = status;
      m.date_sent ??= rfc2822(new Date());
      m.date_updated = rfc2822(new Date());
      if (errorCode) m.error_code = errorCode;
      const params: Record<string, string> = {
        AccountSid: this.accountSid,
        ApiVersion: '2010-04-01',
        From: m.from,
        To: m.to,
        MessageSid: m.sid,
        SmsSid: m.sid,
        MessageStatus: status,
        SmsStatus: status,
        ...(errorCode ? { ErrorCode: String(errorCode) } : {}),
      };
      try {
        this.callbackResults.push({ url: message.statusCallback!, status: await postSignedTwilioForm(message.statusCallback!, params, this.authToken) });
      } catch (e) {
        this.callbackResults.push({ url: message.statusCallback!, status: String(e) });
      }
    };
    setTimeout(() => {
      void (async () => {
        if (this.callbackError) return post('failed', this.callbackError);
        await post('sent');
        await post('delivered');
      })();
    }, 50).unref();
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, status: number, code: number, message: string): void {
  json(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}
