import { z } from 'zod';
import { instant } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { GRANULARITIES, PLAN_FEATURES, PLAN_IDS } from './vocabulary.js';

// The owner's page: outcomes of messaging, this month's usage, the plan.

const isoDate = z.iso.datetime({ offset: true, error: 'must be a date-time like 2026-11-25T09:00:00Z' });

/** GET /outcomes and /outcomes/export: the period, its buckets, and optional location / provider. */
export const outcomesQuery = z
  .strictObject({
    granularity: z.enum(GRANULARITIES, { error: `must be one of: ${GRANULARITIES.join(', ')}` }).default('week'),
    from: isoDate.optional(),
    to: isoDate.optional(),
    locationId: z.uuid({ error: 'must be a location id (UUID)' }).optional(),
    provider: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: '"from" must be before "to"', path: ['from'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 2 * 366 * 86_400_000, { message: 'the period can be at most two years', path: ['to'] });
export type OutcomesQueryInput = z.output<typeof outcomesQuery>;

/** POST /usage/preview: the texts about to be sent (composer draft, bulk message × recipients). */
export const usagePreviewBody = z.strictObject({
  texts: z.array(z.string().max(1600, 'a text can be at most 1600 characters'), { error: 'must be a list of texts' }).min(1, 'must name at least one text').max(10_000, 'at most 10000 texts at once'),
});
export type UsagePreviewBody = z.output<typeof usagePreviewBody>;

// ---- Responses

const rate = z.number().nullable();

export const appointmentRates = z.object({
  appointments: z.number().int(),
  /** Confirmed (or attended) of those not cancelled. */
  confirmationRate: rate,
  /** No-shows of those that reached their time (no-show, checked in, completed). */
  noShowRate: rate,
  /** Cancelled less than 24 h before the start, of all appointments. */
  lateCancellationRate: rate,
  /** Moved to another time, provider or service at least once, of all appointments. */
  rescheduleRate: rate,
});
export type AppointmentRates = z.output<typeof appointmentRates>;

export const outcomeBucket = appointmentRates.extend({ periodStart: instant, outboundTexts: z.number().int(), deliveryRate: rate, medianResponseMinutes: z.number().nullable() });
export type OutcomeBucket = z.output<typeof outcomeBucket>;

export const breakdownRow = appointmentRates.extend({ key: z.string(), label: z.string() });
export type BreakdownRow = z.output<typeof breakdownRow>;

export const funnelRow = z.object({ scenario: z.string(), templateId: z.string().nullable(), sent: z.number().int(), delivered: z.number().int(), replied: z.number().int(), booked: z.number().int() });
export type FunnelRow = z.output<typeof funnelRow>;

export const outcomesReport = z.object({
  granularity: z.enum(GRANULARITIES),
  from: instant,
  to: instant,
  /** The whole period (its periodStart is the word "total"). */
  totals: outcomeBucket.extend({ periodStart: z.literal('total') }),
  series: z.array(outcomeBucket),
  byLocation: z.array(breakdownRow),
  byProvider: z.array(breakdownRow),
  baseline: z.object({ from: instant, to: instant, rates: appointmentRates, method: z.string() }).nullable(),
  baselineNote: z.string(),
  delivery: z.object({
    handedOver: z.number().int(),
    delivered: z.number().int(),
    failed: z.number().int(),
    deliveryRate: rate,
    failureReasons: z.array(z.object({ code: z.string(), description: z.string(), count: z.number().int() })),
  }),
  optOut: z.object({ patientsTexted: z.number().int(), optedOut: z.number().int(), rate, method: z.string() }),
  responseTime: z.object({ medianMinutes: z.number().nullable(), answered: z.number().int(), method: z.string() }),
  revenueRecovered: z.object({ cents: z.number().int(), appointments: z.number().int(), unpriced: z.number().int(), method: z.string() }),
  funnel: z.array(funnelRow),
});
export type OutcomesReport = z.output<typeof outcomesReport>;

export const locationUsage = z.object({
  locationId: z.uuid(),
  locationName: z.string(),
  inboundSegments: z.number().int(),
  outboundSegments: z.number().int(),
  inboundTexts: z.number().int(),
  outboundTexts: z.number().int(),
});
export type LocationUsage = z.output<typeof locationUsage>;

export const monthlyUsage = z.object({
  plan: z.enum(PLAN_IDS),
  planName: z.string(),
  /** First instant of the month, and of the next (UTC). */
  periodStart: instant,
  periodEnd: instant,
  allowance: z.number().int(),
  used: z.number().int(),
  percentUsed: z.number(),
  /** Linear projection of `used` to the end of the month. */
  projected: z.number().int(),
  overageTexts: z.number().int(),
  overageCents: z.number().int(),
  projectedOverageTexts: z.number().int(),
  projectedOverageCents: z.number().int(),
  overageCentsPerText: z.number().int(),
  locations: z.array(locationUsage),
});
export type MonthlyUsage = z.output<typeof monthlyUsage>;

export const allowanceCheck = z.object({
  plan: z.enum(PLAN_IDS),
  allowance: z.number().int(),
  usedThisMonth: z.number().int(),
  /** Segments the texts take (what they add to the meter). */
  segments: z.number().int(),
  usedAfter: z.number().int(),
  /** Of `segments`, how many fall over the allowance, and their price. Never a reason to block: the texts still go. */
  overageTexts: z.number().int(),
  overageCents: z.number().int(),
  message: z.string().nullable(),
});
export type AllowanceCheck = z.output<typeof allowanceCheck>;

export const planDefinition = z.object({
  id: z.enum(PLAN_IDS),
  name: z.string(),
  /** Texts (SMS segments, inbound and outbound) included each calendar month. */
  monthlyTexts: z.number().int(),
  /** Active staff accounts; null = unlimited. */
  maxStaff: z.number().int().nullable(),
  features: z.array(z.enum(PLAN_FEATURES)).readonly(),
});
export type PlanDefinition = z.output<typeof planDefinition>;

export const planEntitlements = z.object({
  plan: planDefinition,
  features: z.array(
    z.object({
      feature: z.enum(PLAN_FEATURES),
      label: z.string(),
      available: z.boolean(),
      reason: z.string().nullable(),
      /** The cheapest plan that includes it (what the console shows: "Available on Professional"). */
      availableOn: z.string(),
    }),
  ),
});
export type PlanEntitlements = z.output<typeof planEntitlements>;

export const outcomesEndpoints = [
  endpoint({
    method: 'GET', path: '/api/outcomes', tag: 'outcomes', auth: 'session', query: outcomesQuery,
    summary: 'Outcomes of messaging',
    description: 'Confirmation, no-show, late-cancellation and reschedule rates by week or month, per location and provider, with the baseline before reminders started; delivery and failure reasons; opt-outs; staff response time; revenue recovered with its method; scenario and template funnel.',
    responses: { 200: { description: 'The report', schema: outcomesReport } },
    errors: { 403: ['OWNER_ONLY'] },
  }),
  endpoint({ method: 'GET', path: '/api/outcomes/export', tag: 'outcomes', auth: 'session', query: outcomesQuery, summary: 'Outcomes as CSV', description: 'Same filters as GET /outcomes; one row per period and a total. The export is recorded in the audit trail.', responses: { 200: { description: 'CSV', contentType: 'text/csv' } }, errors: { 403: ['OWNER_ONLY'] } }),
  endpoint({ method: 'GET', path: '/api/usage', tag: 'outcomes', auth: 'session', summary: "This month's usage", description: 'SMS segments in and out per location against the plan allowance, projected to month end, with overage at $0.02 per text.', responses: { 200: { description: 'The usage', schema: monthlyUsage } }, errors: { 403: ['OWNER_ONLY'] } }),
  endpoint({ method: 'POST', path: '/api/usage/preview', tag: 'outcomes', auth: 'session', permissions: ['canSendMessages'], body: usagePreviewBody, summary: 'What texts would add to usage', description: 'Segments the texts take and how many of them fall over the allowance (never blocks a send).', responses: { 200: { description: 'The projection', schema: allowanceCheck } } }),
  endpoint({ method: 'GET', path: '/api/plan', tag: 'outcomes', auth: 'session', summary: "The organisation's plan", description: 'Allowance, staff limit, and each feature with whether it is included and, if not, why.', responses: { 200: { description: 'The plan', schema: planEntitlements } } }),
] as const;
