import { z } from 'zod';

export const reconsentInput = z.strictObject({
  kind: z.enum(['transactional', 'marketing']).default('transactional'),
  reason: z.string().trim().min(5, 'say how the patient agreed, e.g. "Patient asked at the front desk on 11/25 to get texts again"').max(500),
});
export type ReconsentInput = z.output<typeof reconsentInput>;
