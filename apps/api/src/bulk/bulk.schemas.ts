import { z } from 'zod';
import { MAX_RATE_PER_SECOND } from '@beacon/bulk';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date (YYYY-MM-DD)' });
const providerName = z.string().trim().min(1).max(200);

/** Who a send goes to, per scenario. */
export const bulkCriteria = z.discriminatedUnion('scenario', [
  z.object({ scenario: z.literal('provider_running_late'), providerName, delayMinutes: z.number().int().min(5).max(240) }),
  z.object({ scenario: z.literal('provider_sick'), providerName }),
  z.object({ scenario: z.literal('closure'), reason: z.string().trim().min(1).max(80) }),
  z.object({
    scenario: z.literal('promotion'),
    lastVisitBefore: localDate.optional(),
    lastVisitAfter: localDate.optional(),
    services: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    minLifetimeSpendCents: z.number().int().min(0).optional(),
    maxLifetimeSpendCents: z.number().int().min(0).optional(),
  }),
]);

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
