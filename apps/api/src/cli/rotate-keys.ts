// npm run -s rotate-keys — moves everything sealed at rest onto the active data key (the first of
// DATA_ENCRYPTION_KEYS): message bodies, previews, simulator texts, patient notes, smart replies,
// integration secrets and MMS pictures; then moves the search blind index onto the active key's index
// key. Safe to interrupt and re-run (the re-index continues where it stopped); afterwards the old
// key can be removed from DATA_ENCRYPTION_KEYS. Also seals rows written before encryption existed.
import { loadConfig } from '@beacon/config';
import { createOrm, reencryptColumns, reindexSearch } from '@beacon/db';
import { dataKeyRingFromEnv } from '@beacon/security';

const config = loadConfig();
const ring = dataKeyRingFromEnv(config);
const orm = await createOrm({ databaseUrl: config.DATABASE_URL, dataCipher: ring });
try {
  const batchSize = Number(process.env['ROTATE_BATCH_SIZE'] ?? 500);
  console.log(`Re-encrypting under key "${ring.activeKeyId}" (keys configured: ${ring.keyIds.join(', ')})`);
  const results = await reencryptColumns(orm.em.fork(), ring, { batchSize, onBatch: (p) => process.stdout.write(`\r  ${p.table}.${p.column}: ${p.updated} rows`) });
  process.stdout.write('\n');
  for (const r of results) console.log(`done    ${r.table}.${r.column}: ${r.updated} rows re-encrypted`);
  console.log(`Re-indexing search under index key ${ring.indexKeyFingerprint}`);
  const indexed = await reindexSearch(orm.em.fork(), { batchSize, onProgress: (d) => process.stdout.write(`\r  ${d.messages} messages, ${d.patients} patients`) });
  process.stdout.write('\n');
  console.log(`done    re-indexed ${indexed.messages} messages and ${indexed.patients} patients${indexed.resumedAfter ? ' (resumed)' : ''}`);
} finally {
  await orm.close();
}
