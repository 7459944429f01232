import type { AllowanceCheck, LocationUsage, MonthlyUsage } from '@beacon/contracts';
import { Location, raiseStaffAlert, type EntityManager } from '@beacon/db';
import { billedSegments } from '@beacon/messaging';
import { OVERAGE_CENTS_PER_TEXT, PLANS } from './plan-catalogue.js';
import { organizationPlan } from './plan-gate.js';

/**
 * Usage is metered the way carriers bill: SMS segments (GSM-7 / UCS-2, `billedSegments`), inbound and
 * outbound, per location, per calendar month (UTC). A text counts when it reached or is on its way to
 * the carrier: every inbound text, and outbound texts except those never handed over (blocked by
 * consent, failed before the carrier took them). Nothing is ever blocked for usage: over the allowance
 * a text still goes and is billed as overage.
 */
export type { LocationUsage, MonthlyUsage, AllowanceCheck };

export function monthBounds(now: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { start, end };
}

/** Texts over the allowance once `used` texts are counted. */
const over = (used: number, allowance: number) => Math.max(0, used - allowance);

/** Straight-line projection of the month so far to its end (at least what is already used). */
export function projectToMonthEnd(used: number, now: Date): number {
  const { start, end } = monthBounds(now);
  const elapsed = Math.max(now.getTime() - start.getTime(), 60 * 60 * 1000);
  return Math.max(used, Math.round((used * (end.getTime() - start.getTime())) / elapsed));
}

/** The SQL condition for a text that counts towards usage (alias `m`). */
export const BILLABLE_MESSAGE_SQL = `(m.direction = 'inbound' or m.status not in ('blocked', 'failed'))`;

async function segmentsUsed(em: EntityManager, organizationId: string, start: Date, end: Date): Promise<{ locationId: string; direction: string; segments: number; texts: number }[]> {
  const rows = await em.getConnection().execute<{ location_id: string; direction: string; segments: string; texts: string }[]>(
    `select c.location_id, m.direction, sum(m.segments) as segments, count(*) as texts
       from message m join conversation c on c.id = m.conversation_id
      where c.organization_id = ? and m.created_at >= ? and m.created_at < ? and ${BILLABLE_MESSAGE_SQL}
      group by c.location_id, m.direction`,
    [organizationId, start, end],
  );
  return rows.map((r) => ({ locationId: r.location_id, direction: r.direction, segments: Number(r.segments), texts: Number(r.texts) }));
}

/** The month's meter: usage per location against the plan's allowance, with the projection and overage. */
export async function monthlyUsage(em: EntityManager, organizationId: string, now = new Date()): Promise<MonthlyUsage> {
  const { start, end } = monthBounds(now);
  const [plan, rows, locations] = await Promise.all([
    organizationPlan(em, organizationId),
    segmentsUsed(em, organizationId, start, end),
    em.find(Location, { organizationId }, { fields: ['id', 'name'], orderBy: { createdAt: 'asc' } }),
  ]);
  const perLocation = locations.map((l): LocationUsage => {
    const of = (direction: string) => rows.find((r) => r.locationId === l.id && r.direction === direction);
    return {
      locationId: l.id,
      locationName: l.name,
      inboundSegments: of('inbound')?.segments ?? 0,
      outboundSegments: of('outbound')?.segments ?? 0,
      inboundTexts: of('inbound')?.texts ?? 0,
      outboundTexts: of('outbound')?.texts ?? 0,
    };
  });
  const used = rows.reduce((sum, r) => sum + r.segments, 0);
  const allowance = PLANS[plan].monthlyTexts;
  const projected = projectToMonthEnd(used, now);
  return {
    plan,
    planName: PLANS[plan].name,
    periodStart: start.toISOString(),
    periodEnd: end.toISOString(),
    allowance,
    used,
    percentUsed: Math.round((used / allowance) * 1000) / 10,
    projected,
    overageTexts: over(used, allowance),
    overageCents: over(used, allowance) * OVERAGE_CENTS_PER_TEXT,
    projectedOverageTexts: over(projected, allowance),
    projectedOverageCents: over(projected, allowance) * OVERAGE_CENTS_PER_TEXT,
    overageCentsPerText: OVERAGE_CENTS_PER_TEXT,
    locations: perLocation,
  };
}

/** What sending some texts now would cost against the allowance: shown before a send (composer, bulk preview). */
/**
 * The plan-limit seam for every sender (composer, bulk sends): the projected overage of sending these
 * texts this month. It never refuses: patients come first, over the allowance a text is billed as overage.
 */
