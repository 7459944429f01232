import type { EntityManager } from '@beacon/db';
import type { ConversationFilter } from '@beacon/contracts';
import type { PatientAccessSpec } from '@beacon/staff';
import { conversationVisibilitySql } from './conversation-visibility.js';

/** Keyset position in the "last activity, newest first" order. */
export interface ListCursor {
  at: string;
  id: string;
}

export function encodeListCursor(c: ListCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

export function decodeListCursor(raw: string): ListCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [at, id] = parsed as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { at, id };
  } catch {
    return null;
  }
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function filterSql(filter: ConversationFilter, staffId: string): { sql: string; params: unknown[] } {
  switch (filter) {
    case 'all':
      return { sql: '', params: [] };
    case 'unread':
      return { sql: ' and c.last_inbound_at is not null and (r.last_read_at is null or r.last_read_at < c.last_inbound_at)', params: [] };
    case 'open':
      return { sql: " and c.status = 'open'", params: [] };
    case 'closed':
      return { sql: " and c.status = 'closed'", params: [] };
    case 'assigned_to_me':
      return { sql: ' and c.assigned_staff_id = ?', params: [staffId] };
    case 'starred':
      return { sql: ' and c.starred', params: [] };
  }
}

/**
 * One page of conversation ids (plus the cursor of the last row) among those `viewer` may see (the
 * access rule applied in SQL, before the limit); the caller loads and presents them.
 */
export async function listConversationIds(
  em: EntityManager,
  q: { organizationId: string; staffId: string; locationIds: string[]; filter: ConversationFilter; cursor: ListCursor | null; limit: number; viewer: PatientAccessSpec },
): Promise<{ ids: string[]; nextCursor: string | null }> {
  const scope = conversationVisibilitySql(q.viewer);
  if (!q.locationIds.length || scope === 'none') return { ids: [], nextCursor: null };
  const own = scope ?? { sql: '', params: [] };
  const f = filterSql(q.filter, q.staffId);
  const after = q.cursor ? ' and (c.last_message_at, c.id) < (?::timestamptz, ?::uuid)' : '';
  const rows = await em.execute<{ id: string; at: string }[]>(
    `select c.id, to_char(c.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
       from conversation c
       left join conversation_read r on r.conversation_id = c.id and r.staff_id = ?
      where c.organization_id = ? and c.location_id in (${placeholders(q.locationIds.length)})${own.sql}${f.sql}${after}
      order by c.last_message_at desc, c.id desc
      limit ?`,
    [q.staffId, q.organizationId, ...q.locationIds, ...own.params, ...f.params, ...(q.cursor ? [q.cursor.at, q.cursor.id] : []), q.limit + 1],
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { ids: page.map((r) => r.id), nextCursor: rows.length > q.limit && last ? encodeListCursor({ at: last.at, id: last.id }) : null };
}

/** Badge counts for the filter tabs, over the conversations `viewer` may see. */
export async function conversationCounts(
  em: EntityManager,
  q: { organizationId: string; staffId: string; locationIds: string[]; viewer: PatientAccessSpec },
): Promise<{ unread: number; open: number; closed: number; assignedToMe: number; starred: number }> {
  const scope = conversationVisibilitySql(q.viewer);
  if (!q.locationIds.length || scope === 'none') return { unread: 0, open: 0, closed: 0, assignedToMe: 0, starred: 0 };
  const own = scope ?? { sql: '', params: [] };
  const [row] = await em.execute<{ unread: string; open: string; closed: string; assigned_to_me: string; starred: string }[]>(
    `select count(*) filter (where c.last_inbound_at is not null and (r.last_read_at is null or r.last_read_at < c.last_inbound_at)) as unread,
            count(*) filter (where c.status = 'open') as open,
            count(*) filter (where c.status = 'closed') as closed,
            count(*) filter (where c.assigned_staff_id = ?) as assigned_to_me,
            count(*) filter (where c.starred) as starred
       from conversation c
       left join conversation_read r on r.conversation_id = c.id and r.staff_id = ?
      where c.organization_id = ? and c.location_id in (${placeholders(q.locationIds.length)})${own.sql}`,
    [q.staffId, q.staffId, q.organizationId, ...q.locationIds, ...own.params],
  );
  return { unread: Number(row?.unread ?? 0), open: Number(row?.open ?? 0), closed: Number(row?.closed ?? 0), assignedToMe: Number(row?.assigned_to_me ?? 0), starred: Number(row?.starred ?? 0) };
}
