import { loadConfig, ConfigError } from './load-config.js';

const valid = {
  DATABASE_URL: 'postgres://beacon:beacon@127.0.0.1:5432/beacon',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  TWILIO_AUTH_TOKEN: 'local-simulator-secret-123',
};

describe('loadConfig', () => {
  it('applies defaults and picks the simulator when no Twilio account is configured', () => {
    const config = loadConfig(valid);
    expect(config.SMS_PROVIDER).toBe('simulator');
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(config.API_PORT).toBe(3000);
    expect(config.COOKIE_SECURE).toBe(false);
  });

  it('switches to Twilio when an account SID is present', () => {
    const config = loadConfig({ ...valid, TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}` });
    expect(config.SMS_PROVIDER).toBe('twilio');
  });

  it('lists every missing or invalid variable by name in one error', () => {
    let error: unknown;
    try {
      loadConfig({ DATA_ENCRYPTION_KEY: 'short', API_PORT: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('DATABASE_URL is required but not set');
    expect(message).toContain('TWILIO_AUTH_TOKEN is required but not set');
    expect(message).toContain('DATA_ENCRYPTION_KEY must be 32 random bytes');
    expect(message).toMatch(/API_PORT/);
  });

  it('requires an account SID when Twilio is chosen explicitly', () => {
    expect(() => loadConfig({ ...valid, SMS_PROVIDER: 'twilio' })).toThrow(/TWILIO_ACCOUNT_SID is required when SMS_PROVIDER=twilio/);
  });

  it('bounds Twilio calls at 10 s by default and keeps the test-only API base URL out of production', () => {
    const sid = `AC${'a'.repeat(32)}`;
    expect(loadConfig({ ...valid, TWILIO_ACCOUNT_SID: sid }).TWILIO_TIMEOUT_MS).toBe(10_000);
    expect(loadConfig({ ...valid, TWILIO_ACCOUNT_SID: sid }).TWILIO_API_BASE_URL).toBeUndefined();
    expect(() => loadConfig({ ...valid, TWILIO_TIMEOUT_MS: '120000' })).toThrow(/TWILIO_TIMEOUT_MS/);
    expect(() => loadConfig({ ...valid, TWILIO_API_BASE_URL: 'not a url' })).toThrow(/TWILIO_API_BASE_URL/);
    expect(loadConfig({ ...valid, NODE_ENV: 'test', TWILIO_API_BASE_URL: 'http://127.0.0.1:4010' }).TWILIO_API_BASE_URL).toBe('http://127.0.0.1:4010');
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', TWILIO_API_BASE_URL: 'http://127.0.0.1:4010' })).toThrow(/TWILIO_API_BASE_URL is for tests only/);
  });

  it('takes a VAPID key pair for web push: both or neither, both required in production', () => {
    const publicKey = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url');
    const privateKey = Buffer.alloc(32, 2).toString('base64url');
    expect(loadConfig(valid).VAPID_PUBLIC_KEY).toBeUndefined();
    const config = loadConfig({ ...valid, VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey });
    expect([config.VAPID_PUBLIC_KEY, config.VAPID_PRIVATE_KEY, config.VAPID_SUBJECT]).toEqual([publicKey, privateKey, 'mailto:notifications@beacon.local']);
    expect(() => loadConfig({ ...valid, VAPID_PUBLIC_KEY: publicKey })).toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together/);
    expect(() => loadConfig({ ...valid, VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: privateKey })).toThrow(/VAPID_PUBLIC_KEY must be the uncompressed P-256 public key/);
    expect(() => loadConfig({ ...valid, VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: 'ops' })).toThrow(/VAPID_SUBJECT must be a mailto: or https: URL/);
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/VAPID_PUBLIC_KEY is required when NODE_ENV=production/);
  });
});
