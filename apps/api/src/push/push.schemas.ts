import { z } from 'zod';

/** base64url (no padding) of exactly `bytes` bytes, as PushSubscription.toJSON() gives its keys. */
const base64UrlOf = (bytes: number, what: string) =>
  z
    .string({ error: `must be the subscription's ${what}, base64url` })
    .max(200)
    .refine((v) => /^[A-Za-z0-9_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64url').length === bytes, { error: `must be the subscription's ${what} (${bytes} bytes, base64url)` });

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
