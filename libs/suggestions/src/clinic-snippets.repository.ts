import { MessageTemplate, QuickReply, type EntityManager } from '@beacon/db';
import type { ClinicSnippet } from './suggestion.types.js';

/**
 * The clinic's own words a suggestion may reuse: its quick replies at this location (or shared), and
 * its transactional templates. Marketing templates are left out — a reply is not a promotion.
 */
export async function loadClinicSnippets(em: EntityManager, scope: { organizationId: string; locationId: string }): Promise<ClinicSnippet[]> {
  const [replies, templates] = await Promise.all([
    em.find(QuickReply, { organizationId: scope.organizationId, archivedAt: null, $or: [{ locationId: null }, { locationId: scope.locationId }] }, { limit: 500 }),
    em.find(MessageTemplate, { organizationId: scope.organizationId, archivedAt: null, kind: 'transactional' }, { limit: 500 }),
  ]);
  return [
    ...replies.map((r): ClinicSnippet => ({ id: r.id, kind: 'quick_reply', title: r.title, category: r.category, body: r.body })),
    ...templates.map((t): ClinicSnippet => ({ id: t.id, kind: 'template', title: t.name, category: t.category, body: t.body })),
  ];
}
