import { Location, Message, Organization, raiseStaffAlert, type EntityManager, type ILocation } from '@beacon/db';
import { heartbeat } from '@temporalio/activity';
import pMap from 'p-map';
import { recordAudit } from '@beacon/audit';
import { DEFAULT_MARKETING_HOURS, MARKETING_KIND, sendOutboundMessage, settleAbandonedHandover, type OutboundDeps } from '@beacon/inbox';
import type { BulkBatchResult, BulkSendActivities, BulkSendInput } from '@beacon/workflows/bulk/definitions.js';
import { currentRecipientFacts } from './bulk-audience.repository.js';
import { exclusionFor, type BulkExclusion } from './bulk-exclusions.util.js';
import { paceBatch } from './bulk-pacing.util.js';
import { BULK_SCENARIO_LABELS, renderBulkText } from './bulk-scenarios.js';
import { storeProgress, type BulkSendRow, type BulkSendStatus } from './bulk-send.service.js';
import { bulkTextValues } from './bulk-text.util.js';

/** The key of one recipient's text: the same send and patient never get a second one. */
export const bulkRecipientKey = (bulkSendId: string, patientId: string): string => `bulk-${bulkSendId}:${patientId}`;

/**
 * At most this many texts per batch (one activity): at a high rate a batch is the rate's share of a
 * second, but never so long that a slow provider makes it outlive its timeout.
 */
const MAX_BATCH = 25;

/** Texts of one batch in flight at once (each lane holds at most one pooled connection at a time). */
const SEND_LANES = 4;

/** The message kind of a bulk text that is not a promotion. */
export const BULK_KIND = 'bulk';

type SendRow = BulkSendRow;

interface Claimed {
  id: string;
  patient_id: string;
  appointment_id: string | null;
}

const stateOf = (status: BulkSendStatus): BulkBatchResult | null =>
  status === 'paused' ? { state: 'paused' } : status === 'cancelled' ? { state: 'cancelled' } : status === 'finished' ? { state: 'done' } : null;

/**
 * One batch of a send: in a short transaction, reads the send's state, takes the next slot of its
 * sending number (pacing shared by every send from that number) and picks the pending recipients
 * for it; then, outside any transaction, each recipient is checked again (appointment, consent,
 * already texted today) and texted through the durable send path with their own idempotency key.
 */
