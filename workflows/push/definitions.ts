import type { PushEvent } from '@beacon/db';

/**
 * Pushes one event to staff devices (background queue), started through the outbox by the inbound path
 * and `raiseStaffAlert` (`pushNotificationCommand` in @beacon/db names the workflow id, one per event).
 */
export interface PushNotificationInput {
  event: PushEvent;
}

export interface PushOutcome {
  /** Devices the push service accepted the push for (in this attempt or an earlier one). */
  sent: number;
  /** Subscriptions the push service no longer knows (404/410), deleted. */
  gone: number;
}

export interface PushActivities {
  /** Pushes the event once to each device of each person allowed to see its thread (idempotency key per event and device). */
  sendPushNotifications(input: PushNotificationInput): Promise<PushOutcome>;
}
