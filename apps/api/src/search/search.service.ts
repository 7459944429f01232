import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { phoneQueryDigits, type MikroORM } from '@beacon/db';
import { patientsFor, searchInbox, type SearchCursor } from '@beacon/inbox';
import { patientAccessSpec } from '@beacon/staff';
import { AuditService } from '../audit/audit.service.js';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { presentConversation, presentMessage, type ConversationView } from '../inbox/inbox.presenter.js';
import type { SearchQuery } from '@beacon/contracts';
import type { SearchResults } from '@beacon/contracts';

export type SearchResponse = SearchResults;

/** Search over names, phone digits and message words, limited to what the caller may see; every search is audited (term count only). */
@Injectable()
export class SearchService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
  ) {}

  async search(staff: AuthenticatedStaff, query: SearchQuery): Promise<SearchResponse> {
    if (query.locationId) assertLocationAccess(staff, query.locationId);
    const locationIds = query.locationId ? [query.locationId] : staff.locationIds;
    assertPhoneSearchAllowed(staff, query.q);
    const em = this.orm.em.fork();
    // The one access rule (the same SQL condition as the inbox list), applied by the search itself.
    const result = await searchInbox(em, { organizationId: staff.organizationId, locationIds, query: query.q, cursor: query.cursor ? decodeCursor(query.cursor) : null, limit: query.limit, viewer: patientAccessSpec(staff) });
    const patients = await patientsFor(em, [...result.conversations, ...result.messages.map((h) => h.conversation)]);
    const present = (c: (typeof result.conversations)[number]): ConversationView[] => {
      const patient = patients.get(c.patientId);
      return patient ? [presentConversation(staff, c, patient, false)] : [];
    };
    const response: SearchResponse = {
      conversations: result.conversations.flatMap(present),
      messages: result.messages.flatMap((h) => present(h.conversation).map((conversation) => ({ message: presentMessage(staff, h.message), conversation }))),
      nextCursor: result.nextCursor ? encodeCursor(result.nextCursor) : null,
    };
    // The query text itself may be PHI: only its shape is recorded.
    await this.audit.recordStaffAction(staff, 'search', {
      details: { terms: result.termCount, locationId: query.locationId ?? null, page: query.cursor ? 'next' : 'first', conversations: response.conversations.length, messages: response.messages.length },
    });
    return response;
  }
}

/**
 * Searching by a number confirms it: only staff who may see contact details search by more digits than
 * the masked form shows (the last four, as in `(•••) •••-0199`).
 */
function assertPhoneSearchAllowed(staff: AuthenticatedStaff, q: string): void {
  const digits = phoneQueryDigits(q);
  if (digits && digits.length > 4 && !staff.permissions.seeContactDetails) {
    throw new ApiError(HttpStatus.FORBIDDEN, 'PHONE_SEARCH_FORBIDDEN', 'Your account may not see patient phone numbers, so it can search by the last 4 digits only.');
  }
}

function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.messageId}`).toString('base64url');
}

function decodeCursor(value: string): SearchCursor {
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_CURSOR', 'This page of results is no longer valid; run the search again.');
  }
  return { createdAt, messageId: id };
}
