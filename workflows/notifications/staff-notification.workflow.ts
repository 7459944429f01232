import { proxyActivities, sleep } from '@temporalio/workflow';
import type { NotificationActivities, StaffNotificationInput } from './definitions.js';

const { notifyStaffOfAlert, sendNotificationDigests } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 20 },
});

/**
 * Background queue, never on a webhook's path: emails staff about one alert. When someone has had
 * many notifications in a short time, theirs is held and, once the window has passed, they get one
 * summary of everything held instead of a flood (a later workflow finding nothing held sends nothing).
 */
export async function staffNotificationWorkflow(input: StaffNotificationInput): Promise<void> {
  const plan = await notifyStaffOfAlert(input);
  if (!plan.digestStaffIds.length) return;
  await sleep(plan.digestInMs);
  await sendNotificationDigests({ alertId: input.alertId, staffIds: plan.digestStaffIds });
}
