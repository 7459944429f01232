/** Retention: a daily Temporal Schedule per organisation purges messages older than its retention period. */
export const retentionScheduleId = (organizationId: string): string => `retention-purge-${organizationId}`;
/** UTC hour at which the purge runs (a quiet hour for US clinics). */
export const RETENTION_PURGE_HOUR_UTC = 9;

export interface RetentionPurgeInput {
  organizationId: string;
}

export interface RetentionPurgeResult {
  cutoff: string;
  retentionYears: number;
  messages: number;
  searchTokens: number;
  deliveryEvents: number;
  previewsCleared: number;
  /** Staff alerts (they name patients) and the notification emails sent about them, past the same cutoff. */
  alerts?: number;
}

export interface RetentionActivities {
  /** Deletes expired messages (with their search tokens and delivery events) in batches; records the purge in the audit trail. */
  purgeExpiredMessages(input: RetentionPurgeInput): Promise<RetentionPurgeResult>;
}
