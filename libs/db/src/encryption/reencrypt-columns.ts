import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCipher } from './encrypted-text.type.js';

/** Every column stored through `EncryptedText`. A new encrypted column must be listed here so rotation covers it. */
export const ENCRYPTED_COLUMNS = [
  { table: 'message', column: 'body' },
  { table: 'conversation', column: 'last_message_preview' },
  { table: 'simulator_message', column: 'body' },
] as const;

export interface ReencryptProgress {
  table: string;
  column: string;
  /** Rows re-encrypted under the active key in this run. */
  updated: number;
}

/**
 * Re-encrypts (or, for rows from before encryption, encrypts) every value not yet under the active
 * key, `batchSize` rows per transaction. Resumable: a crashed run simply picks up the rows still
 * under an old key. A row changed concurrently is left alone (its new value is already current).
 */
export async function reencryptColumns(
  em: EntityManager,
  cipher: DataCipher & { activeKeyId: string },
  options: { batchSize?: number; onBatch?: (progress: ReencryptProgress) => void } = {},
): Promise<ReencryptProgress[]> {
  const batchSize = options.batchSize ?? 500;
  const current = `bcn1:${cipher.activeKeyId}:%`;
  const results: ReencryptProgress[] = [];
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const progress: ReencryptProgress = { table, column, updated: 0 };
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await em.execute<{ id: string; value: string }[]>(
        `select id, "${column}" as value from "${table}" where id > ? and "${column}" not like ? order by id limit ?`,
        [afterId, current, batchSize],
      );
      if (!rows.length) break;
      afterId = rows[rows.length - 1]!.id;
      const batch = rows.map((r) => ({ id: r.id, old_value: r.value, new_value: cipher.encrypt(r.value.startsWith('bcn1:') ? cipher.decrypt(r.value) : r.value) }));
      const updated = await em.execute(
        `update "${table}" t set "${column}" = v.new_value from jsonb_to_recordset(?::jsonb) as v(id uuid, old_value text, new_value text) where t.id = v.id and t."${column}" = v.old_value`,
        [JSON.stringify(batch)],
        'run',
      );
      progress.updated += typeof updated === 'object' && updated && 'affectedRows' in updated ? Number(updated.affectedRows) : rows.length;
      options.onBatch?.(progress);
    }
    results.push(progress);
  }
  return results;
}
