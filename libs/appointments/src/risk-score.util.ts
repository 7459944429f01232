import type { ConfirmationStatus } from '@beacon/workflows/appointment/definitions.js';

export interface RiskInput {
  confirmationStatus: ConfirmationStatus;
  /** The patient's other appointments that ended as a no-show. */
  priorNoShows: number;
  /** The patient's other appointments cancelled within 24 h of their start. */
  priorLateCancels: number;
  /** How long before the start the appointment was booked. */
  leadTimeHours: number;
  /** How long until the appointment starts (negative once it has started). */
  hoursUntilStart: number;
}

export type RiskLevel = 'low' | 'medium' | 'high';

export interface RiskScore {
  /** 0 (no concern) … 100 (very likely to be missed). */
  score: number;
  level: RiskLevel;
  /** Why, in words staff can act on, most important first. */
  reasons: string[];
}

/**
 * Points each factor adds (or removes) on top of `base`; kept here so the scale is readable in one
 * place. Reasons are listed in this order: confirmation, history, timing.
 */
export const RISK_POINTS = {
  base: 10,
  unconfirmed: 15,
  unconfirmedWithin24h: 15,
  rescheduleRequested: 25,
  /** Flagged by the workflow: on its own this lands at 70, i.e. high. */
  highRisk: 60,
  perNoShow: 25,
  maxNoShows: 50,
  perLateCancel: 12,
  maxLateCancels: 24,
  shortLeadTime: 10,
  longLeadTime: 10,
  confirmed: -30,
} as const;

export const RISK_LEVEL_AT = { medium: 30, high: 60 } as const;
const SHORT_LEAD_HOURS = 24;
const LONG_LEAD_HOURS = 30 * 24;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const count = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/**
 * How likely an appointment is to be missed, with the reasons. Pure and deterministic: the same
 * facts always give the same score. Each factor adds a fixed number of points (see RISK_POINTS); a
 * confirmation removes a large share, and an appointment the workflow flagged `high_risk` is always
 * at least 70 and rated high.
 */
export function riskScore(input: RiskInput): RiskScore {
  const noShows = count(input.priorNoShows);
  const lateCancels = count(input.priorLateCancels);
  const factors: { points: number; reason: string }[] = [];

  switch (input.confirmationStatus) {
    case 'confirmed':
      factors.push({ points: RISK_POINTS.confirmed, reason: 'Confirmed by the patient' });
      break;
    case 'unconfirmed':
      factors.push({ points: RISK_POINTS.unconfirmed, reason: 'Not confirmed yet' });
      if (input.hoursUntilStart >= 0 && input.hoursUntilStart < 24) {
        factors.push({ points: RISK_POINTS.unconfirmedWithin24h, reason: 'Starts within 24 h and still unconfirmed' });
      }
      break;
    case 'reschedule_requested':
      factors.push({ points: RISK_POINTS.rescheduleRequested, reason: 'Patient asked to reschedule' });
      break;
    case 'high_risk':
      factors.push({ points: RISK_POINTS.highRisk, reason: 'Flagged high risk' });
      break;
  }

  if (noShows > 0) factors.push({ points: Math.min(noShows * RISK_POINTS.perNoShow, RISK_POINTS.maxNoShows), reason: plural(noShows, 'previous no-show', 'previous no-shows') });
  if (lateCancels > 0) {
    factors.push({ points: Math.min(lateCancels * RISK_POINTS.perLateCancel, RISK_POINTS.maxLateCancels), reason: plural(lateCancels, 'late cancellation', 'late cancellations') });
  }
  if (input.leadTimeHours < SHORT_LEAD_HOURS) factors.push({ points: RISK_POINTS.shortLeadTime, reason: 'Booked less than 24 h ahead' });
  else if (input.leadTimeHours > LONG_LEAD_HOURS) factors.push({ points: RISK_POINTS.longLeadTime, reason: 'Booked more than 30 days ahead' });

  const raw = RISK_POINTS.base + factors.reduce((sum, f) => sum + f.points, 0);
  const score = Math.round(Math.min(100, Math.max(0, raw)));

  const level: RiskLevel = input.confirmationStatus === 'high_risk' || score >= RISK_LEVEL_AT.high ? 'high' : score >= RISK_LEVEL_AT.medium ? 'medium' : 'low';
  return { score, level, reasons: factors.map((f) => f.reason) };
}