async function sendBatch(deps: OutboundDeps, input: BulkSendInput, alive: () => void): Promise<BulkBatchResult> {
  const started = Date.now();
  const picked = await deps.em().transactional(async (tx): Promise<{ result: BulkBatchResult } | { send: SendRow; recipients: Claimed[]; batchMs: number }> => {
    const [send] = await tx.execute<SendRow[]>('select * from bulk_send where id = ? for update', [input.bulkSendId]);
    if (!send) return { result: { state: 'cancelled' } };
    const stopped = stateOf(send.status);
    if (stopped) return { result: stopped };
    const [pending] = await tx.execute<{ n: number }[]>(`select count(*)::int as n from bulk_send_recipient where bulk_send_id = ? and status in ('pending', 'sending')`, [send.id]);
    if (!pending?.n) return { result: { state: 'done' } };
    if (send.status === 'queued') {
      await tx.execute(`update bulk_send set status = 'running', updated_at = now() where id = ?`, [send.id]);
      await storeProgress(tx, send.id, send.location_id);
    }
    await tx.execute('insert into bulk_send_pace (from_number, next_at) values (?, now()) on conflict do nothing', [send.from_number]);
    const [pace] = await tx.execute<{ next_at: Date }[]>('select next_at from bulk_send_pace where from_number = ? for update', [send.from_number]);
    const count = Math.min(send.rate_per_second, MAX_BATCH, pending.n);
    const slot = paceBatch(pace ? new Date(pace.next_at) : null, new Date(), count, send.rate_per_second);
    if ('waitMs' in slot) return { result: { state: 'sending', sent: 0, waitMs: slot.waitMs } };
    await tx.execute('update bulk_send_pace set next_at = ? where from_number = ?', [slot.nextAt, send.from_number]);
    // 'sending': claimed by an attempt that did not finish (a crashed worker); taken again, idempotently.
    const recipients = await tx.execute<Claimed[]>(`select id, patient_id, appointment_id from bulk_send_recipient where bulk_send_id = ? and status in ('pending', 'sending') order by id limit ?`, [send.id, count]);
    return { send, recipients, batchMs: slot.batchMs };
  });
  if ('result' in picked) return picked.result;
  const { send, recipients, batchMs } = picked;
  const em = deps.em();
  const location = await em.findOneOrFail(Location, send.location_id);
  const organization = await em.findOneOrFail(Organization, send.organization_id);
  const marketing = send.scenario === 'promotion';
  let sent = 0;
  let stopped: BulkBatchResult | null = null;
  // A few texts at once: each one waits on the database and the provider, so one after another a
  // batch falls behind the number's rate. Each text holds at most one pooled connection at a time,
  // so texts in flight only queue for the pool. Once the send is stopped, the rest are skipped.
  await pMap(
    recipients,
    async (recipient) => {
      if (stopped) return;
      // Staff may pause or cancel mid-batch: each text claims its recipient only while the send is
      // running, in one statement, so a cancel either comes first (the recipient is cancelled, no
      // text) or after (the text goes out and is recorded as sent).
      const claimed = await em.execute<{ id: string }[]>(
        `update bulk_send_recipient r set status = 'sending', updated_at = now()
          where r.id = ? and r.status in ('pending', 'sending') and exists (select 1 from bulk_send s where s.id = r.bulk_send_id and s.status = 'running') returning r.id`,
        [recipient.id],
      );
      if (!claimed.length) {
        const [now] = await em.execute<{ status: BulkSendStatus }[]>('select status from bulk_send where id = ?', [send.id]);
        stopped ??= now ? stateOf(now.status) : { state: 'cancelled' as const };
        return;
      }
      alive();
      if (await sendToRecipient(deps, { send, location, marketingHours: organization.marketingHours ?? DEFAULT_MARKETING_HOURS, marketing }, recipient)) sent += 1;
    },
    { concurrency: SEND_LANES },
  );
  if (stopped) return stopped;
  await deps.em().transactional((tx) => storeProgress(tx, send.id, send.location_id));
  return { state: 'sending', sent, waitMs: Math.max(0, batchMs - (Date.now() - started)) };
}

/** Texts one recipient (or records why not); true when a text went to the provider. */
async function sendToRecipient(
  deps: OutboundDeps,
  ctx: { send: SendRow; location: ILocation; marketingHours: { start: string; end: string }; marketing: boolean },
  recipient: Claimed,
): Promise<boolean> {
  const { send, location, marketing } = ctx;
  const em = deps.em();
  const key = bulkRecipientKey(send.id, recipient.patient_id);
  const now = new Date();
  const facts = await currentRecipientFacts(em, {
    organizationId: send.organization_id,
    locationId: send.location_id,
    timeZone: location.timeZone,
    scenario: send.scenario,
    bulkSendId: send.id,
    patientId: recipient.patient_id,
    appointmentId: recipient.appointment_id,
    now,
  });
  // A text already handed over (a retried batch, a restarted worker) is only reconciled, never re-decided.
  const earlier = await em.findOne(Message, { idempotencyKey: key }, { fields: ['id'] });
  const exclusion: BulkExclusion | null = !facts ? 'invalid_number' : earlier ? null : exclusionFor(facts, { marketing, at: now, timeZone: location.timeZone, marketingHours: ctx.marketingHours });
  if (exclusion || !facts) {
    await finishRecipient(em, recipient.id, { status: 'excluded', exclusion: exclusion ?? 'invalid_number', messageId: null });
    return false;
  }
  const body = renderBulkText(send.template, bulkTextValues(location, send.criteria, { firstName: facts.firstName, appointmentStartsAt: facts.appointmentStartsAt, providerName: facts.providerName }));
  const result = await sendOutboundMessage(deps, {
    idempotencyKey: key,
    locationId: send.location_id,
    patientId: recipient.patient_id,
    body,
    kind: marketing ? MARKETING_KIND : BULK_KIND,
    automated: true,
    marketing,
    bulkSendId: send.id,
  });
  if (result.status === 'blocked') {
    // Consent changed between the check above and the send path's own check under the consent gate.
    const again = await currentRecipientFacts(em, { organizationId: send.organization_id, locationId: send.location_id, timeZone: location.timeZone, scenario: send.scenario, bulkSendId: send.id, patientId: recipient.patient_id, appointmentId: recipient.appointment_id, now: new Date() });
    const reason = (again && exclusionFor(again, { marketing, at: new Date(), timeZone: location.timeZone, marketingHours: ctx.marketingHours })) || 'opted_out';
    await finishRecipient(em, recipient.id, { status: 'excluded', exclusion: reason, messageId: result.messageId });
    return false;
  }
  const status = result.status === 'failed' || result.status === 'undelivered' ? 'failed' : 'sent';
  // Audited before the outcome is recorded: a worker dying in between audits again on the retry, once (the key).
  await auditRecipient(em, send, recipient.patient_id, result.messageId, status);
  await finishRecipient(em, recipient.id, { status, exclusion: null, messageId: result.messageId });
  return status === 'sent';
}

