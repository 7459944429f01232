import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A browser's push subscription, made by the test: its private key decrypts what the push service received. */
export interface TestDevice {
  /** The push service URL (on the loopback service). */
  endpoint: string;
  /** What PushSubscription.toJSON() gives, for POST /api/push/subscriptions. */
  json: { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
  ecdh: ECDH;
  authSecret: Buffer;
}

/** One push as the push service received it. */
export interface ReceivedPush {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The status the service answered. */
  status: number;
}

/**
 * A Web Push service on 127.0.0.1 (node:http): accepts pushes (201), or answers a chosen status for a
 * device (503 once, 410 for good), and keeps every request for the test to decrypt.
 */
export class LoopbackPushService {
  readonly received: ReceivedPush[] = [];
  private readonly answers = new Map<string, { status: number; times: number }>();
  private readonly waiters: (() => void)[] = [];
  private server: Server | null = null;
  private base = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const answer = this.answers.get(path);
        let status = 201;
        if (answer && answer.times > 0) {
          status = answer.status;
          answer.times -= 1;
        }
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks), status });
        res.writeHead(status).end();
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A new device subscribed to this service: a P-256 key pair and a 16-byte auth secret, as a browser makes them. */
  device(name: string): TestDevice {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    const endpoint = `${this.base}/push/${name}`;
    return { endpoint, ecdh, authSecret, json: { endpoint, expirationTime: null, keys: { p256dh: ecdh.getPublicKey('base64url'), auth: authSecret.toString('base64url') } } };
  }

  /** The device's next `times` pushes are answered `status` (e.g. 503 once, 410 for good). */
  answer(device: TestDevice, status: number, times = 1): void {
    this.answers.set(new URL(device.endpoint).pathname, { status, times });
  }

  /** Pushes the service accepted (201) for the device. */
  accepted(device: TestDevice): ReceivedPush[] {
    const path = new URL(device.endpoint).pathname;
    return this.received.filter((p) => p.path === path && p.status === 201);
  }

  /** Resolves once some request arrives after the call (a deterministic signal; callers re-check their condition). */
  nextRequest(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

/**
 * Decrypts a Web Push payload (RFC 8291, `Content-Encoding: aes128gcm`, RFC 8188) with the device's keys,
 * as the browser does: the header carries the salt, record size and the sender's ephemeral public key.
 */
export function decryptPush(device: TestDevice, body: Buffer): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const senderPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (ciphertext.length > recordSize) throw new Error('more than one record: not what a push carries');
  const shared = device.ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.ecdh.getPublicKey(), senderPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, device.authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('missing the last-record delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/**
 * Checks the VAPID authorization (RFC 8292) the push service would check: `vapid t=<JWT>, k=<public key>`,
 * the JWT signed (ES256) by that key for the endpoint's origin. Returns the key and the JWT claims.
 */
export function verifiedVapid(push: ReceivedPush, endpoint: string): { publicKey: string; claims: { aud: string; exp: number; sub: string } } {
  const header = String(push.headers['authorization'] ?? '');
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header);
  if (!match) throw new Error(`not a VAPID authorization: ${header}`);
  const [, jwt, publicKey] = match as unknown as [string, string, string];
  const [head, payload, signature] = jwt.split('.') as [string, string, string];
  const raw = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33, 65).toString('base64url') }, format: 'jwk' });
  if (!verify('sha256', Buffer.from(`${head}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))) throw new Error('VAPID signature does not verify');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { aud: string; exp: number; sub: string };
  if (claims.aud !== new URL(endpoint).origin) throw new Error(`VAPID audience ${claims.aud} is not ${new URL(endpoint).origin}`);
  return { publicKey, claims };
}
