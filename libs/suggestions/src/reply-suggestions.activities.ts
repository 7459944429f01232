import { randomUUID } from 'node:crypto';
import { Appointment, Conversation, Location, Message, Organization, Patient, ReplySuggestion, type EntityManager } from '@beacon/db';
import { formatAppointmentTime } from '@beacon/appointments';
import { formatPhone } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { loadClinicSnippets } from './clinic-snippets.repository.js';
import type { LlmSuggestionEngine } from './llm-engine.js';
import { suggestReplies } from './smart-replies.js';
import type { ClinicSnippet, SuggestionContext, SuggestionRequest } from './suggestion.types.js';
import { fitIntentToThread } from './thread-fit.util.js';
import { formatWeeklyHours } from './weekly-hours.util.js';
import { planAllows } from '@beacon/plans';
import { Context } from '@temporalio/activity';

/** Outbound kinds after which a bare "C", "R" or "yes" answers our question. */
const ASKING_KINDS = new Set(['confirmation_request', 'confirmation_follow_up', 'reminder']);
const VISITED = ['completed', 'checked_in'] as const;

export interface SuggestionActivityDeps {
  em: () => EntityManager;
  /** The shared message classifier (the one `npm run classify` prints). */
  classify: (text: string, context: { replyToConfirmation: boolean }) => { intent: string; confidence: number };
  /** The LLM engine when OPENAI_API_KEY is set; used only for organisations that switched it on. */
  llm: LlmSuggestionEngine | null;
  /** The clinic's quick replies and templates usable at this location (default: from the database). */
  snippets?: (em: EntityManager, scope: { organizationId: string; locationId: string }) => Promise<ClinicSnippet[]>;
}

export interface SuggestionActivities {
  /** Prepares and stores smart replies for an inbound text and tells consoles; idempotent per message. */
  prepareReplySuggestions(input: { messageId: string }): Promise<{ intent: string; count: number; engine: string } | null>;
  /** The same for a batch (a few at a time); throws after trying them all if any failed. */
  prepareReplySuggestionsBatch(input: { messageIds: string[] }): Promise<{ prepared: number }>;
}

/** Texts of one batch prepared at once (the LLM engine waits on the network; the embedded one is CPU). */
const BATCH_CONCURRENCY = 8;

