// npm run -s search:reindex — indexes messages and patients written before search existed (safe to re-run).
import { loadConfig } from '@beacon/config';
import { createOrm, reindexSearch } from '@beacon/db';
import { dataKeyRingFromEnv } from '@beacon/security';

const config = loadConfig();
const orm = await createOrm({ databaseUrl: config.DATABASE_URL, dataCipher: dataKeyRingFromEnv(config) });
try {
  const done = await reindexSearch(orm.em.fork(), { onProgress: (d) => process.stdout.write(`\r  ${d.messages} messages, ${d.patients} patients`) });
  process.stdout.write('\n');
  console.log(`done    indexed ${done.messages} messages and ${done.patients} patients`);
} finally {
  await orm.close();
}
