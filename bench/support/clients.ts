// Clients that sign requests exactly as the real callers do: Twilio (official SDK signature),
// a booking system (HMAC of "<timestamp>.<raw body>"), and staff (session cookie).
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { signRequest } from '@beacon/security';
import { timedFetch, type Timed } from './load.js';

/** A Twilio MessageSid (SM + 32 hex) whose first hex digits tag the run and the scenario, so rows can be found by prefix. */
export function sidFactory(runTag: string, scenario: number): { next(): string; prefix: string } {
  const prefix = `SM${runTag}${scenario.toString(16).padStart(2, '0')}`;
  let n = 0;
  return {
    prefix,
    next: () => `${prefix}${(n++).toString(16).padStart(32 - runTag.length - 2, '0')}`,
  };
}

export const newRunTag = (): string => randomBytes(4).toString('hex');

export class TwilioWebhookClient {
  /** `publicBaseUrl` is what the API signs against (its PUBLIC_BASE_URL); requests go to `apiUrl`. */
  constructor(
    private readonly apiUrl: string,
    private readonly publicBaseUrl: string,
    private readonly authToken: string,
  ) {}

  inboundSms(p: { sid: string; from: string; to: string; body: string }): Promise<Timed> {
    const params: Record<string, string> = {
      ToCountry: 'US',
      SmsMessageSid: p.sid,
      NumMedia: '0',
      SmsSid: p.sid,
      SmsStatus: 'received',
      Body: p.body,
      To: p.to,
      NumSegments: '1',
      MessageSid: p.sid,
      AccountSid: `AC${'0'.repeat(32)}`,
      From: p.from,
      ApiVersion: '2010-04-01',
    };
    return this.post('/api/webhooks/twilio/sms', params);
  }

  post(path: string, params: Record<string, string>): Promise<Timed> {
    const signature = twilio.getExpectedTwilioSignature(this.authToken, `${this.publicBaseUrl.replace(/\/$/, '')}${path}`, params);
    return timedFetch(
      `${this.apiUrl}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(params).toString() },
      'text',
    );
  }
}

export interface BookingEvent {
  eventId: string;
  type: 'appointment.created' | 'appointment.rescheduled' | 'appointment.updated' | 'appointment.cancelled';
  occurredAt: string;
  appointment: {
    id: string;
    locationId: string;
    startsAt: string;
    durationMinutes: number;
    providerName: string;
    serviceName: string;
    source: 'online' | 'staff';
    patient: { firstName: string; lastName: string; phone: string };
  };
}

export class BookingClient {
  constructor(
    private readonly apiUrl: string,
    private readonly keyId: string,
    private readonly secret: string,
  ) {}

  post(event: BookingEvent): Promise<Timed<{ appointmentId?: string; workflowId?: string }>> {
    const body = JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1000);
    return timedFetch(`${this.apiUrl}/api/integrations/booking/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-beacon-key': this.keyId, 'x-beacon-timestamp': String(timestamp), 'x-beacon-signature': signRequest(this.secret, timestamp, body) },
      body,
    });
  }
}

export class StaffClient {
  private constructor(
    private readonly apiUrl: string,
    private readonly cookie: string,
  ) {}

  static async login(apiUrl: string, email: string, password: string): Promise<StaffClient> {
    const res = await fetch(`${apiUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }), signal: AbortSignal.timeout(30_000) });
    if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
    if (!cookie) throw new Error('login answered without a beacon_session cookie');
    return new StaffClient(apiUrl, cookie.split(';')[0]!);
  }

  request<T = unknown>(method: string, path: string, body?: unknown): Promise<Timed<T>> {
    return timedFetch<T>(`${this.apiUrl}/api${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** Like request(), but throws unless the status is 2xx. */
  async ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await this.request<T>(method, path, body);
    if (r.status < 200 || r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${typeof r.body === 'string' ? r.body : JSON.stringify(r.body)}`);
    return r.body as T;
  }
}