/** The audit entry of one recipient's text, once per recipient however often a retry gets here. */
async function auditRecipient(em: EntityManager, send: SendRow, patientId: string, messageId: string, status: 'sent' | 'failed'): Promise<void> {
  await recordAudit(em, {
    organizationId: send.organization_id,
    action: 'bulk_send.recipient',
    outcome: status === 'sent' ? 'success' : 'failure',
    actor: { staffId: null, label: 'bulk send' },
    patientId,
    target: { type: 'message', id: messageId },
    details: { bulkSendId: send.id, scenario: send.scenario },
    idempotencyKey: `${bulkRecipientKey(send.id, patientId)}:audit`,
  });
}

/** Records a recipient's outcome once (only while claimed); false when an earlier attempt already had. */
async function finishRecipient(em: EntityManager, id: string, outcome: { status: 'sent' | 'failed' | 'excluded' | 'cancelled'; exclusion: BulkExclusion | null; messageId: string | null }): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `update bulk_send_recipient set status = ?, exclusion = ?, message_id = ?, sent_at = case when ? = 'sent' then now() else null end, updated_at = now()
      where id = ? and status in ('pending', 'sending') returning id`,
    [outcome.status, outcome.exclusion, outcome.messageId, outcome.status, id],
  );
  return rows.length > 0;
}

/**
 * Recipients left claimed ('sending') by an attempt that died before the send stopped (a cancel
 * while the worker was down): what each text became — asked of the provider once the hand-over's
 * lease is over, never sent again — or cancelled when it never reached the send path.
 */
async function settleClaimed(deps: OutboundDeps, send: SendRow, alive: () => void): Promise<void> {
  const em = deps.em();
  const claimed = await em.execute<Claimed[]>(`select id, patient_id, appointment_id from bulk_send_recipient where bulk_send_id = ? and status = 'sending' order by id`, [send.id]);
  for (const recipient of claimed) {
    const settle = () => settleAbandonedHandover(deps, bulkRecipientKey(send.id, recipient.patient_id), 'Not sent: the bulk send was cancelled.');
    let settled = await settle();
    while (settled && 'waitMs' in settled) {
      const waitMs = settled.waitMs;
      alive();
      await new Promise((r) => setTimeout(r, Math.min(waitMs, 1_000)));
      settled = await settle();
    }
    if (!settled || settled.stoppedNow) {
      await finishRecipient(em, recipient.id, { status: 'cancelled', exclusion: null, messageId: settled?.messageId ?? null });
    } else if (settled.status === 'blocked') {
      // Blocked under the consent gate by the attempt that died before recording it.
      await finishRecipient(em, recipient.id, { status: 'excluded', exclusion: 'opted_out', messageId: settled.messageId });
    } else {
      const status = settled.status === 'failed' || settled.status === 'undelivered' ? 'failed' : 'sent';
      await auditRecipient(em, send, recipient.patient_id, settled.messageId, status);
      await finishRecipient(em, recipient.id, { status, exclusion: null, messageId: settled.messageId });
    }
  }
}

