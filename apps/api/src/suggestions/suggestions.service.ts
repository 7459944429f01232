import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { Message, Organization, ReplySuggestion, SuggestionFeedback, type MikroORM } from '@beacon/db';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { assertOwner } from '../auth/require-permission.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import { InboxService } from '../inbox/inbox.service.js';
import type { SuggestionFeedbackBody, SuggestionSettingsBody, SuggestionStatsQuery, ReplySuggestions, SuggestionIntentStats, SuggestionStats, SuggestionSettingsView } from '@beacon/contracts';
import { organizationHasFeature } from '@beacon/plans';

export type SuggestionsView = ReplySuggestions;

export type IntentStats = SuggestionIntentStats;

@Injectable()
export class SuggestionsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbox: InboxService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Suggestions for the newest inbound text of a conversation, until a staff member replies.
   * Records that this staff member was shown them.
   */
  async forConversation(staff: AuthenticatedStaff, conversationId: string): Promise<SuggestionsView> {
    const summary = await this.inbox.conversationSummary(staff, conversationId);
    const empty: SuggestionsView = { messageId: null, intent: null, engine: null, suggestions: [] };
    if (!staff.permissions.canSendMessages) return empty;
    const em = this.orm.em.fork();
    // Smart replies are a plan feature: none are prepared (or shown) outside it.
    if (!(await organizationHasFeature(em, staff.organizationId, 'smartReplies'))) return empty;
    const latest = await em.findOne(Message, { conversationId: summary.id, direction: 'inbound' }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    if (!latest) return empty;
    // Once someone on staff has answered, they are stale; automated texts (reminders, acks) do not count.
    if (await em.count(Message, { conversationId: summary.id, direction: 'outbound', automated: false, createdAt: { $gt: latest.createdAt } })) return empty;
    const stored = await em.findOne(ReplySuggestion, { messageId: latest.id });
    if (!stored || stored.suggestions.length === 0) return empty;
    await em
      .createQueryBuilder(SuggestionFeedback)
      .insert(
        stored.suggestions.map((s) => ({
          id: randomUUID(),
          organizationId: stored.organizationId,
          locationId: stored.locationId,
          messageId: stored.messageId,
          intent: stored.intent,
          suggestionKey: s.key,
          action: 'shown' as const,
          edited: false,
          staffId: staff.id,
          createdAt: new Date(),
        })),
      )
      .onConflict(['messageId', 'suggestionKey', 'action', 'staffId'])
      .ignore()
      .execute();
    return { messageId: stored.messageId, intent: stored.intent, engine: stored.engine, suggestions: stored.suggestions };
  }

  async feedback(staff: AuthenticatedStaff, messageId: string, body: SuggestionFeedbackBody): Promise<void> {
    const em = this.orm.em.fork();
    const stored = await em.findOne(ReplySuggestion, { messageId, organizationId: staff.organizationId });
    if (!stored) throw new ApiError(HttpStatus.NOT_FOUND, 'SUGGESTIONS_NOT_FOUND', 'There are no suggestions for this message.');
    assertLocationAccess(staff, stored.locationId);
    await this.inbox.conversationSummary(staff, stored.conversationId);
    if (!stored.suggestions.some((s) => s.key === body.key)) {
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'SUGGESTION_NOT_FOUND', 'This suggestion was not offered for this message.');
    }
    await em
      .createQueryBuilder(SuggestionFeedback)
      .insert({
        id: randomUUID(),
        organizationId: stored.organizationId,
        locationId: stored.locationId,
        messageId,
        intent: stored.intent,
        suggestionKey: body.key,
        action: body.action,
        edited: body.action === 'sent' && body.edited,
        staffId: staff.id,
        createdAt: new Date(),
      })
      .onConflict(['messageId', 'suggestionKey', 'action', 'staffId'])
      .ignore()
      .execute();
  }

  /** Acceptance per intent at a location (or all of the owner's): of the texts whose suggestions staff saw, how many they used. */
  async stats(staff: AuthenticatedStaff, query: SuggestionStatsQuery): Promise<SuggestionStats> {
    requireOwner(staff);
    if (query.locationId) assertLocationAccess(staff, query.locationId);
    const locationIds = query.locationId ? [query.locationId] : staff.locationIds;
    const em = this.orm.em.fork();
    const rows = await em.execute<{ intent: string; shown: string; accepted: string; sent: string; sent_edited: string; dismissed: string }[]>(
      `select intent,
              count(distinct message_id) filter (where action = 'shown') as shown,
              count(distinct message_id) filter (where action in ('chosen', 'sent')) as accepted,
              count(distinct message_id) filter (where action = 'sent') as sent,
              count(distinct message_id) filter (where action = 'sent' and edited) as sent_edited,
              count(distinct message_id) filter (where action = 'dismissed') as dismissed
         from suggestion_feedback
        where organization_id = ? and location_id = any(?::uuid[]) and created_at >= now() - make_interval(days => ?)
        group by intent order by intent`,
      [staff.organizationId, `{${locationIds.join(',')}}`, query.days],
    );
    const organization = await em.findOneOrFail(Organization, staff.organizationId);
    return {
      days: query.days,
      intents: rows.map((r) => ({
        intent: r.intent,
        shown: Number(r.shown),
        accepted: Number(r.accepted),
        sent: Number(r.sent),
        sentEdited: Number(r.sent_edited),
        dismissed: Number(r.dismissed),
        acceptanceRate: Number(r.shown) ? Math.round((Number(r.accepted) / Number(r.shown)) * 1000) / 1000 : 0,
      })),
      engine: { llmConfigured: !!this.config.OPENAI_API_KEY, llmEnabled: !!organization.aiSettings.llmSuggestions },
    };
  }

  async updateSettings(staff: AuthenticatedStaff, body: SuggestionSettingsBody): Promise<SuggestionSettingsView> {
    requireOwner(staff);
    if (body.llmSuggestions && !this.config.OPENAI_API_KEY) {
      throw new ApiError(HttpStatus.CONFLICT, 'LLM_NOT_CONFIGURED', 'No AI model is configured for this installation (OPENAI_API_KEY); the built-in suggestions stay on.');
    }
    const em = this.orm.em.fork();
    const organization = await em.findOneOrFail(Organization, staff.organizationId);
    const before = !!organization.aiSettings.llmSuggestions;
    organization.aiSettings = { ...organization.aiSettings, llmSuggestions: body.llmSuggestions };
    await em.flush();
    await this.audit.recordStaffAction(staff, 'settings.update', { target: { type: 'organization', id: organization.id }, details: { setting: 'llmSuggestions', from: before, to: body.llmSuggestions } });
    return { llmSuggestions: body.llmSuggestions, llmConfigured: !!this.config.OPENAI_API_KEY };
  }
}

const requireOwner = (staff: AuthenticatedStaff) => assertOwner(staff, 'see or change smart-reply settings');
