import { z } from 'zod';

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
