// npm run -s rotate-keys — re-encrypts message bodies, previews, simulator texts and MMS pictures under the active
// data key (the first of DATA_ENCRYPTION_KEYS). Safe to interrupt and re-run; afterwards the old key
// can be removed from DATA_ENCRYPTION_KEYS. Also encrypts rows written before encryption existed.
import { loadConfig } from '@beacon/config';
import { createOrm, reencryptColumns } from '@beacon/db';
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
} finally {
  await orm.close();
}
