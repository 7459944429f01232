import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Conversation, type MikroORM } from '@beacon/db';
import { conversationCounts, decodeListCursor, listConversationIds } from '@beacon/inbox';
import { patientAccessSpec } from '@beacon/staff';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { InboxService } from './inbox.service.js';
import type { ConversationView } from './inbox.presenter.js';
import type { ConversationCounts, CountsQuery, ListConversationsQuery } from '@beacon/contracts';

/** The inbox list and its tab counts, over the conversations the caller may see (the access rule applied in SQL by @beacon/inbox). */
@Injectable()
export class ConversationListService {
  constructor(@Inject(ORM) private readonly orm: MikroORM, private readonly inbox: InboxService) {}

  /** One page of conversations, last activity first; `nextCursor` fetches the next page. */
  async listConversations(staff: AuthenticatedStaff, query: ListConversationsQuery): Promise<{ conversations: ConversationView[]; nextCursor: string | null }> {
    if (query.locationId) assertLocationAccess(staff, query.locationId);
    const cursor = query.cursor ? decodeListCursor(query.cursor) : null;
    if (query.cursor && !cursor) throw new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_CURSOR', 'This page link is no longer valid. Reload the inbox.');
    const em = this.orm.em.fork();
    const page = await listConversationIds(em, {
      organizationId: staff.organizationId,
      staffId: staff.id,
      locationIds: query.locationId ? [query.locationId] : staff.locationIds,
      filter: query.filter,
      cursor,
      limit: query.limit,
      viewer: patientAccessSpec(staff),
    });
    const rows = page.ids.length ? await em.find(Conversation, { id: { $in: page.ids } }) : [];
    const byId = new Map(rows.map((c) => [c.id, c]));
    const ordered = page.ids.flatMap((id) => byId.get(id) ?? []);
    return { conversations: await this.inbox.present(staff, ordered), nextCursor: page.nextCursor };
  }

  async counts(staff: AuthenticatedStaff, query: CountsQuery): Promise<ConversationCounts> {
    if (query.locationId) assertLocationAccess(staff, query.locationId);
    return conversationCounts(this.orm.em.fork(), { organizationId: staff.organizationId, staffId: staff.id, locationIds: query.locationId ? [query.locationId] : staff.locationIds, viewer: patientAccessSpec(staff) });
  }
}
