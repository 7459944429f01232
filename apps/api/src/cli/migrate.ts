import { loadConfig } from '@beacon/config';
import { createOrm, migrate } from '@beacon/db';

const config = loadConfig();
const orm = await createOrm({ databaseUrl: config.DATABASE_URL });
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
} finally {
  await orm.close();
}
