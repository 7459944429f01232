import webpush from 'web-push';
import type { AppConfig } from '@beacon/config';

/** A device's subscription as the browser's PushManager gave it. */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushOptions {
  /** The push service keeps an undelivered push this long (device offline). */
  ttlSeconds: number;
  urgency: 'normal' | 'high';
  /** A later push with the same topic replaces an undelivered one at the push service (a repeat after a crash never shows twice). */
  topic: string;
}

/** The port for pushes leaving Beacon; only adapters talk to push services. */
export interface PushSender {
  /** 'gone' when the push service no longer knows the subscription (404/410); throws on any other failure. */
  send(target: PushTarget, payload: string, options: PushOptions): Promise<'sent' | 'gone'>;
}

type VapidConfig = Pick<AppConfig, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY' | 'VAPID_SUBJECT'>;

/** Web Push (RFC 8030) with VAPID (RFC 8292) and the aes128gcm payload encryption (RFC 8291), through the `web-push` package. */
export class WebPushSender implements PushSender {
  private readonly vapid: { subject: string; publicKey: string; privateKey: string };

  constructor(
    vapid: { subject: string; publicKey: string; privateKey: string },
    private readonly timeoutMs = 10_000,
  ) {
    this.vapid = vapid;
  }

  /** The sender for the configured VAPID keys, or null when push is not configured. */
  static fromConfig(config: VapidConfig): WebPushSender | null {
    if (!config.VAPID_PUBLIC_KEY || !config.VAPID_PRIVATE_KEY) return null;
    return new WebPushSender({ subject: config.VAPID_SUBJECT, publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY });
  }

  async send(target: PushTarget, payload: string, options: PushOptions): Promise<'sent' | 'gone'> {
    // web-push encrypts the payload and signs the VAPID header; the request itself goes through fetch
    // (bounded by a timeout, never following a redirect elsewhere).
    const request = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
      vapidDetails: this.vapid,
      TTL: options.ttlSeconds,
      urgency: options.urgency,
      topic: options.topic,
      contentEncoding: 'aes128gcm',
    });
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    const response = await fetch(request.endpoint, { method: request.method, headers, body: request.body, redirect: 'error', signal: AbortSignal.timeout(this.timeoutMs) });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return 'gone';
    if (!response.ok) throw new Error(`The push service answered ${response.status} ${response.statusText}`);
    return 'sent';
  }
}
