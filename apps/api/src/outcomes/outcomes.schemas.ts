import { z } from 'zod';
import { GRANULARITIES } from '@beacon/outcomes';

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
