import { z } from 'zod';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { BULK_EXCLUSIONS, BULK_RECIPIENT_STATUSES, BULK_SCENARIOS, BULK_SEND_STATUSES, MAX_RATE_PER_SECOND } from './vocabulary.js';

// Bulk sends: one text to many patients, paced per sending number, with exclusions and live progress.

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date (YYYY-MM-DD)' });
const providerName = z.string().trim().min(1).max(200);

/** Who a send goes to, per scenario (dates are the location's local calendar days, "YYYY-MM-DD"). */
export const bulkCriteria = z.discriminatedUnion('scenario', [
  z.object({ scenario: z.literal('provider_running_late'), providerName, delayMinutes: z.number().int().min(5).max(240) }),
  z.object({ scenario: z.literal('provider_sick'), providerName }),
  z.object({ scenario: z.literal('closure'), reason: z.string().trim().min(1).max(80) }),
  z.object({
    scenario: z.literal('promotion'),
    /** Last completed visit at the location before / on or after this local date. */
    lastVisitBefore: localDate.optional(),
    lastVisitAfter: localDate.optional(),
    /** Has had at least one of these services (completed visits). */
    services: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    /** Lifetime spend at the location from completed visits' prices, in cents. */
    minLifetimeSpendCents: z.number().int().min(0).optional(),
    maxLifetimeSpendCents: z.number().int().min(0).optional(),
  }),
]);
export type BulkCriteria = z.output<typeof bulkCriteria>;

/** POST /bulk-sends/preview. */
export const bulkPreviewBody = z.object({
  locationId: z.uuid({ error: 'must be a location id (UUID)' }),
  criteria: bulkCriteria,
  template: z.string().max(2000).optional(),
  ratePerSecond: z.number().int().min(1).max(MAX_RATE_PER_SECOND).optional(),
});
export type BulkPreviewBody = z.output<typeof bulkPreviewBody>;

/** POST /bulk-sends. */
export const bulkStartBody = bulkPreviewBody.extend({
  clientRequestId: z.uuid({ error: 'must be a UUID chosen by the client' }).optional(),
  acceptOverage: z.boolean().optional(),
});
export type BulkStartBody = z.output<typeof bulkStartBody>;

/** GET /bulk-sends. */
export const listBulkSendsQuery = z.object({ locationId: z.uuid({ error: 'must be a location id (UUID)' }).optional() });
export type ListBulkSendsQuery = z.output<typeof listBulkSendsQuery>;

// ---- Responses

export const bulkPerson = z.object({
  patientId: z.uuid(),
  /** Null when the one access rule does not let this staff member see the patient. */
  name: z.string().nullable(),
  /** Masked unless the staff member may see contact details (and the patient). */
  phone: z.string(),
  appointmentStartsAt: instant.nullable(),
});
export type BulkPerson = z.output<typeof bulkPerson>;

export const bulkPreview = z.object({
  scenario: z.enum(BULK_SCENARIOS),
  locationId: z.uuid(),
  template: z.string(),
  /** The text as the first recipient would read it (a sample when nobody would). */
  sampleText: z.string(),
  ratePerSecond: z.number().int(),
  numberType: z.enum(['toll_free', '10dlc']),
  /** At the rate, how long sending will take. */
  estimatedSeconds: z.number().int(),
  recipientCount: z.number().int(),
  recipients: z.array(bulkPerson),
  excludedCount: z.number().int(),
  excluded: z.array(bulkPerson.extend({ reason: z.enum(BULK_EXCLUSIONS), reasonText: z.string() })),
  exclusionCounts: z.partialRecord(z.enum(BULK_EXCLUSIONS), z.number().int()),
  /** From the plan-limit seam: texts beyond this month's allowance. */
  allowance: z.object({ overageTexts: z.number().int() }),
  /**
   * Whose patients the audience may hold, by the one access rule: `own` = staff limited to their own
   * patients (booked with them, or their thread assigned to them) preview and text only those; `none` =
   * staff who see no patients reach nobody.
   */
  patientScope: z.enum(['all', 'own', 'none']),
  /** What the console says about that scope (null when every patient at the location is included). */
  patientScopeNote: z.string().nullable(),
});
export type BulkPreview = z.output<typeof bulkPreview>;

export const bulkSendStarted = z.object({ id: z.uuid(), preview: bulkPreview, duplicate: z.boolean() });
export type BulkSendStarted = z.output<typeof bulkSendStarted>;