export async function checkAllowance(em: EntityManager, organizationId: string, texts: readonly string[], now = new Date()): Promise<AllowanceCheck> {
  const { start, end } = monthBounds(now);
  const [plan, rows] = await Promise.all([organizationPlan(em, organizationId), segmentsUsed(em, organizationId, start, end)]);
  const allowance = PLANS[plan].monthlyTexts;
  const usedThisMonth = rows.reduce((sum, r) => sum + r.segments, 0);
  const segments = texts.reduce((sum, t) => sum + billedSegments(t), 0);
  const usedAfter = usedThisMonth + segments;
  const overageTexts = over(usedAfter, allowance) - over(usedThisMonth, allowance);
  const overageCents = overageTexts * OVERAGE_CENTS_PER_TEXT;
  return {
    plan,
    allowance,
    usedThisMonth,
    segments,
    usedAfter,
    overageTexts,
    overageCents,
    message: overageMessage(texts.length, segments, overageTexts, allowance),
  };
}

function overageMessage(count: number, segments: number, overageTexts: number, allowance: number): string | null {
  if (!overageTexts) return null;
  const included = `this month's ${allowance.toLocaleString('en-US')} included texts`;
  const price = `${formatCents(overageTexts * OVERAGE_CENTS_PER_TEXT)} overage ($0.02 per text)`;
  return count === 1
    ? `This message goes over ${included} by ${overageTexts} ${overageTexts === 1 ? 'text' : 'texts'}: ${price}. It will still be sent.`
    : `${overageTexts} of these ${segments} texts go over ${included}: ${price}. They will still be sent.`;
}

export function formatCents(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

export const USAGE_ALERT_THRESHOLDS = [80, 100] as const;

/**
 * Raises the month's 80 % and 100 % usage alerts once each (the dedupe key names the organisation,
 * month and threshold; raiseStaffAlert is the one writer). Raised at the organisation's first location,
 * where owners see it. Returns the thresholds reached this month.
 */
export async function raiseUsageAlerts(em: EntityManager, organizationId: string, now = new Date()): Promise<number[]> {
  const { start, end } = monthBounds(now);
  const [plan, rows] = await Promise.all([organizationPlan(em, organizationId), segmentsUsed(em, organizationId, start, end)]);
  const allowance = PLANS[plan].monthlyTexts;
  const used = rows.reduce((sum, r) => sum + r.segments, 0);
  const reached = USAGE_ALERT_THRESHOLDS.filter((t) => used * 100 >= allowance * t);
  if (!reached.length) return [];
  const first = await em.findOne(Location, { organizationId }, { fields: ['id'], orderBy: { createdAt: 'asc', id: 'asc' } });
  if (!first) return reached;
  const month = start.toISOString().slice(0, 7);
  for (const threshold of reached) {
    await raiseStaffAlert(em, {
      organizationId,
      locationId: first.id,
      kind: 'usage_allowance',
      message:
        threshold >= 100
          ? `This month's ${allowance.toLocaleString('en-US')} included texts are used up (${used.toLocaleString('en-US')} so far). Texts still go out; each one over costs $0.02.`
          : `${threshold} % of this month's ${allowance.toLocaleString('en-US')} included texts are used (${used.toLocaleString('en-US')} so far).`,
      dedupeKey: `usage:${organizationId}:${month}:${threshold}`,
    });
  }
  return reached;
}

/**
 * Checks the usage alerts after texts are recorded, at most once per organisation per interval in this
 * process (the meter is a sum over the month, too heavy for every text of a burst). A failure here never
 * fails the send that triggered it.
 */
export class UsageAlertMonitor {
  private readonly lastCheck = new Map<string, number>();

  constructor(private readonly options: { minIntervalMs?: number; onError?: (error: unknown) => void } = {}) {}

  /** Fits `OutboundDeps.textsRecorded`: a text at this location was recorded. */
  readonly textsRecorded = async (em: EntityManager, locationId: string, now = new Date()): Promise<void> => {
    const interval = this.options.minIntervalMs ?? 30_000;
    const last = this.lastCheck.get(locationId);
    if (last !== undefined && now.getTime() - last < interval) return;
    this.lastCheck.set(locationId, now.getTime());
    try {
      const location = await em.findOneOrFail(Location, locationId, { fields: ['organizationId'] });
      await raiseUsageAlerts(em, location.organizationId, now);
    } catch (error) {
      this.options.onError?.(error);
    }
  };
}
