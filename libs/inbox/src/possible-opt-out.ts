import { randomUUID } from 'node:crypto';
import { ConsentEvent, enqueueOutbox, Message, type EntityManager, type IConsentEvent } from '@beacon/db';
import type { InboundFollowUpInput } from '@beacon/workflows/inbound/definitions.js';
import { publishEvent } from '@beacon/realtime';
import { InboxError, InboxErrorCode } from './inbox.errors.js';

/** What staff decided about a text the classifier could not call. */
export type OptOutDecision = 'opt_out' | 'not_opt_out';

/** The one key of the "possible opt-out — confirm" alert of an inbound text. */
export const possibleOptOutAlertKey = (messageId: string): string => `inbound-${messageId}:possible-opt-out`;

/** The follow-up that confirms an opt-out staff decided (distinct from the text's own follow-up, which may have run). */
export const staffOptOutConfirmationWorkflowId = (messageId: string): string => `opt-out-confirm-${messageId}`;

/** Opens the review of a possible opt-out, in the transaction that pauses promotions (once per text). */
export async function openOptOutReview(tx: EntityManager, review: { messageId: string; organizationId: string; conversationId: string }): Promise<void> {
  await tx.execute('insert into opt_out_review (message_id, organization_id, conversation_id) values (?, ?, ?) on conflict (message_id) do nothing', [
    review.messageId,
    review.organizationId,
    review.conversationId,
  ]);
}

export interface PendingOptOutReview {
  messageId: string;
  body: string;
  createdAt: string;
}

/** The newest text of this thread still waiting for a person's decision (null: none). */
export async function pendingOptOutReview(em: EntityManager, conversationId: string): Promise<PendingOptOutReview | null> {
  const [row] = await em.execute<{ message_id: string }[]>(
    'select r.message_id from opt_out_review r join message m on m.id = r.message_id where r.conversation_id = ? and r.decision is null order by m.created_at desc limit 1',
    [conversationId],
  );
  if (!row) return null;
  const message = await em.findOneOrFail(Message, row.message_id);
  return { messageId: message.id, body: message.body, createdAt: message.createdAt.toISOString() };
}

export interface DecideOptOutInput {
  organizationId: string;
  conversationId: string;
  locationId: string;
  patientId: string;
  /** The patient's number, where the ledger keeps consent. */
  phone: string;
  messageId: string;
  staffId: string;
  decision: OptOutDecision;
}

export interface OptOutDecisionResult {
  decision: OptOutDecision;
  decidedAt: string;
  /** Ledger rows written by this decision. */
  consentEventIds: string[];
}

/**
 * Records a person's decision on a possible opt-out, once: the first decision wins (a row-locking
 * conditional update), a second one — even at the same moment — gets ReviewAlreadyDecided.
 * - opt_out: transactional and marketing opt-outs in the ledger (method staff_decision, by whom).
 * - not_opt_out: promotions go back to where they were before the pause: a marketing opt-in again
 *   when that was the state before (recorded, by whom); nothing to write when the patient had not
 *   agreed to promotions (the pause changed nothing); nothing when marketing consent has changed
 *   since the pause (a later START or re-consent stands).
 * The alert is resolved and open consoles hear of it, all in the caller's transaction.
 */
export async function decidePossibleOptOut(tx: EntityManager, input: DecideOptOutInput): Promise<OptOutDecisionResult> {
  const decided = await tx.execute<{ decided_at: Date }[]>(
    `update opt_out_review set decision = ?, decided_by = ?, decided_at = now()
      where message_id = ? and organization_id = ? and conversation_id = ? and decision is null
      returning decided_at`,
    [input.decision, input.staffId, input.messageId, input.organizationId, input.conversationId],
  );
  if (!decided.length) {
    const [existing] = await tx.execute<{ decision: string | null; decided_at: Date | null; decided_by_name: string | null }[]>(
      `select r.decision, r.decided_at, s.name as decided_by_name from opt_out_review r left join staff s on s.id = r.decided_by
        where r.message_id = ? and r.organization_id = ? and r.conversation_id = ?`,
      [input.messageId, input.organizationId, input.conversationId],
    );
    if (!existing) throw new InboxError(InboxErrorCode.OptOutReviewNotFound, 'This text is not waiting for an opt-out decision.');
    const what = existing.decision === 'opt_out' ? 'an opt-out' : 'not an opt-out';
    throw new InboxError(InboxErrorCode.OptOutReviewDecided, `${existing.decided_by_name ?? 'Someone'} already decided this text was ${what}. Nothing was changed.`);
  }
  const decidedAt = new Date(decided[0]!.decided_at);
  const row = (kind: 'transactional' | 'marketing', action: 'opt_in' | 'opt_out', reason: string) =>
    tx.create(ConsentEvent, {
      id: randomUUID(),
      organizationId: input.organizationId,
      patientId: input.patientId,
      phone: input.phone,
      kind,
      action,
      method: 'staff_decision',
      messageId: input.messageId,
      staffId: input.staffId,
      reason,
      createdAt: decidedAt,
    });
  const written: { id: string }[] = [];
  if (input.decision === 'opt_out') {
    written.push(row('transactional', 'opt_out', 'Staff confirmed the text as an opt-out.'), row('marketing', 'opt_out', 'Staff confirmed the text as an opt-out.'));
    // The one confirmation text a revocation gets (COMPLIANCE.md), now that a person has read it as
    // one: the same follow-up and idempotency key as a detected opt-out, so it can never go twice.
    const followUp: InboundFollowUpInput = { messageId: input.messageId, keyword: 'opt_out', afterHours: false };
    await enqueueOutbox(tx, { kind: 'workflow.start', workflowType: 'inboundFollowUpWorkflow', workflowId: staffOptOutConfirmationWorkflowId(input.messageId), taskQueue: 'interactive', args: [followUp] });
  } else {
    const restore = await marketingBeforePause(tx, input);
    if (restore === 'opt_in') written.push(row('marketing', 'opt_in', 'Staff decided the text was not an opt-out: promotions resume as before the pause.'));
  }
  await tx.flush();
  await tx.execute('update staff_alert set acknowledged_at = ?, acknowledged_by = ? where dedupe_key = ? and acknowledged_at is null', [
    decidedAt,
    input.staffId,
    possibleOptOutAlertKey(input.messageId),
  ]);
  await publishEvent(tx, { type: 'conversation.updated', conversationId: input.conversationId, locationId: input.locationId, patientId: input.patientId });
  return { decision: input.decision, decidedAt: decidedAt.toISOString(), consentEventIds: written.map((w) => w.id) };
}

/** The marketing state to go back to, or null when there is nothing to restore (see decidePossibleOptOut). */
async function marketingBeforePause(tx: EntityManager, input: DecideOptOutInput): Promise<IConsentEvent['action'] | null> {
  const history = await tx.find(ConsentEvent, { organizationId: input.organizationId, phone: input.phone, kind: 'marketing' }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  const pauseAt = history.findIndex((e) => e.messageId === input.messageId && e.action === 'opt_out' && e.method !== 'staff_decision');
  if (pauseAt !== 0) return null; // no pause row, or marketing consent changed after it
  return history[1]?.action === 'opt_in' ? 'opt_in' : null;
}
