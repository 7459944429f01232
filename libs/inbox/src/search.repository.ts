import type { PatientAccessSpec } from '@beacon/staff';
import { conversationVisibilitySql } from './conversation-visibility.js';
import { dataCipher, Patient, lookupTokenArray, queryTerms, searchLookupTokens, textHasWordPrefix, type EntityManager, type IConversation, type IMessage, type QueryTerm } from '@beacon/db';

export interface SearchCursor {
  createdAt: Date;
  messageId: string;
}

export interface SearchRequest {
  organizationId: string;
  /** Locations the caller may see; results never come from elsewhere. */
  locationIds: string[];
  query: string;
  cursor?: SearchCursor | null;
  limit: number;
  /**
   * Whose search it is: only the threads this access rule lets them see are searched (the same rule,
   * compiled to SQL, as the inbox list). Null = no person's rule: every thread at these locations
   * (operations tools, benchmarks).
   */
  viewer: PatientAccessSpec | null;
}

export interface SearchResult {
  /** Number of search terms the query was reduced to (0 = nothing searchable). */
  termCount: number;
  /** Threads whose patient name or phone matches (first page only). */
  conversations: IConversation[];
  /** Matching messages, newest first, with their threads. */
  messages: { message: IMessage; conversation: IConversation }[];
  nextCursor: SearchCursor | null;
}

const MAX_PATIENT_HITS = 20;
/** Postings counted per word to pick the rarest one to walk. */
const COUNT_CAP = 500;
/** Postings one request walks for a several-word query before handing back a cursor. */
const WALK_BUDGET = 500;

/**
 * Search over the blind index (message_search_token, patient.search_tokens): the query is reduced
 * to the same keyed tokens the indexer stored; every term must match. Messages are read newest
 * first by walking each token's postings per location in index order, so a page costs about `limit`
 * index entries per token even at millions of messages.
 */
export async function searchInbox(em: EntityManager, request: SearchRequest): Promise<SearchResult> {
  const terms = queryTerms(request.query);
  const empty: SearchResult = { termCount: terms.length, conversations: [], messages: [], nextCursor: null };
  if (!terms.length || !request.locationIds.length) return empty;
  // The access rule is applied before the index walk, so a page is never filled from threads the viewer may not see.
  const conversationFilter = request.viewer ? await visibleConversationIds(em, request.viewer, request.locationIds) : null;
  if (conversationFilter && !conversationFilter.length) return empty;

  const [conversations, page] = await Promise.all([
    request.cursor ? Promise.resolve([]) : findPatientThreads(em, request, terms, conversationFilter),
    findMessagesWholeWordsFirst(em, request, terms, conversationFilter),
  ]);
  return { termCount: terms.length, conversations, messages: page.messages, nextCursor: page.nextCursor };
}

/** Conversations at these locations the viewer may see; null when they see every conversation there. */
async function visibleConversationIds(em: EntityManager, viewer: PatientAccessSpec, locationIds: readonly string[]): Promise<string[] | null> {
  const scope = conversationVisibilitySql(viewer);
  if (scope === null) return null;
  if (scope === 'none' || !locationIds.length) return [];
  const rows = await em.execute<{ id: string }[]>(`select c.id from conversation c where c.location_id = any(?::uuid[])${scope.sql}`, [`{${locationIds.join(',')}}`, ...scope.params]);
  return rows.map((r) => r.id);
}

async function findPatientThreads(em: EntityManager, request: SearchRequest, terms: QueryTerm[], conversationFilter: string[] | null): Promise<IConversation[]> {
  // Patient names are short: a long, half-typed word is matched on its stored prefix and checked here.
  const params: unknown[] = [request.organizationId];
  const conditions = terms.map((t) => {
    params.push(lookupTokenArray(t.alternatives));
    return `search_tokens && ?::text[]`;
  });
  const rows = await em.execute<{ id: string; first_name: string; last_name: string }[]>(
    `select id, first_name, last_name from patient where organization_id = ? and ${conditions.join(' and ')} limit ${MAX_PATIENT_HITS * 2}`,
    params,
  );
  const patientIds = rows.filter((r) => terms.every((t) => !t.verifyPrefix || textHasWordPrefix(`${r.first_name} ${r.last_name}`, t.verifyPrefix))).map((r) => r.id);
  if (!patientIds.length) return [];
  const filter = conversationFilter ? ` and id = any(?::uuid[])` : '';
  return loadConversations(
    em,
    `organization_id = ? and location_id = any(?::uuid[]) and patient_id = any(?::uuid[])${filter} order by last_message_at desc limit ${MAX_PATIENT_HITS}`,
    [request.organizationId, `{${request.locationIds.join(',')}}`, `{${patientIds.join(',')}}`, ...(conversationFilter ? [`{${conversationFilter.join(',')}}`] : [])],
  );
}

