import { z } from 'zod';

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes, base64-encoded (e.g. `openssl rand -base64 32`)');

/** `keyId:base64key,…` — the first key encrypts, all of them decrypt (key rotation). */
const keyList = z.string().refine(
  (v) =>
    v.split(',').map((e) => e.trim()).filter(Boolean).length > 0 &&
    v
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)
      .every((e) => /^[A-Za-z0-9_-]{1,32}:/.test(e) && Buffer.from(e.slice(e.indexOf(':') + 1), 'base64').length === 32),
  'must be a comma-separated list of keyId:base64key (each key 32 random bytes), the active key first',
);

/** base64url (no padding) of exactly `bytes` bytes. */
const base64UrlBytes = (bytes: number, message: string) =>
  z.string().refine((v) => /^[A-Za-z0-9_-]+$/.test(v) && Buffer.from(v, 'base64url').length === bytes, message);

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** Every setting the api and worker read, validated once at boot. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection URL' }),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** The API's second pool, for Twilio webhooks and booking events only: their bursts never queue staff requests. */
    DATABASE_INGEST_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    /** The scheduled (appointment) queue; the interactive and background queues are `<name>-interactive` and `<name>-background`. */
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('appointments'),
    /**
     * Concurrent tasks per queue in one worker process (activities and local activities each). Each
     * queue has its own database pool of the same size: a task holds at most one connection at a time
     * and never waits for a second one, so a pool this size serves the queue without deadlock, and a
     * burst on one queue never takes another queue's connections.
     */
    WORKER_INTERACTIVE_SLOTS: z.coerce.number().int().min(1).max(200).default(12),
    WORKER_SCHEDULED_SLOTS: z.coerce.number().int().min(1).max(200).default(12),
    WORKER_BACKGROUND_SLOTS: z.coerce.number().int().min(1).max(200).default(4),
    /**
     * The task queues this worker process polls (comma-separated: interactive, scheduled, background).
     * Running the interactive queue in a process of its own keeps staff replies off the event loop a
     * reminder burst keeps busy; `npm start` does that.
     */
    WORKER_QUEUES: z
      .string()
      .default('interactive,scheduled,background')
      .transform((v) => [...new Set(v.split(',').map((q) => q.trim()).filter(Boolean))])
      .pipe(z.array(z.enum(['interactive', 'scheduled', 'background'], { error: 'must list interactive, scheduled and/or background' })).min(1, 'must name at least one queue')),
    /**
     * Workflows each queue's worker keeps in memory between tasks (the SDK's maxCachedWorkflows). The
     * SDK's default grows with the machine's memory (thousands on a large host), and a reminder burst
     * touches every open appointment: a bounded cache keeps the worker's memory flat, and a workflow
     * that fell out of it is rebuilt by replaying its short history when its next timer fires.
     */
    WORKER_CACHED_WORKFLOWS: z.coerce.number().int().min(10).max(100_000).default(400),
    /**
     * Niceness of this worker process (0 = normal, up to 19 = lowest CPU priority). `npm start` and
     * docker-compose run the background queue (smart replies, digests, retention) in a process of its
     * own at 10, so on a busy machine the operating system serves appointment texts and staff replies
     * first.
     */
    WORKER_CPU_NICE: z.coerce.number().int().min(0).max(19).default(0),
    /** Worker health turns unhealthy when a queue has been full (every slot busy) this long without a task finishing. */
    WORKER_STALL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    API_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
    PUBLIC_BASE_URL: z.url({ error: 'must be the public URL Twilio calls, e.g. https://beacon.example.com' }).default('http://localhost:3000'),
    CORS_ORIGINS: z.string().default(''),
    CONSOLE_DIST: z.string().optional(),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    COOKIE_SECURE: bool.optional(),
    /** Failed sign-ins allowed per email and address within LOGIN_LOCKOUT_MINUTES before further tries are refused. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
    /** Sign-ups and verification-email requests accepted per address per hour (public, unauthenticated routes). */
    SIGNUP_MAX_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
    DATA_ENCRYPTION_KEY: base64Key,
    /** Optional key ring for everything sealed at rest and the search index; without it DATA_ENCRYPTION_KEY is the only key (id "default"). */
    DATA_ENCRYPTION_KEYS: keyList.optional(),
    SMS_PROVIDER: z.enum(['simulator', 'twilio']).optional(),
    TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex characters').optional(),
    TWILIO_AUTH_TOKEN: z.string().min(16, 'must be the account auth token (or any 16+ character secret for the simulator)'),
    /**
     * One Twilio REST call (a send, one page of a lookup) is abandoned after this long; a timed-out
     * send is retried by its activity after asking Twilio whether it went. Keep well under the send
     * activity's 1-minute start-to-close timeout: a retried send may make three calls (two pages of
     * lookup, then the send), hence at most 15 s.
     */
    TWILIO_TIMEOUT_MS: z.coerce.number().int().min(500).max(15_000).default(10_000),
    /**
     * TEST-ONLY: where the Twilio SDK sends its REST calls instead of https://api.twilio.com (a
     * loopback Twilio-compatible server in integration tests). Refused when NODE_ENV=production.
     */
    TWILIO_API_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:4010' }).optional(),
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    /** Slower model answers are dropped for the embedded engine's. */
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(200).max(30_000).default(2_000),
    /** Staff notification email (nodemailer over SMTP). The default is the loopback server `npm start` runs (SMTP_LOCAL_SERVER). */
    SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
    /** true = TLS from the first byte (port 465); false = plain, upgraded with STARTTLS when the server offers it. */
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: z.string().min(3).default('Beacon <notifications@beacon.local>'),
    /** The API runs a loopback SMTP server on SMTP_PORT that keeps what it receives for the console's "Sent email" page (local development). */
    SMTP_LOCAL_SERVER: bool.default(false),
    /** Where links in notification emails point (the console). */
    CONSOLE_BASE_URL: z.url({ error: 'must be the console URL, e.g. https://console.beacon.example.com' }).default('http://localhost:4200'),
    /** More than this many notifications to one person within NOTIFICATION_DIGEST_WINDOW_SECONDS become one summary email. */
    NOTIFICATION_DIGEST_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
    NOTIFICATION_DIGEST_WINDOW_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(300),
    /**
     * Web Push to staff devices (VAPID, RFC 8292): the application server's P-256 key pair, base64url
     * (`npx web-push generate-vapid-keys`; the setup writes a pair to .data/local.env). Required in
     * production; without them elsewhere, push is off and the console offers no device notifications.
     */
    VAPID_PUBLIC_KEY: base64UrlBytes(65, 'must be the uncompressed P-256 public key, base64url (65 bytes, e.g. from `npx web-push generate-vapid-keys`)').optional(),
    VAPID_PRIVATE_KEY: base64UrlBytes(32, 'must be the P-256 private key, base64url (32 bytes, e.g. from `npx web-push generate-vapid-keys`)').optional(),
    /** Who push services contact about our pushes: a mailto: or https: URL. */
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:.+@.+|https:\/\/.+)$/, 'must be a mailto: or https: URL (e.g. mailto:ops@clinic.example)')
      .default('mailto:notifications@beacon.local'),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_PASSWORD'], message: 'SMTP_USER and SMTP_PASSWORD must be set together' });
    }
    if (env.SMS_PROVIDER === 'twilio' && !env.TWILIO_ACCOUNT_SID) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_ACCOUNT_SID'], message: 'is required when SMS_PROVIDER=twilio' });
    }
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({ code: 'custom', path: ['VAPID_PRIVATE_KEY'], message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together' });
    }
    if (env.NODE_ENV === 'production' && !env.VAPID_PUBLIC_KEY) {
      ctx.addIssue({ code: 'custom', path: ['VAPID_PUBLIC_KEY'], message: 'is required when NODE_ENV=production (with VAPID_PRIVATE_KEY; generate a pair with `npx web-push generate-vapid-keys`)' });
    }
    if (env.NODE_ENV === 'production' && env.TWILIO_API_BASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_API_BASE_URL'], message: 'is for tests only and must not be set when NODE_ENV=production (it would send texts and the auth token elsewhere)' });
    }
  })
  .transform((env) => ({
    ...env,
    SMS_PROVIDER: env.SMS_PROVIDER ?? (env.TWILIO_ACCOUNT_SID ? 'twilio' : 'simulator'),
    COOKIE_SECURE: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
  }));

export type AppConfig = z.output<typeof envSchema>;