export function createSuggestionActivities(deps: SuggestionActivityDeps): SuggestionActivities {
  const activities: SuggestionActivities = {
    async prepareReplySuggestionsBatch({ messageIds }) {
      const failed: string[] = [];
      let prepared = 0;
      const queue = [...messageIds];
      const lane = async (): Promise<void> => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          try {
            if (await activities.prepareReplySuggestions({ messageId: id })) prepared += 1;
          } catch (error) {
            failed.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, messageIds.length) }, lane));
      if (failed.length) throw new Error(`smart replies failed for ${failed.length} of ${messageIds.length} texts (${failed[0]})`);
      return { prepared };
    },

    async prepareReplySuggestions({ messageId }) {
      const em = deps.em();
      const existing = await em.findOne(ReplySuggestion, { messageId });
      if (existing) return { intent: existing.intent, count: existing.suggestions.length, engine: existing.engine };
      const message = await em.findOneOrFail(Message, messageId);
      if (message.direction !== 'inbound') return null;
      const conversation = await em.findOneOrFail(Conversation, message.conversationId);
      const [location, patient, organization] = await Promise.all([
        em.findOneOrFail(Location, conversation.locationId),
        em.findOneOrFail(Patient, conversation.patientId),
        em.findOneOrFail(Organization, conversation.organizationId),
      ]);
      // Smart replies are a plan feature (Professional and up): outside it none are prepared.
      if (!planAllows(organization.plan, 'smartReplies')) return null;
      // Inbound processing stored how it read the text; classify here only if it has not (older rows).
      let classified = message.classification ? { intent: message.classification.intent, confidence: message.classification.confidence } : null;
      if (!classified) {
        const lastOutbound = await em.findOne(Message, { conversationId: conversation.id, direction: 'outbound', createdAt: { $lt: message.createdAt } }, { orderBy: { createdAt: 'desc' } });
        classified = deps.classify(message.body, { replyToConfirmation: !!lastOutbound && ASKING_KINDS.has(lastOutbound.kind) });
      }
      const { confidence } = classified;

      const now = new Date();
      const [next, lastVisit, visits] = await Promise.all([
        em.findOne(Appointment, { patientId: patient.id, locationId: location.id, status: 'booked', startsAt: { $gt: now } }, { orderBy: { startsAt: 'asc' } }),
        em.findOne(Appointment, { patientId: patient.id, status: { $in: [...VISITED] }, startsAt: { $lt: now } }, { orderBy: { startsAt: 'desc' } }),
        em.find(Appointment, { patientId: patient.id, status: { $in: [...VISITED] } }, { fields: ['serviceName'] }),
      ]);
      const context: SuggestionContext = {
        clinicName: organization.name,
        locationName: location.name,
        locationPhone: formatPhone(location.phoneNumber),
        patient: { firstName: patient.firstName || null },
        nextAppointment: next ? { when: formatAppointmentTime(next.startsAt, location.timeZone), providerName: next.providerName, serviceName: next.serviceName } : null,
        lastVisit: lastVisit ? { when: formatAppointmentTime(lastVisit.startsAt, location.timeZone), serviceName: lastVisit.serviceName } : null,
        servicesUsed: [...new Set(visits.map((v) => v.serviceName))],
        hours: formatWeeklyHours(location.businessHours),
        address: location.address || null,
        parking: null,
        bookingLink: location.messagingSettings.rebookingUrl ?? null,
        snippets: await (deps.snippets ?? loadClinicSnippets)(em, { organizationId: organization.id, locationId: location.id }),
        thread: {
          confirmationStatus: next?.confirmationStatus ?? null,
          knownSender: !!(patient.firstName.trim() || patient.lastName.trim()) || !!next || visits.length > 0,
        },
      };
      // What the suggestions answer, given the thread (a "confirm" with nothing to confirm is not one).
      const intent = fitIntentToThread(classified.intent, context);
      const request: SuggestionRequest = { messageText: message.body, intent, context, feedback: await feedbackFor(em, organization.id, intent) };
      const llm = organization.aiSettings.llmSuggestions ? deps.llm : null;
      const result = await suggestReplies(request, llm);

      await em
        .createQueryBuilder(ReplySuggestion)
        .insert({
          id: randomUUID(),
          organizationId: organization.id,
          locationId: location.id,
          conversationId: conversation.id,
          messageId,
          intent,
          confidence,
          engine: result.engine,
          fallbackReason: result.fallbackReason ?? null,
          preparedBy: runningWorkflowId(),
          suggestions: result.suggestions,
          createdAt: new Date(),
        })
        .onConflict('messageId')
        .ignore()
        .execute();
      await publishEvent(em, { type: 'suggestions.ready', messageId, conversationId: conversation.id, locationId: location.id });
      return { intent, count: result.suggestions.length, engine: result.engine };
    },
  };
  return activities;
}

/** Shown/chosen counts per suggestion key for this organisation and intent (chosen or sent both count). */
async function feedbackFor(em: EntityManager, organizationId: string, intent: string): Promise<SuggestionRequest['feedback']> {
  const rows = await em.execute<{ key: string; shown: string; chosen: string }[]>(
    `select suggestion_key as key,
            count(distinct message_id) filter (where action = 'shown') as shown,
            count(distinct message_id) filter (where action in ('chosen', 'sent')) as chosen
       from suggestion_feedback where organization_id = ? and intent = ? group by suggestion_key`,
    [organizationId, intent],
  );
  return Object.fromEntries(rows.map((r) => [r.key, { shown: Number(r.shown), chosen: Number(r.chosen) }]));
}

/** The workflow whose activity is running this (null when called outside an activity, as in unit tests). */
function runningWorkflowId(): string | null {
  try {
    return Context.current().info.workflowExecution?.workflowId ?? null;
  } catch {
    return null;
  }
}
