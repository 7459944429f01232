import type { EntityManager } from '@mikro-orm/postgresql';
import { dataCipher } from '../encryption/encrypted-text.type.js';
import { messageSearchTokens, patientSearchTokens } from './search-index.subscriber.js';

/**
 * Builds the search index for rows written before it existed (new rows are indexed as they are
 * written). Resumable: only messages without tokens and patients without tokens are touched.
 */
export async function reindexSearch(em: EntityManager, options: { batchSize?: number; onProgress?: (done: { messages: number; patients: number }) => void } = {}): Promise<{ messages: number; patients: number }> {
  const batchSize = options.batchSize ?? 500;
  const done = { messages: 0, patients: 0 };
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await em.execute<{ id: string; body: string; conversation_id: string; location_id: string; created_at: Date }[]>(
      `select m.id, m.body, m.conversation_id, c.location_id, m.created_at from message m join conversation c on c.id = m.conversation_id
        where m.id > ? and not exists (select 1 from message_search_token t where t.message_id = m.id) order by m.id limit ?`,
      [afterId, batchSize],
    );
    if (!rows.length) break;
    afterId = rows[rows.length - 1]!.id;
    const tokens = rows.flatMap((r) => {
      const body = r.body.startsWith('bcn1:') ? dataCipher().decrypt(r.body) : r.body;
      return [...new Set(messageSearchTokens(body))].map((token) => ({ message_id: r.id, token, conversation_id: r.conversation_id, location_id: r.location_id, created_at: r.created_at }));
    });
    if (tokens.length) {
      await em.execute(
        `insert into message_search_token (message_id, token, conversation_id, location_id, created_at)
         select message_id, token, conversation_id, location_id, created_at from jsonb_to_recordset(?::jsonb) as v(message_id uuid, token text, conversation_id uuid, location_id uuid, created_at timestamptz)
         on conflict do nothing`,
        [JSON.stringify(tokens)],
      );
    }
    done.messages += rows.length;
    options.onProgress?.(done);
  }
  for (;;) {
    const patients = await em.execute<{ id: string; first_name: string; last_name: string; phone: string }[]>(
      `select id, first_name, last_name, phone from patient where search_tokens = '{}' order by id limit ?`,
      [batchSize],
    );
    const updates = patients.map((p) => ({ id: p.id, tokens: patientSearchTokens({ firstName: p.first_name, lastName: p.last_name, phone: p.phone }) })).filter((p) => p.tokens.length);
    if (!updates.length) break;
    await em.execute(`update patient p set search_tokens = array(select jsonb_array_elements_text(v.tokens)) from jsonb_to_recordset(?::jsonb) as v(id uuid, tokens jsonb) where p.id = v.id`, [JSON.stringify(updates)]);
    done.patients += updates.length;
    options.onProgress?.(done);
  }
  return done;
}