/**
 * A long word ("appointment") is a whole word far more often than the start of one: try whole
 * words alone first (no decryption to verify), and fall back to prefixes when that fills no page.
 */
async function findMessagesWholeWordsFirst(em: EntityManager, request: SearchRequest, terms: QueryTerm[], conversationFilter: string[] | null) {
  if (!terms.some((t) => t.verifyPrefix)) return findMessages(em, request, terms, conversationFilter);
  const wholeWords = terms.map((t) => (t.verifyPrefix ? { word: t.word, alternatives: t.alternatives.filter((a) => a.startsWith('w:')), verifyPrefix: null } : t));
  const page = await findMessages(em, request, wholeWords, conversationFilter);
  return page.messages.length === request.limit ? page : findMessages(em, request, terms, conversationFilter);
}

async function findMessages(
  em: EntityManager,
  request: SearchRequest,
  terms: QueryTerm[],
  conversationFilter: string[] | null,
): Promise<{ messages: { message: IMessage; conversation: IConversation }[]; nextCursor: SearchCursor | null }> {
  const tokensOf = (t: QueryTerm) => lookupTokenArray(t.alternatives);
  const locations = `{${request.locationIds.join(',')}}`;
  // Several words: drive the walk with the rarest (bounded counts), probe the others per message.
  let ordered = terms;
  if (terms.length > 1) {
    const counts = await em.execute<Record<string, string>[]>(
      `select ${terms.map((_, i) => `(select count(*) from (select 1 from message_search_token where location_id = any(?::uuid[]) and token = any(?::text[]) limit ${COUNT_CAP}) c) as c${i}`).join(', ')}`,
      terms.flatMap((t) => [locations, tokensOf(t)]),
    );
    const count = (i: number) => Number(counts[0]?.[`c${i}`] ?? 0);
    if (terms.some((_, i) => count(i) === 0)) return { messages: [], nextCursor: null };
    ordered = terms.map((t, i) => ({ t, n: count(i) })).sort((a, b) => a.n - b.n).map((x) => x.t);
  }
  const [driver, ...others] = ordered as [QueryTerm, ...QueryTerm[]];
  const needsVerify = terms.some((t) => t.verifyPrefix);
  const fetch = needsVerify ? request.limit * 2 + 1 : request.limit + 1;
  // With other words to match, one request walks at most WALK_BUDGET postings of the driver per
  // branch; if that fills no page, the cursor continues from where the walk stopped.
  const walk = others.length ? WALK_BUDGET : fetch;

  const params: unknown[] = [];
  const branches: string[] = [];
  for (const locationId of request.locationIds) {
    for (const token of driver.alternatives.flatMap(searchLookupTokens)) {
      let sql = `(select message_id, created_at from message_search_token t where t.location_id = ? and t.token = ?`;
      params.push(locationId, token);
      if (request.cursor) {
        sql += ` and (t.created_at, t.message_id) < (?, ?)`;
        params.push(request.cursor.createdAt, request.cursor.messageId);
      }
      if (conversationFilter) {
        sql += ` and t.conversation_id = any(?::uuid[])`;
        params.push(`{${conversationFilter.join(',')}}`);
      }
      sql += ` order by t.created_at desc, t.message_id desc limit ${walk})`;
      branches.push(sql);
    }
  }
  const probes = others.map(() => `exists (select 1 from message_search_token o where o.message_id = w.message_id and o.token = any(?::text[]))`);
  // The probes' placeholders come first in the statement text.
  params.unshift(...others.map(tokensOf));
  const walked = await em.execute<{ message_id: string; created_at: Date; hit: boolean }[]>(
    `select message_id, created_at, ${probes.length ? probes.join(' and ') : 'true'} as hit
       from (select message_id, max(created_at) as created_at from (${branches.join(' union all ')}) b group by message_id order by 2 desc, 1 desc limit ${walk}) w
      order by created_at desc, message_id desc`,
    params,
  );
  // Hits newest first; if the walk ran out of budget before a page filled, continue from its end.
  const rows: { message_id: string; created_at: Date }[] = [];
  let frontier: { message_id: string; created_at: Date } | null = null;
  for (const row of walked) {
    if (rows.length === fetch) break;
    frontier = row;
    if (row.hit) rows.push(row);
  }
  const budgetSpent = others.length > 0 && walked.length === walk && rows.length < fetch;
  if (budgetSpent && !rows.length) return { messages: [], nextCursor: frontier ? { createdAt: new Date(frontier.created_at), messageId: frontier.message_id } : null };
  const more = rows.length === fetch;
  const candidates = rows.slice(0, fetch - 1);
  if (!candidates.length) return { messages: [], nextCursor: null };

  const messages = await loadMessages(em, candidates.map((r) => r.message_id));
  const byId = new Map(messages.map((m) => [m.id, m]));
  const conversations = await loadConversations(em, 'id = any(?::uuid[])', [`{${[...new Set(messages.map((m) => m.conversationId))].join(',')}}`]);
  const conversationById = new Map(conversations.map((c) => [c.id, c]));

  const hits: { message: IMessage; conversation: IConversation }[] = [];
  let last: { message_id: string; created_at: Date } | null = null;
  for (const row of candidates) {
    if (hits.length === request.limit) break;
    last = row;
    const message = byId.get(row.message_id);
    const conversation = message && conversationById.get(message.conversationId);
    if (!message || !conversation || conversation.organizationId !== request.organizationId) continue;
    if (needsVerify && !terms.every((t) => !t.verifyPrefix || textHasWordPrefix(message.body, t.verifyPrefix))) continue;
    hits.push({ message, conversation });
  }
  const exhausted = !more && last === candidates[candidates.length - 1];
  if (exhausted && budgetSpent && frontier) return { messages: hits, nextCursor: { createdAt: new Date(frontier.created_at), messageId: frontier.message_id } };
  return { messages: hits, nextCursor: exhausted || !last ? null : { createdAt: new Date(last.created_at), messageId: last.message_id } };
}

