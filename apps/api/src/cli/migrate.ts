import { loadConfig } from '@beacon/config';
import { createOrm, migrate } from '@beacon/db';
import { dataKeyRingFromEnv } from '@beacon/security';

const config = loadConfig();
const ring = dataKeyRingFromEnv(config);
const orm = await createOrm({ databaseUrl: config.DATABASE_URL, dataCipher: ring });
try {
  const applied = await migrate(orm, ring);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
} finally {
  await orm.close();
}
