import { z } from 'zod';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';

export const reconsentInput = z.strictObject({
  kind: z.enum(['transactional', 'marketing']).default('transactional'),
  reason: z.string().trim().min(5, 'say how the patient agreed, e.g. "Patient asked at the front desk on 11/25 to get texts again"').max(500),
});
export type ReconsentInput = z.output<typeof reconsentInput>;

/** POST /conversations/:id/consent/possible-opt-out — a person's decision on a text the classifier could not call. */
export const optOutDecisionInput = z.strictObject({
  messageId: z.uuid({ error: 'must be the id of the patient\'s text' }),
  decision: z.enum(['opt_out', 'not_opt_out'], { error: "must be 'opt_out' or 'not_opt_out'" }),
});
export type OptOutDecisionInput = z.output<typeof optOutDecisionInput>;

// ---- Responses

export const consentState = z.object({
  status: z.enum(['opted_in', 'opted_out', 'unknown']),
  since: instant.nullable(),
  method: z.string().nullable(),
  methodLabel: z.string().nullable(),
  /** The patient's text that caused it, when there was one. */
  message: z.object({ id: z.uuid(), body: z.string(), createdAt: instant }).nullable(),
  staff: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  reason: z.string().nullable(),
});
export type ConsentState = z.output<typeof consentState>;

export const possibleOptOut = z.object({ messageId: z.uuid(), body: z.string(), createdAt: instant });
export type PossibleOptOut = z.output<typeof possibleOptOut>;

export const consentView = z.object({
  transactional: consentState,
  marketing: consentState,
  /** Can staff text this patient now? */
  canText: z.boolean(),
  /** Why not, in a sentence for the composer. */
  blockedReason: z.string().nullable(),
  /** A text the classifier could not call, waiting for staff to decide (promotions paused meanwhile). */
  possibleOptOut: possibleOptOut.nullable(),
});
export type ConsentView = z.output<typeof consentView>;

export const optOutDecisionView = consentView.extend({
  decision: z.object({ decision: z.enum(['opt_out', 'not_opt_out']), decidedAt: instant, consentEventIds: z.array(z.uuid()) }),
});
export type OptOutDecisionView = z.output<typeof optOutDecisionView>;
export type OptOutDecision = OptOutDecisionInput['decision'];

export const consentEndpoints = [
  endpoint({ method: 'GET', path: '/api/conversations/:id/consent', tag: 'consent', auth: 'session', params: idParams, summary: "The patient's consent (texts and promotions) from the ledger", responses: { 200: { description: 'Consent', schema: consentView } }, errors: { 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/conversations/:id/consent', tag: 'consent', auth: 'session', permissions: ['canSendMessages'], params: idParams, body: reconsentInput, summary: 'Record that the patient agreed again (verbal, with a reason)', responses: { 201: { description: 'Consent now', schema: consentView } }, errors: { 403: ['SEND_FORBIDDEN'], 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/conversations/:id/consent/possible-opt-out', tag: 'consent', auth: 'session', permissions: ['canSendMessages'], params: idParams, body: optOutDecisionInput, summary: 'Decide a possible opt-out (the first decision wins)', responses: { 200: { description: 'Consent now, with the decision', schema: optOutDecisionView } }, errors: { 404: ['CONVERSATION_NOT_FOUND', 'OPT_OUT_REVIEW_NOT_FOUND'], 409: ['OPT_OUT_REVIEW_DECIDED'] } }),
] as const;
