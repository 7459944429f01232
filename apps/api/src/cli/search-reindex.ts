// npm run -s search:reindex — moves the search index onto the active index key after a key rotation
// and indexes rows written before search existed. Progress is stored: an interrupted run continues
// where it stopped; a finished one only looks for rows without tokens.
import { loadConfig } from '@beacon/config';
import { createOrm, reindexSearch } from '@beacon/db';
import { dataKeyRingFromEnv } from '@beacon/security';

const config = loadConfig();
const orm = await createOrm({ databaseUrl: config.DATABASE_URL, dataCipher: dataKeyRingFromEnv(config) });
try {
  const done = await reindexSearch(orm.em.fork(), { onProgress: (d) => process.stdout.write(`\r  ${d.messages} messages, ${d.patients} patients`) });
  process.stdout.write('\n');
  console.log(`done    indexed ${done.messages} messages and ${done.patients} patients${done.resumedAfter ? ' (resumed)' : ''}`);
} finally {
  await orm.close();
}