/** Loads the patients for a set of threads (for presenting search results). */
export async function patientsFor(em: EntityManager, conversations: IConversation[]) {
  const patients = await em.find(Patient, { id: { $in: [...new Set(conversations.map((c) => c.patientId))] } });
  return new Map(patients.map((p) => [p.id, p]));
}

/** snake_case row → camelCase object, so columns added later still come through. */
function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => {
      const key = k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      // Timestamps (…At) as Dates, whatever the driver's type parsing.
      return [key, key.endsWith('At') && (typeof v === 'string' || typeof v === 'number') ? new Date(v) : v];
    }),
  );
}

function openSealed(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith('bcn1:') ? dataCipher().decrypt(value) : value;
}

/**
 * Read-only load of a result page: one decryption per body and no change-tracking snapshot (an
 * ORM load would also re-encrypt each body for its snapshot), which matters at search latencies.
 */
async function loadMessages(em: EntityManager, ids: string[]): Promise<IMessage[]> {
  const rows = await em.execute<Record<string, unknown>[]>(`select * from message where id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
  return rows.map((r) => {
    const m = camelRow(r);
    return { ...m, body: openSealed(m['body']) } as unknown as IMessage;
  });
}

/** Threads for a result page, read the same way (one decryption per preview). */
async function loadConversations(em: EntityManager, where: string, params: unknown[]): Promise<IConversation[]> {
  const rows = await em.execute<Record<string, unknown>[]>(`select * from conversation where ${where}`, params);
  return rows.map((r) => {
    const c = camelRow(r);
    return { ...c, lastMessagePreview: openSealed(c['lastMessagePreview']) } as unknown as IConversation;
  });
}
