/** The evening digest per location: "5 unconfirmed appointments tomorrow". */
export const dailyDigestScheduleId = (locationId: string): string => `daily-digest-${locationId}`;
/** Local time at which each location's digest runs (in the location's own time zone). */
export const DAILY_DIGEST_HOUR = 17;

export interface DailyDigestInput {
  locationId: string;
}

export interface DailyDigestResult {
  date: string;
  unconfirmed: number;
  highRisk: number;
  total: number;
}

export interface DigestActivities {
  /** Counts tomorrow's (location-local) appointments and posts the digest for staff; idempotent per day. */
  postDailyDigest(input: DailyDigestInput): Promise<DailyDigestResult>;
}
