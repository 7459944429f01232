import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCipher } from './encrypted-text.type.js';

/**
 * Every column sealed by the key ring (`EncryptedText`, `EncryptedJson`, or sealed explicitly). A new
 * encrypted column must be listed here so rotation covers it. `legacy`: may still hold values in the
 * retired `v1.` layout (integration secrets sealed before the one key ring existed).
 */
export const ENCRYPTED_COLUMNS: ReadonlyArray<{ table: string; column: string; legacy?: true }> = [
  { table: 'message', column: 'body' },
  { table: 'conversation', column: 'last_message_preview' },
  { table: 'simulator_message', column: 'body' },
  { table: 'patient', column: 'notes' },
  { table: 'reply_suggestion', column: 'suggestions' },
  { table: 'onboarding_email', column: 'email_sealed' },
  { table: 'integration', column: 'secret_encrypted', legacy: true },
];

/** Binary columns sealed with `encryptBytes` (MMS pictures); rotation covers them too. */
export const ENCRYPTED_BYTE_COLUMNS = [{ table: 'message_media', column: 'data_encrypted' }] as const;

export interface ByteCipher {
  activeKeyId: string;
  encryptBytes(plain: Buffer): Buffer;
  decryptBytes(sealed: Buffer): Buffer;
}

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
  cipher: DataCipher & ByteCipher,
  options: { batchSize?: number; onBatch?: (progress: ReencryptProgress) => void; plaintextOnly?: boolean } = {},
): Promise<ReencryptProgress[]> {
  const batchSize = options.batchSize ?? 500;
  // `plaintextOnly` (after a migration): seal what is not sealed yet, leave other keys' rows alone.
  const current = options.plaintextOnly ? 'bcn1:%' : `bcn1:${cipher.activeKeyId}:%`;
  const results: ReencryptProgress[] = [];
  for (const { table, column, legacy } of ENCRYPTED_COLUMNS) {
    const progress: ReencryptProgress = { table, column, updated: 0 };
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await em.execute<{ id: string; value: string }[]>(
        `select id, "${column}" as value from "${table}" where id > ? and "${column}" not like ? order by id limit ?`,
        [afterId, current, batchSize],
      );
      if (!rows.length) break;
      afterId = rows[rows.length - 1]!.id;
      const open = (value: string) => (value.startsWith('bcn1:') || (legacy && value.startsWith('v1.')) ? cipher.decrypt(value) : value);
      const batch = rows.map((r) => ({ id: r.id, old_value: r.value, new_value: cipher.encrypt(open(r.value)) }));
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
  if (options.plaintextOnly) return results;
  for (const { table, column } of ENCRYPTED_BYTE_COLUMNS) {
    results.push(await reencryptBytes(em, cipher, table, column, Math.max(1, Math.floor(batchSize / 25)), options.onBatch));
  }
  return results;
}

/** Pictures are a few MB each: small batches, and only rows whose key is not the active one are rewritten. */
async function reencryptBytes(em: EntityManager, cipher: ByteCipher, table: string, column: string, batchSize: number, onBatch?: (progress: ReencryptProgress) => void): Promise<ReencryptProgress> {
  const progress: ReencryptProgress = { table, column, updated: 0 };
  const active = Buffer.concat([Buffer.from([2, Buffer.byteLength(cipher.activeKeyId, 'ascii')]), Buffer.from(cipher.activeKeyId, 'ascii')]);
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await em.execute<{ id: string; value: Buffer }[]>(
      `select id, "${column}" as value from "${table}" where id > ? and substring("${column}" from 1 for ?) <> ? order by id limit ?`,
      [afterId, active.length, active, batchSize],
    );
    if (!rows.length) break;
    afterId = rows[rows.length - 1]!.id;
    for (const row of rows) {
      const fresh = cipher.encryptBytes(cipher.decryptBytes(Buffer.from(row.value)));
      await em.execute(`update "${table}" set "${column}" = ? where id = ? and "${column}" = ?`, [fresh, row.id, row.value], 'run');
      progress.updated += 1;
    }
    onBatch?.(progress);
  }
  return progress;
}
