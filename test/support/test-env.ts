import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig, type AppConfig } from '@beacon/config';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WORKFLOWS_PATH = fileURLToPath(new URL('../../workflows/index.ts', import.meta.url));
export const TEST_AUTH_TOKEN = 'test-twilio-auth-token-0123456789';
export const TEST_INTEGRATION_SECRET = 'test-integration-secret';

/** The test database: TEST_DATABASE_URL, or DATABASE_URL's server with a `_test` database. */
export function testDatabaseUrl(): string {
  if (process.env['TEST_DATABASE_URL']) return process.env['TEST_DATABASE_URL'];
  const base = new URL(process.env['DATABASE_URL'] ?? 'postgres://beacon:beacon@127.0.0.1:5432/beacon');
  base.pathname = `${base.pathname.replace(/^\//, '') || 'beacon'}_test`;
  return base.toString();
}

/** The Temporal dev server scripts/test-all.mjs starts for the run. */
export function testTemporalAddress(): string {
  return process.env['TEST_TEMPORAL_ADDRESS'] ?? '127.0.0.1:7244';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: testDatabaseUrl(),
    TEMPORAL_ADDRESS: testTemporalAddress(),
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    ...overrides,
  });
}

/** Empties the test database (schema and all) so each suite starts from migrations. */
export async function resetDatabase(databaseUrl = testDatabaseUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('drop schema if exists public cascade; create schema public;');
  } finally {
    await client.end();
  }
}
