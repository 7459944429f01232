import { execFileSync } from 'node:child_process';
import { createECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import webpush from 'web-push';

// The setup (scripts/bootstrap.sh) writes a Web Push key pair into .data/local.env; this runs that very
// block of the script (no apt, no npm) against a scratch env file and checks what web-push makes of it.

const root = process.cwd();
const script = readFileSync(join(root, 'scripts/bootstrap.sh'), 'utf8');
const start = script.indexOf('# Web Push (VAPID)');
const block = script.slice(start, script.indexOf('\nfi\n', start) + 4);
const dir = mkdtempSync(join(tmpdir(), 'beacon-vapid-'));
const env = join(dir, 'local.env');

function runSetupBlock(): void {
  const stubs = `ROOT=${JSON.stringify(root)}; LOCAL_ENV=${JSON.stringify(env)}; log() { :; }; die() { echo "$*" >&2; exit 1; }\n`;
  execFileSync('bash', ['-euo', 'pipefail', '-c', stubs + block], { stdio: ['ignore', 'pipe', 'pipe'] });
}

const keysIn = (file: string): Record<string, string> =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('VAPID_'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

describe('the setup generates a VAPID key pair into the local env file', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('appends a pair web-push signs with to an env file made before push existed, once', () => {
    expect(start).toBeGreaterThan(0);
    writeFileSync(env, 'DATA_ENCRYPTION_KEY=x\n');
    runSetupBlock();
    const keys = keysIn(env);
    expect(Object.keys(keys).sort()).toEqual(['VAPID_PRIVATE_KEY', 'VAPID_PUBLIC_KEY']);
    expect(Buffer.from(keys['VAPID_PUBLIC_KEY']!, 'base64url')).toHaveLength(65);
    expect(Buffer.from(keys['VAPID_PRIVATE_KEY']!, 'base64url')).toHaveLength(32);
    // What the API does with them (throws on a malformed key): a VAPID JWT for a push service.
    const device = createECDH('prime256v1');
    device.generateKeys();
    const subscription = { endpoint: 'https://push.example.com/device', keys: { p256dh: device.getPublicKey('base64url'), auth: Buffer.alloc(16, 7).toString('base64url') } };
    const request = webpush.generateRequestDetails(subscription, null, { vapidDetails: { subject: 'mailto:ops@glow.test', publicKey: keys['VAPID_PUBLIC_KEY']!, privateKey: keys['VAPID_PRIVATE_KEY']! } });
    expect(String(request.headers['Authorization'])).toBe(`vapid t=${String(request.headers['Authorization']).split('t=')[1]!.split(',')[0]}, k=${keys['VAPID_PUBLIC_KEY']}`);
    expect(readFileSync(env, 'utf8').startsWith('DATA_ENCRYPTION_KEY=x\n')).toBe(true);

    // A second setup run keeps the pair (subscriptions made with it stay valid).
    runSetupBlock();
    expect(keysIn(env)).toEqual(keys);
    expect(readFileSync(env, 'utf8').match(/^VAPID_PUBLIC_KEY=/gm)).toHaveLength(1);
  });
});
