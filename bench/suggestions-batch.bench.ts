/**
 * Smart replies prepared in the worker, with the database: what a burst's batch workflow costs per
 * text (the "texts fully processed" figure of the load bench ends when the `reply_suggestion` row is
 * written). Same-run baseline: the embedded engine alone on the same texts (the CPU floor; everything
 * above it is reading the thread's facts and writing the row).
 * Uses TEST_DATABASE_URL (a throwaway database: it is reset).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createOrm, DEMO_PASSWORD, migrate, seedDemoOrganisation } from '@beacon/db';
import { classifyMessage } from '@beacon/compliance';
import { recordInboundMessage } from '@beacon/inbox';
import { dataKeyRingFromEnv } from '@beacon/security';
import { createSuggestionActivities, suggestEmbedded } from '@beacon/suggestions';
import { demoContext } from '../libs/suggestions/src/test-context.js';
import { resetDatabase, testDatabaseUrl } from '../test/support/test-env.js';

const BATCH = 64;
const SINGLES = 64;
/** One warm-up batch, eight measured batches, then the texts prepared one per activity. */
const TEXTS = BATCH * 9 + SINGLES;
const QUESTIONS = ['Can I bring my sister on Thursday?', 'how much is botox per unit', 'where do i park??', 'running 10 min late sorry!!', 'Is it normal to have bruising 2 days after filler', 'what are your hours on saturday', 'thank you so much ❤️', 'can i move my appt to next week'];

async function main(): Promise<void> {
  const url = testDatabaseUrl();
  await resetDatabase(url);
  const orm = await createOrm({ databaseUrl: url, poolMax: 10, dataCipher: dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64') }) });
  await migrate(orm);
  await seedDemoOrganisation(orm.em.fork(), { hashPassword: async () => 'x', encryptSecret: (s) => s, permissionsFor: () => ({}) as never }, DEMO_PASSWORD, 'bench');
  // Texts from TEXTS numbers, through the webhook's own write path (patients, threads, readings).
  const ids: string[] = [];
  for (let start = 0; start < TEXTS; start += 32) {
    const stored = await Promise.all(
      Array.from({ length: Math.min(32, TEXTS - start) }, (_, k) => {
        const i = start + k;
        return recordInboundMessage(orm.em.fork(), { providerSid: `SM${String(i).padStart(32, '0')}`, from: `+1512${String(7_000_000 + i)}`, to: '+15125550100', body: QUESTIONS[i % QUESTIONS.length]!, mediaUrls: [] });
      }),
    );
    ids.push(...stored.map((s) => s.messageId));
  }
  await orm.em.fork().execute('delete from outbox');
  await orm.em.fork().execute('analyze');

  const activities = createSuggestionActivities({ em: () => orm.em.fork(), classify: classifyMessage, llm: null });
  // Warm up (JIT, pool, plans) on texts that are not measured.
  await activities.prepareReplySuggestionsBatch({ messageIds: ids.slice(0, BATCH) });

  const batched = ids.slice(BATCH, BATCH + 8 * BATCH);
  let t = performance.now();
  for (let i = 0; i < batched.length; i += BATCH) await activities.prepareReplySuggestionsBatch({ messageIds: batched.slice(i, i + BATCH) });
  const batchMs = performance.now() - t;

  const singles = ids.slice(BATCH + 8 * BATCH, BATCH + 8 * BATCH + SINGLES);
  t = performance.now();
  // One text per activity, eight at a time (the worker's concurrency for one-text workflows).
  for (let i = 0; i < singles.length; i += 8) await Promise.all(singles.slice(i, i + 8).map((id) => activities.prepareReplySuggestions({ messageId: id })));
  const singleMs = performance.now() - t;

  const [{ n }] = await orm.em.fork().execute<{ n: string }[]>('select count(*) as n from reply_suggestion');
  if (Number(n) !== BATCH + batched.length + singles.length) throw new Error(`expected ${BATCH + batched.length + singles.length} suggestion rows, found ${n}`);

  const context = demoContext();
  t = performance.now();
  for (let i = 0; i < batched.length; i += 1) suggestEmbedded({ messageText: QUESTIONS[i % QUESTIONS.length]!, intent: 'question', context });
  const engineMs = performance.now() - t;
  await orm.close();

  const perText = (ms: number, count: number) => Number((ms / count).toFixed(3));
  console.log(
    JSON.stringify({
      name: 'Smart replies prepared with the database (worker activity)',
      notes: `${batched.length} texts in batches of ${BATCH} (as the outbox relay starts them), ${singles.length} texts one per activity 8 at a time; baseline: the embedded engine alone on the same texts. One process, pool 10.`,
      metrics: {
        batch_ms_per_text: perText(batchMs, batched.length),
        batch_texts_per_s: Math.round((batched.length / batchMs) * 1000),
        single_ms_per_text: perText(singleMs, singles.length),
        single_texts_per_s: Math.round((singles.length / singleMs) * 1000),
        baseline_engine_ms_per_text: perText(engineMs, batched.length),
      },
      goals: [],
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
