import { z } from 'zod';

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'type at least one word, a name or the last 4 digits of a phone number').max(200, 'is too long (200 characters at most)'),
  locationId: z.uuid({ error: 'must be a location id (UUID)' }).optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{10,200}$/, 'must be the nextCursor of a previous search')
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.output<typeof searchQuery>;
