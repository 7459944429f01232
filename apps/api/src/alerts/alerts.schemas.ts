import { z } from 'zod';

/** GET /alerts: the location whose open alerts to list. */
export const listAlertsQuery = z.object({ locationId: z.uuid({ error: 'must be a location id (UUID)' }) });
export type ListAlertsQuery = z.output<typeof listAlertsQuery>;
