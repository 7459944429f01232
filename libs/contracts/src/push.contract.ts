import { z } from 'zod';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';

// Web Push to staff devices (no PHI in a push: a title and a link).

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** Bytes a base64url string decodes to (padding ignored), as Node's Buffer.from(v, 'base64url') counts them. */
function base64UrlBytes(v: string): number {
  return Math.floor((v.replace(/=+$/, '').length * 3) / 4);
}

/** base64url (no padding) of exactly `bytes` bytes, as PushSubscription.toJSON() gives its keys. */
const base64UrlOf = (bytes: number, what: string) =>
  z
    .string({ error: `must be the subscription's ${what}, base64url` })
    .max(200)
    .refine((v) => BASE64URL.test(v) && base64UrlBytes(v) === bytes, { error: `must be the subscription's ${what} (${bytes} bytes, base64url)` });

/** POST /push/subscriptions: what the browser's PushSubscription.toJSON() gives. */
export const pushSubscriptionInput = z
  .object({
    endpoint: z.string({ error: 'must be the push service URL of the subscription' }).min(10).max(2000),
    expirationTime: z.number().nullable().optional(),
    keys: z
      .object({
        p256dh: base64UrlOf(65, 'P-256 public key'),
        auth: base64UrlOf(16, 'auth secret'),
      })
      .strict(),
  })
  .strict();
export type PushSubscriptionBody = z.output<typeof pushSubscriptionInput>;

export const pushPublicKey = z.object({ publicKey: z.string() });
export type PushPublicKey = z.output<typeof pushPublicKey>;

export const pushDevice = z.object({
  id: z.uuid(),
  /** The push service URL of the subscription: the console matches it with the device it runs on. */
  endpoint: z.string(),
  /** e.g. "Chrome on Android", from the browser's User-Agent when it subscribed. */
  label: z.string().nullable(),
  createdAt: instant,
  lastSuccessAt: instant.nullable(),
});
export type PushDeviceView = z.output<typeof pushDevice>;

export const pushEndpoints = [
  endpoint({ method: 'GET', path: '/api/push/public-key', tag: 'push', auth: 'session', summary: "The server's VAPID public key, for PushManager.subscribe({ applicationServerKey })", responses: { 200: { description: 'The key (base64url)', schema: pushPublicKey } }, errors: { 404: ['PUSH_NOT_CONFIGURED'] } }),
  endpoint({ method: 'GET', path: '/api/push/subscriptions', tag: 'push', auth: 'session', summary: 'My devices that receive notifications, newest first', responses: { 200: { description: 'The devices', schema: z.array(pushDevice) } } }),
  endpoint({
    method: 'POST', path: '/api/push/subscriptions', tag: 'push', auth: 'session', body: pushSubscriptionInput,
    summary: 'Turn notifications on for this device',
    description:
      "Body: the browser's PushSubscription.toJSON() ({ endpoint, keys: { p256dh, auth } }). A new patient text or an urgent one is then pushed to it when you may see the thread: a title and a link, never the patient's name, number or words. Subscribing a device someone else had moves it to you.",
    responses: { 201: { description: 'The device', schema: pushDevice } },
    errors: { 400: ['INVALID_PUSH_ENDPOINT'], 404: ['PUSH_NOT_CONFIGURED'] },
  }),
  endpoint({ method: 'DELETE', path: '/api/push/subscriptions/:id', tag: 'push', auth: 'session', params: idParams, summary: 'Turn notifications off for one of my devices', responses: { 204: { description: 'Nothing more is pushed to it' } }, errors: { 404: ['PUSH_DEVICE_NOT_FOUND'] } }),
] as const;
