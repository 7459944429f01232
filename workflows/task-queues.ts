/**
 * Work is split over three task queues, each polled by its own worker with its own slots, so a
 * burst of one kind never waits behind another (see README "Throughput and isolation"):
 * - interactive: staff replies, opt-out/opt-in/help confirmations, after-hours replies, inbound pictures;
 * - scheduled:   appointment workflows and their timed messages (the original queue, `TEMPORAL_TASK_QUEUE`);
 * - background:  smart replies, digests, retention purges, staff notification email, bulk sends.
 */
export const TASK_QUEUE_ROLES = ['interactive', 'scheduled', 'background'] as const;
export type TaskQueueRole = (typeof TASK_QUEUE_ROLES)[number];

/** The queue name of a role; `base` is TEMPORAL_TASK_QUEUE (kept as the scheduled queue, so running appointment workflows stay where they are). */
export function taskQueueName(base: string, role: TaskQueueRole): string {
  return role === 'scheduled' ? base : `${base}-${role}`;
}

export type TaskQueues = Record<TaskQueueRole, string>;

export function taskQueues(base: string): TaskQueues {
  return { interactive: taskQueueName(base, 'interactive'), scheduled: taskQueueName(base, 'scheduled'), background: taskQueueName(base, 'background') };
}