/**
 * Ends a send: settles recipients a dead attempt left claimed, marks it finished (a send stopped by
 * staff stays cancelled; one paused after its last text is finished: nobody is left), stores its
 * counters, alerts staff and audits — once, however often Temporal runs this activity.
 */
async function finishSend(deps: OutboundDeps, { bulkSendId, outcome: reported }: BulkSendInput & { outcome: 'finished' | 'cancelled' }, alive: () => void): Promise<void> {
  const [row] = await deps.em().execute<SendRow[]>('select * from bulk_send where id = ?', [bulkSendId]);
  if (!row) return;
  await settleClaimed(deps, row, alive);
  const done = await deps.em().transactional(async (tx) => {
    const [send] = await tx.execute<SendRow[]>('select * from bulk_send where id = ? for update', [bulkSendId]);
    if (!send) return null;
    const outcome = send.status === 'cancelled' ? 'cancelled' : reported;
    if (outcome === 'finished' && send.status !== 'finished') {
      await tx.execute(`update bulk_send set status = 'finished', finished_at = now(), updated_at = now() where id = ?`, [bulkSendId]);
    }
    const counts = await storeProgress(tx, bulkSendId, send.location_id);
    if (outcome === 'finished') {
      await raiseStaffAlert(tx, {
        organizationId: send.organization_id,
        locationId: send.location_id,
        kind: 'bulk_send_finished',
        message: `Bulk send "${BULK_SCENARIO_LABELS[send.scenario]}" finished: ${counts.sent} sent, ${counts.failed} failed, ${counts.excluded} excluded.`,
        dedupeKey: `bulk-send-${bulkSendId}:finished`,
      });
    }
    return { send, counts, outcome };
  });
  if (!done) return;
  await recordAudit(deps.em(), {
    organizationId: done.send.organization_id,
    action: 'bulk_send.finish',
    actor: { staffId: null, label: 'bulk send' },
    target: { type: 'bulk_send', id: bulkSendId },
    details: { outcome: done.outcome, ...done.counts },
    // A retried activity (its completion lost to a crash or a Temporal outage) finds this entry.
    idempotencyKey: `bulk-send-${bulkSendId}:finish`,
  });
}

/** How long one activity keeps sending batches before it hands back to the workflow. */
const RUN_MS = 10_000;

/**
 * Batches one after another for up to RUN_MS, waiting for each slot of the number inside the
 * activity: handing back to the workflow between batches (a result, a timer, a new activity) costs a
 * few hundred milliseconds that pacing counted as the number's time — a send set to 20 texts/s
 * went out at 13. A pause or cancel still stops it at the next text (each text claims its recipient
 * only while the send is running) or the next batch.
 */
async function sendBatches(deps: OutboundDeps, input: BulkSendInput, alive: () => void): Promise<BulkBatchResult> {
  const started = Date.now();
  let sent = 0;
  for (;;) {
    const result = await sendBatch(deps, input, alive);
    if (result.state !== 'sending') return result;
    sent += result.sent;
    if (Date.now() + result.waitMs - started > RUN_MS) return { ...result, sent };
    alive();
    if (result.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, result.waitMs));
  }
}

export function createBulkSendActivities(deps: OutboundDeps): BulkSendActivities {
  return {
    // Heartbeats per text and between batches: a worker that dies mid-run is noticed within the heartbeat timeout.
    sendBulkBatch: (input) => sendBatches(deps, input, () => heartbeat()),
    finishBulkSend: (input) => finishSend(deps, input, () => heartbeat()),
  };
}