export const bulkSendSummary = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  scenario: z.enum(BULK_SCENARIOS),
  status: z.enum(BULK_SEND_STATUSES),
  ratePerSecond: z.number().int(),
  fromNumber: z.string(),
  createdBy: z.object({ id: z.uuid(), name: z.string().nullable() }),
  createdAt: instant,
  finishedAt: instant.nullable(),
  counts: z.object({ recipients: z.number().int(), queued: z.number().int(), sent: z.number().int(), delivered: z.number().int(), failed: z.number().int(), excluded: z.number().int() }),
});
export type BulkSendSummary = z.output<typeof bulkSendSummary>;

export const bulkRecipientView = bulkPerson.extend({
  status: z.enum(BULK_RECIPIENT_STATUSES),
  exclusion: z.enum(BULK_EXCLUSIONS).nullable(),
  messageId: z.uuid().nullable(),
  /** The text's own status at the provider (delivered, undelivered…), when it went out. */
  messageStatus: z.string().nullable(),
});
export type BulkRecipientView = z.output<typeof bulkRecipientView>;

export const bulkSendDetail = bulkSendSummary.extend({
  template: z.string(),
  criteria: bulkCriteria,
  recipients: z.array(bulkRecipientView),
  /** Replies that patients sent to this bulk send (they are in each patient's normal thread). */
  replies: z.number().int(),
});
export type BulkSendDetail = z.output<typeof bulkSendDetail>;

const bulk = { tag: 'bulk-sends', auth: 'session', permissions: ['bulkMessaging'] } as const;

export const bulkEndpoints = [
  endpoint({ ...bulk, method: 'POST', path: '/api/bulk-sends/preview', body: bulkPreviewBody, summary: 'Who a bulk send would reach', description: 'Recipient count and list (masked for staff without contact rights; only patients the one access rule lets the caller see), who is excluded and why, the sample text, the pace and the plan allowance. Sends nothing.', responses: { 200: { description: 'The preview', schema: bulkPreview } }, errors: { 400: ['BULK_INVALID_TEMPLATE', 'BULK_INVALID_CRITERIA'], 403: ['PLAN_FEATURE_UNAVAILABLE'], 404: ['BULK_LOCATION_NOT_FOUND'] } }),
  endpoint({ ...bulk, method: 'POST', path: '/api/bulk-sends', body: bulkStartBody, summary: 'Start a bulk send', description: 'Stores the send and its recipients and hands it to its workflow (background queue). A repeated clientRequestId returns the same send. Over the plan allowance it needs acceptOverage.', responses: { 202: { description: 'Started (or the same send again)', schema: bulkSendStarted } }, errors: { 400: ['BULK_INVALID_TEMPLATE', 'BULK_INVALID_CRITERIA'], 403: ['PLAN_FEATURE_UNAVAILABLE'], 404: ['BULK_LOCATION_NOT_FOUND'], 409: ['BULK_REQUEST_ID_CONFLICT', 'BULK_ALLOWANCE_EXCEEDED'], 422: ['BULK_NO_RECIPIENTS'] } }),
  endpoint({ ...bulk, method: 'GET', path: '/api/bulk-sends', query: listBulkSendsQuery, summary: 'Bulk sends at your locations, newest first', responses: { 200: { description: 'The sends', schema: z.array(bulkSendSummary) } } }),
  endpoint({ ...bulk, method: 'GET', path: '/api/bulk-sends/:id', params: idParams, summary: 'One bulk send with live progress and its recipients', responses: { 200: { description: 'The send, its counters and each recipient', schema: bulkSendDetail } }, errors: { 404: ['BULK_SEND_NOT_FOUND'] } }),
  endpoint({ ...bulk, method: 'POST', path: '/api/bulk-sends/:id/pause', params: idParams, summary: 'Pause a bulk send (nobody else is texted until it is resumed)', responses: { 200: { description: 'The send now', schema: bulkSendSummary } }, errors: { 404: ['BULK_SEND_NOT_FOUND'], 409: ['BULK_INVALID_TRANSITION'] } }),
  endpoint({ ...bulk, method: 'POST', path: '/api/bulk-sends/:id/resume', params: idParams, summary: 'Resume a paused bulk send', responses: { 200: { description: 'The send now', schema: bulkSendSummary } }, errors: { 404: ['BULK_SEND_NOT_FOUND'], 409: ['BULK_INVALID_TRANSITION'] } }),
  endpoint({ ...bulk, method: 'POST', path: '/api/bulk-sends/:id/cancel', params: idParams, summary: 'Cancel a bulk send (everyone not texted yet is skipped)', responses: { 200: { description: 'The send now', schema: bulkSendSummary } }, errors: { 404: ['BULK_SEND_NOT_FOUND'], 409: ['BULK_INVALID_TRANSITION'] } }),
] as const;
