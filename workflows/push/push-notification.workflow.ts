import { proxyActivities } from '@temporalio/workflow';
import type { PushActivities, PushNotificationInput } from './definitions.js';

const { sendPushNotifications } = proxyActivities<PushActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 12 },
});

/**
 * Background queue, never on a webhook's path: pushes a new patient text, an urgent alert or an alert
 * assigned to someone to the devices of staff who may see the thread. A retry sends only to devices not
 * yet marked as pushed.
 */
export async function pushNotificationWorkflow(input: PushNotificationInput): Promise<void> {
  await sendPushNotifications(input);
}
