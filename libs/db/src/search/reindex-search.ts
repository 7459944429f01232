import type { EntityManager } from '@mikro-orm/postgresql';
import { dataCipher } from '../encryption/encrypted-text.type.js';
import { messageSearchTokens, patientSearchTokens } from './search-index.subscriber.js';

export interface ReindexResult {
  messages: number;
  patients: number;
  /** Where this run started: null on a fresh run, else the last message id an earlier (interrupted) run had finished. */
  resumedAfter: string | null;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Moves the search blind index to the active index key (after a key rotation) and indexes rows that
 * have no tokens yet. Every batch rewrites its rows' tokens and records how far it got in
 * `search_reindex_progress` in one transaction, so an interrupted run continues where it stopped;
 * once every row is under the active key, a re-run only looks for rows without tokens.
 */
export async function reindexSearch(
  em: EntityManager,
  options: { batchSize?: number; onProgress?: (done: { messages: number; patients: number }) => void } = {},
): Promise<ReindexResult> {
  const batchSize = options.batchSize ?? 500;
  const indexKey = dataCipher().indexKeyFingerprint;
  await em.execute(`insert into search_reindex_progress (index_key) values (?) on conflict do nothing`, [indexKey]);
  const [progress] = await em.execute<{ messages_after: string | null; patients_after: string | null; completed_at: Date | null }[]>(
    `select messages_after, patients_after, completed_at from search_reindex_progress where index_key = ?`,
    [indexKey],
  );
  const done = { messages: 0, patients: 0 };
  const countMessages = (n: number) => {
    done.messages += n;
    options.onProgress?.(done);
  };
  if (progress?.completed_at) {
    await indexMessages(em, { batchSize, onlyMissing: true, afterId: NO_ID, indexKey: null }, countMessages);
    return { ...done, resumedAfter: null };
  }
  const resumedAfter = progress?.messages_after ?? null;
  await indexMessages(em, { batchSize, onlyMissing: false, afterId: resumedAfter ?? NO_ID, indexKey }, countMessages);
  let afterId = progress?.patients_after ?? NO_ID;
  for (;;) {
    const patients = await em.execute<{ id: string; first_name: string; last_name: string; phone: string }[]>(`select id, first_name, last_name, phone from patient where id > ? order by id limit ?`, [afterId, batchSize]);
    if (!patients.length) break;
    afterId = patients[patients.length - 1]!.id;
    const updates = patients.map((p) => ({ ...p, tokens: patientSearchTokens({ firstName: p.first_name, lastName: p.last_name, phone: p.phone }) }));
    await em.transactional(async (tx) => {
      // A patient renamed meanwhile already has tokens for the new name (written by the subscriber, under the active key).
      await tx.execute(
        `update patient p set search_tokens = array(select jsonb_array_elements_text(v.tokens))
           from jsonb_to_recordset(?::jsonb) as v(id uuid, first_name text, last_name text, phone text, tokens jsonb)
          where p.id = v.id and p.first_name = v.first_name and p.last_name = v.last_name and p.phone = v.phone`,
        [JSON.stringify(updates)],
      );
      await tx.execute(`update search_reindex_progress set patients_after = ?, updated_at = now() where index_key = ?`, [afterId, indexKey]);
    });
    done.patients += patients.length;
    options.onProgress?.(done);
  }
  await em.execute(`update search_reindex_progress set completed_at = now(), updated_at = now() where index_key = ?`, [indexKey]);
  return { ...done, resumedAfter };
}

/** Rewrites the tokens of messages after `afterId` (all, or only those without any), one transaction per batch. */
async function indexMessages(
  em: EntityManager,
  walk: { batchSize: number; onlyMissing: boolean; afterId: string; indexKey: string | null },
  onBatch: (count: number) => void,
): Promise<void> {
  let afterId = walk.afterId;
  const missing = walk.onlyMissing ? 'and not exists (select 1 from message_search_token t where t.message_id = m.id)' : '';
  for (;;) {
    const rows = await em.execute<{ id: string; body: string; conversation_id: string; location_id: string; created_at: Date }[]>(
      `select m.id, m.body, m.conversation_id, c.location_id, m.created_at from message m join conversation c on c.id = m.conversation_id
        where m.id > ? ${missing} order by m.id limit ?`,
      [afterId, walk.batchSize],
    );
    if (!rows.length) return;
    afterId = rows[rows.length - 1]!.id;
    const tokens = rows.flatMap((r) => {
      const body = r.body.startsWith('bcn1:') ? dataCipher().decrypt(r.body) : r.body;
      return [...new Set(messageSearchTokens(body))].map((token) => ({ message_id: r.id, token, conversation_id: r.conversation_id, location_id: r.location_id, created_at: r.created_at }));
    });
    await em.transactional(async (tx) => {
      await tx.execute(`delete from message_search_token where message_id = any(?::uuid[])`, [`{${rows.map((r) => r.id).join(',')}}`]);
      if (tokens.length) {
        await tx.execute(
          `insert into message_search_token (message_id, token, conversation_id, location_id, created_at)
           select message_id, token, conversation_id, location_id, created_at from jsonb_to_recordset(?::jsonb) as v(message_id uuid, token text, conversation_id uuid, location_id uuid, created_at timestamptz)
           on conflict do nothing`,
          [JSON.stringify(tokens)],
        );
      }
      if (walk.indexKey) await tx.execute(`update search_reindex_progress set messages_after = ?, updated_at = now() where index_key = ?`, [afterId, walk.indexKey]);
    });
    onBatch(rows.length);
  }
}
