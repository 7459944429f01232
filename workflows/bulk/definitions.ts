/**
 * Everything the API, the worker and tests need to talk to bulk-send workflows (one per send,
 * `bulk-send-<id>`, background queue). The database row is the source of truth for the send's
 * state (staff pause, resume and cancel it there); the signal only wakes the workflow at once.
 */
import { defineSignal } from '@temporalio/workflow';

export const bulkSendWorkflowId = (bulkSendId: string): string => `bulk-send-${bulkSendId}`;

export const BULK_SEND_CHANGED_SIGNAL = 'bulkSendChanged';
/** Staff paused, resumed or cancelled the send (already committed to its row). */
export const bulkSendChangedSignal = defineSignal<[{ action: 'pause' | 'resume' | 'cancel' }]>(BULK_SEND_CHANGED_SIGNAL);

export interface BulkSendInput {
  bulkSendId: string;
}

/** What one batch did; the workflow waits `waitMs` (pacing) before the next, or for a change while paused. */
export type BulkBatchResult =
  | { state: 'sending'; sent: number; waitMs: number }
  | { state: 'paused' }
  | { state: 'done' }
  | { state: 'cancelled' };

export interface BulkSendActivities {
  /**
   * Sends the next batch of pending recipients (at most the rate's one-second share), each through the
   * durable send path with its own idempotency key, after checking the send's state, the recipient's
   * appointment and consent again. Idempotent: a retried batch never texts anyone twice.
   */
  sendBulkBatch(input: BulkSendInput): Promise<BulkBatchResult>;
  /** Marks the send finished (or records its cancellation), stores its counters, alerts staff and audits. */
  finishBulkSend(input: BulkSendInput & { outcome: 'finished' | 'cancelled' }): Promise<void>;
}
