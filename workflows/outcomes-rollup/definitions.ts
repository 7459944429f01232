/** Outcomes rollup: a daily Temporal Schedule per organisation rolls up its closed days (libs/outcomes `rollOutcomeDays`). */
export const outcomesRollupScheduleId = (organizationId: string): string => `outcomes-rollup-${organizationId}`;
/** UTC hour at which the rollup runs: after the retention purge (09:15), so the days it changed are rolled again the same morning. */
export const OUTCOMES_ROLLUP_HOUR_UTC = 10;

export interface OutcomesRollupInput {
  organizationId: string;
}

export interface OutcomesRollupResult {
  /** Closed days rolled up (new, or changed since their last roll). */
  days: number;
}

export interface OutcomesRollupActivities {
  /** Rolls up the organisation's closed days that are not rolled yet or changed since; idempotent. */
  rollUpOutcomes(input: OutcomesRollupInput): Promise<OutcomesRollupResult>;
}
