import { z } from 'zod';
import { conversationSummary, messageView } from './inbox.contract.js';
import { endpoint } from './endpoint.js';

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

export const searchResults = z.object({
  conversations: z.array(conversationSummary),
  messages: z.array(z.object({ message: messageView, conversation: conversationSummary })),
  nextCursor: z.string().nullable(),
});
export type SearchResults = z.output<typeof searchResults>;

export const searchEndpoints = [
  endpoint({
    method: 'GET', path: '/api/search', tag: 'inbox', auth: 'session', query: searchQuery,
    summary: 'Patients and messages matching words, a name or phone digits (only patients you may see)',
    description: 'Phone digits beyond the last 4 need seeContactDetails.',
    responses: { 200: { description: 'Matches', schema: searchResults } },
    errors: { 400: ['INVALID_CURSOR'], 403: ['PHONE_SEARCH_FORBIDDEN', 'LOCATION_FORBIDDEN'] },
  }),
] as const;
