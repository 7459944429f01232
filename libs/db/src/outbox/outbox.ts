import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffAlertKind } from '../entities/staff-alert.entity.js';

/** NOTIFY channel that wakes the relay when an outbox row commits. */
export const OUTBOX_CHANNEL = 'beacon_outbox';

/** The queue a workflow runs on (names resolved by the relay from TEMPORAL_TASK_QUEUE). */
export type OutboxTaskQueue = 'interactive' | 'scheduled' | 'background';

/**
 * Work for Temporal, written in the same transaction as the row it is about, so it exists exactly
 * when that row does. The relay (libs/temporal-runtime) hands each to Temporal with a deterministic
 * workflow id, so a repeated hand-off (relay crash, lease expiry) changes nothing. Payloads carry ids
 * and times only, never patient text.
 */
export type OutboxCommand =
  | { kind: 'workflow.start'; workflowType: string; workflowId: string; taskQueue: OutboxTaskQueue; args: unknown[] }
  | { kind: 'workflow.signal'; workflowId: string; signal: string; args: unknown[] }
  /** A booking-system event for `appointment-<id>` (signal-with-start, see TemporalAppointmentGateway). */
  | { kind: 'appointment.event'; workflowId: string; event: unknown; applied: boolean }
  /**
   * Bring the organisation's Temporal Schedules (retention purge, each location's evening digest)
   * up to date with its rows as they are when relayed. `workflowId` is only the ordering key.
   */
  | { kind: 'schedules.sync'; workflowId: string; organizationId: string }
  /**
   * Smart replies for one stored inbound text. They need no timer, wait or ordering, so the relay
   * hands every such row it claims in one round to ONE `replySuggestionsBatchWorkflow` (a burst of
   * texts costs a few workflow starts, not one each). `workflowId` is the ordering key only.
   */
  | { kind: 'suggestions.prepare'; workflowId: string; messageId: string };

/** Smart replies for an inbound text (relayed in batches, see the command's comment). */
export function suggestionsCommand(messageId: string): OutboxCommand {
  return { kind: 'suggestions.prepare', workflowId: `suggest-${messageId}`, messageId };
}

/**
 * Written with every change that schedules depend on (an organisation or location created, a
 * location's time zone changed), so the schedules follow even when Temporal is down at that moment.
 */
export function schedulesSyncCommand(organizationId: string): OutboxCommand {
  return { kind: 'schedules.sync', workflowId: `schedules-${organizationId}`, organizationId };
}

/** The workflow that emails staff about an alert (`workflows/notifications`), started with the alert's row. */
export function staffNotificationCommand(alertId: string): OutboxCommand {
  return { kind: 'workflow.start', workflowType: 'staffNotificationWorkflow', workflowId: `staff-notify-${alertId}`, taskQueue: 'background', args: [{ alertId }] };
}

/** The workflow that sends one onboarding email row (`workflows/onboarding`), started with the row. */
export function onboardingEmailCommand(emailId: string): OutboxCommand {
  return { kind: 'workflow.start', workflowType: 'onboardingEmailWorkflow', workflowId: `onboarding-email-${emailId}`, taskQueue: 'background', args: [{ emailId }] };
}

/** The workflow that frees a sign-up never verified once `expiresAt` has passed (`workflows/onboarding`), started with the sign-up. */
export function signupExpiryCommand(organizationId: string, expiresAt: Date): OutboxCommand {
  return { kind: 'workflow.start', workflowType: 'signupExpiryWorkflow', workflowId: `signup-expiry-${organizationId}`, taskQueue: 'background', args: [{ organizationId, expiresAt: expiresAt.toISOString() }] };
}

/**
 * What a push to staff devices is about (`workflows/push`): a patient's new text; an alert (of a kind
 * pushed to everyone who may see the thread, or about a thread assigned to someone, who is told it is
 * theirs); or a thread with an open alert just given to someone (`alertId`: its newest open alert).
 */
export type PushEvent =
  | { kind: 'new_message'; messageId: string }
  | { kind: 'alert'; alertId: string }
  | { kind: 'assigned'; conversationId: string; staffId: string; alertId: string };

/** Alert kinds pushed to the devices of staff who may see the thread (the others reach staff in the console and by email). */
export const PUSHED_ALERT_KINDS: ReadonlySet<StaffAlertKind> = new Set<StaffAlertKind>(['urgent_patient_message']);

/** The workflow that pushes one event to staff devices (background queue); its id is one per event. */
export function pushNotificationCommand(event: PushEvent): OutboxCommand {
  return { kind: 'workflow.start', workflowType: 'pushNotificationWorkflow', workflowId: pushNotificationWorkflowId(event), taskQueue: 'background', args: [{ event }] };
}

export function pushNotificationWorkflowId(event: PushEvent): string {
  switch (event.kind) {
    case 'new_message':
      return `push-message-${event.messageId}`;
    case 'alert':
      return `push-alert-${event.alertId}`;
    case 'assigned':
      // One per person and open alert: giving the thread back and forth does not push it again.
      return `push-assigned-${event.alertId}-${event.staffId}`;
  }
}

/**
 * A command queued only when someone in the organisation has a device subscribed to push (decided in
 * the same statement, so an organisation without push devices pays no workflow per patient text).
 */
export interface DevicePushCommand {
  organizationId: string;
  command: OutboxCommand;
}

/** SQL that queues `push` only when the organisation has a push subscription (params: outboxRow(command), organizationId). */
export const DEVICE_PUSH_INSERT = `insert into outbox (kind, lane, ordering_key, payload) select ?, ?, ?, ?::jsonb where exists (select 1 from push_subscription where organization_id = ?::uuid)`;

/** The relay loop a command waits in: the queue its workflow runs on (signals and events go to appointments, schedules to the background queue that runs them). */
export function outboxLane(command: OutboxCommand): OutboxTaskQueue {
  switch (command.kind) {
    case 'workflow.start':
      return command.taskQueue;
    case 'schedules.sync':
    case 'suggestions.prepare':
      return 'background';
    case 'workflow.signal':
    case 'appointment.event':
      return 'scheduled';
  }
}

/**
 * Queues commands inside the caller's transaction. Commands with the same workflow id are relayed
 * in the order they were written (events and replies of one appointment stay in order).
 */
export function outboxRow(command: OutboxCommand): [kind: string, lane: OutboxTaskQueue, orderingKey: string, payload: string] {
  return [command.kind, outboxLane(command), command.workflowId, JSON.stringify(command)];
}

export async function enqueueOutbox(tx: EntityManager, ...commands: OutboxCommand[]): Promise<void> {
  await enqueueOutboxWithPush(tx, commands, null);
}

/** `enqueueOutbox`, plus a push to staff devices queued only when the organisation has any (same statement). */
export async function enqueueOutboxWithPush(tx: EntityManager, commands: readonly OutboxCommand[], push: DevicePushCommand | null): Promise<void> {
  if (!commands.length && !push) return;
  const ctes: string[] = [];
  const params: unknown[] = [];
  if (commands.length) {
    ctes.push(`queued as (insert into outbox (kind, lane, ordering_key, payload) values ${commands.map(() => '(?, ?, ?, ?::jsonb)').join(', ')})`);
    params.push(...commands.flatMap(outboxRow));
  }
  if (push) {
    ctes.push(`pushed as (${DEVICE_PUSH_INSERT})`);
    params.push(...outboxRow(push.command), push.organizationId);
  }
  // One statement: the rows and the wake-up for the relays (delivered on commit).
  await tx.execute(`with ${ctes.join(', ')} select pg_notify(?, '')`, [...params, OUTBOX_CHANNEL]);
}
