/** Email notifications to staff about one alert (background queue), started through the outbox by `raiseStaffAlert`. */
export const staffNotificationWorkflowId = (alertId: string): string => `staff-notify-${alertId}`;

export interface StaffNotificationInput {
  alertId: string;
}

export interface StaffNotificationPlan {
  /** Recipients whose email about this alert was held for a summary (too many events for them in a short time). */
  digestStaffIds: string[];
  /** How long to wait before sending that summary (the rest of the digest window). */
  digestInMs: number;
}

export interface NotificationActivities {
  /** Emails each recipient of the alert once (idempotency key per alert and person) or holds it for a digest. */
  notifyStaffOfAlert(input: StaffNotificationInput): Promise<StaffNotificationPlan>;
  /** Sends each person one summary of their held notifications; idempotent per alert and person. */
  sendNotificationDigests(input: { alertId: string; staffIds: string[] }): Promise<void>;
}
