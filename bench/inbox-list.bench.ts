/**
 * The inbox list with many conversations: keyset pages (last activity, newest first) and the badge
 * counts stay fast however deep staff scroll. Uses TEST_DATABASE_URL (a throwaway schema: it is reset).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createOrm, DEMO_PASSWORD, migrate, seedDemoOrganisation } from '@beacon/db';
import { conversationCounts, decodeCursor, listConversationIds } from '../apps/api/src/inbox/conversation-list.query.js';
import { resetDatabase, testDatabaseUrl } from '../test/support/test-env.js';

const CONVERSATIONS = 20_000;
const PAGE = 50;

async function main(): Promise<void> {
  const url = testDatabaseUrl();
  await resetDatabase(url);
  const orm = await createOrm({ databaseUrl: url, poolMax: 4 });
  await migrate(orm);
  const org = await seedDemoOrganisation(orm.em.fork(), { hashPassword: async () => 'x', encryptSecret: (s) => s, permissionsFor: () => ({}) as never }, DEMO_PASSWORD, 'bench');
  const location = org.locations.austin.id;
  const [staff] = await orm.em.fork().execute<{ id: string }[]>(`select id from staff where email = 'frontdesk@glow.test'`);
  const conn = orm.em.fork();
  for (let start = 0; start < CONVERSATIONS; start += 1000) {
    const patients: string[] = [];
    const convs: string[] = [];
    const params: unknown[] = [];
    const cparams: unknown[] = [];
    for (let i = start; i < Math.min(start + 1000, CONVERSATIONS); i++) {
      const pid = randomUUID();
      patients.push('(?, ?, ?, ?, ?, now())');
      params.push(pid, org.organizationId, 'Pat', `Bench ${i}`, `+1512${String(1_000_000 + i).padStart(7, '0')}`);
      convs.push(`(?, ?, ?, ?, ?, now() - (? * interval '1 minute'), 'hello', ${i % 3 === 0 ? 'now()' : 'null'}, ?, ${i % 7 === 0}, now(), now())`);
      cparams.push(randomUUID(), org.organizationId, location, pid, i % 5 === 0 ? 'closed' : 'open', i, i % 11 === 0 ? staff?.id : null);
    }
    await conn.execute(`insert into patient (id, organization_id, first_name, last_name, phone, created_at) values ${patients.join(',')}`, params);
    await conn.execute(
      `insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, last_inbound_at, assigned_staff_id, starred, created_at, updated_at) values ${convs.join(',')}`,
      cparams,
    );
  }
  await conn.execute('analyze');

  const pageTimes: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const t = performance.now();
    const page = await listConversationIds(orm.em.fork(), { organizationId: org.organizationId, staffId: staff?.id ?? '', locationIds: [location], filter: 'all', cursor: cursor ? decodeCursor(cursor) : null, limit: PAGE });
    pageTimes.push(performance.now() - t);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  const unreadT = performance.now();
  await listConversationIds(orm.em.fork(), { organizationId: org.organizationId, staffId: staff?.id ?? '', locationIds: [location], filter: 'unread', cursor: null, limit: PAGE });
  const unreadMs = performance.now() - unreadT;
  const countsT = performance.now();
  await conversationCounts(orm.em.fork(), { organizationId: org.organizationId, staffId: staff?.id ?? '', locationIds: [location] });
  const countsMs = performance.now() - countsT;
  await orm.close();

  const sorted = [...pageTimes].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  console.log(
    JSON.stringify({
      name: 'inbox list (keyset pages, filters, counts)',
      metrics: { conversations: CONVERSATIONS, pages, pageP95Ms: Number(p95.toFixed(1)), deepestPageMs: Number((pageTimes[pageTimes.length - 1] ?? 0).toFixed(1)), unreadFilterMs: Number(unreadMs.toFixed(1)), countsMs: Number(countsMs.toFixed(1)) },
      goals: [
        { metric: 'pageP95Ms', max: 50 },
        { metric: 'deepestPageMs', max: 50 },
        { metric: 'countsMs', max: 200 },
      ],
      notes: `${PAGE} per page; the 100th page costs what the first does (keyset on last_message_at, id).`,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
