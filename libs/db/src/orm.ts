import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ALL_ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { SearchIndexSubscriber } from './search/search-index.subscriber.js';
import { useDataCipher, type DataCipher } from './encryption/encrypted-text.type.js';
import { reencryptColumns, type ByteCipher } from './encryption/reencrypt-columns.js';

export { MikroORM, type EntityManager } from '@mikro-orm/postgresql';

export interface OrmOptions {
  databaseUrl: string;
  poolMax?: number;
  /** How long a query waits for a free pooled connection before failing (never forever). */
  acquireTimeoutMs?: number;
  debug?: boolean;
  /** Key ring for encrypted columns (message bodies, previews); required by anything that reads or writes them. */
  dataCipher?: DataCipher;
}

export function ormConfig({ databaseUrl, poolMax = 10, acquireTimeoutMs = 10_000, debug = false }: OrmOptions): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: ALL_ENTITIES,
    subscribers: [new SearchIndexSubscriber()],
    extensions: [Migrator],
    // Migrations are listed in code so compiled, bundled and test runs all see the same set.
    migrations: { migrationsList: MIGRATIONS, tableName: 'schema_migrations', snapshot: false, silent: true },
    pool: { min: 0, max: poolMax },
    driverOptions: { connectionTimeoutMillis: acquireTimeoutMs },
    debug,
    allowGlobalContext: false,
  });
}

export function createOrm(options: OrmOptions): Promise<MikroORM> {
  if (options.dataCipher) useDataCipher(options.dataCipher);
  return MikroORM.init(ormConfig(options));
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
/**
 * Applies pending migrations. With `sealWith` (the key ring), a migration that turned plaintext
 * columns into sealed ones is followed by sealing their existing rows in place (SQL has no key).
 */
export async function migrate(orm: MikroORM, sealWith?: DataCipher & ByteCipher): Promise<string[]> {
  const applied = (await orm.migrator.up()).map((m) => m.name);
  if (sealWith && applied.some((name) => SEALING_MIGRATIONS.has(name))) await reencryptColumns(orm.em.fork(), sealWith, { plaintextOnly: true });
  return applied;
}

/** Migrations after which rows written in plaintext must be sealed. */
const SEALING_MIGRATIONS = new Set(['20261207_phi_at_rest']);

/** The pool's current use: connections open, idle, and callers waiting for one. */
export async function poolUsage(orm: MikroORM): Promise<{ total: number; idle: number; waiting: number; max: number }> {
  const pool = (await orm.em.getConnection().getNativeClient()) as unknown as { totalCount: number; idleCount: number; waitingCount: number; options: { max: number } };
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max };
}
