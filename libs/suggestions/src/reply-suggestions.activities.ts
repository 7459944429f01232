import { randomUUID } from 'node:crypto';
import { Conversation, Location, Message, Organization, Patient, ReplySuggestion, type EntityManager, type IReplySuggestion } from '@beacon/db';
import { formatAppointmentTime } from '@beacon/appointments';
import { formatPhone } from '@beacon/messaging';
import { VISITED_APPOINTMENT_STATUSES } from '@beacon/contracts';
import { publishEvents, type RealtimeEvent } from '@beacon/realtime';
import { loadClinicSnippets } from './clinic-snippets.repository.js';
import type { LlmSuggestionEngine } from './llm-engine.js';
import { suggestReplies } from './smart-replies.js';
import type { ClinicSnippet, SuggestionContext, SuggestionRequest } from './suggestion.types.js';
import { fitIntentToThread } from './thread-fit.util.js';
import { formatWeeklyHours } from './weekly-hours.util.js';
import { planAllows } from '@beacon/plans';
import { Context } from '@temporalio/activity';
import pMap from 'p-map';

/** Outbound kinds after which a bare "C", "R" or "yes" answers our question. */
const ASKING_KINDS = new Set(['confirmation_request', 'confirmation_follow_up', 'reminder']);

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

/** Suggestions computed at once within a batch (the LLM engine waits on the network; the embedded one is CPU). */
const BATCH_CONCURRENCY = 8;

type Prepared = { intent: string; count: number; engine: string } | null;

export function createSuggestionActivities(deps: SuggestionActivityDeps): SuggestionActivities {
  const snippetsOf = deps.snippets ?? loadClinicSnippets;

  /**
   * Prepares a batch with a fixed number of queries whatever its size: the texts, their threads,
   * locations, patients and organisations, the patients' appointments, each location's snippets and
   * each organisation's feedback per intent are read once for the batch, and every row and realtime
   * notice is written in one statement. Per text, only an old row without a stored reading costs a
   * query (classifying it needs the thread's last outbound text).
   */
  async function prepareMany(messageIds: string[]): Promise<Map<string, Prepared | Error>> {
    const em = deps.em();
    const results = new Map<string, Prepared | Error>();
    const ids = [...new Set(messageIds)];
    for (const row of await em.find(ReplySuggestion, { messageId: { $in: ids } })) {
      results.set(row.messageId, { intent: row.intent, count: row.suggestions.length, engine: row.engine });
    }
    const pending = ids.filter((id) => !results.has(id));
    if (!pending.length) return results;
    const messages = (await em.find(Message, { id: { $in: pending } })).filter((m) => {
      if (m.direction === 'inbound') return true;
      results.set(m.id, null);
      return false;
    });
    for (const id of ids) if (!results.has(id) && !messages.some((m) => m.id === id)) results.set(id, new Error(`message ${id} not found`));
    if (!messages.length) return results;

    const conversations = byId(await em.find(Conversation, { id: { $in: unique(messages.map((m) => m.conversationId)) } }));
    const threads = [...conversations.values()];
    const [locations, patients, organizations] = await Promise.all([
      em.find(Location, { id: { $in: unique(threads.map((c) => c.locationId)) } }).then(byId),
      em.find(Patient, { id: { $in: unique(threads.map((c) => c.patientId)) } }).then(byId),
      em.find(Organization, { id: { $in: unique(threads.map((c) => c.organizationId)) } }).then(byId),
    ]);
    const now = new Date();
    const facts = await appointmentFacts(em, [...patients.keys()], now);
    const snippets = new Map<string, Promise<ClinicSnippet[]>>();
    const feedback = new Map<string, Promise<SuggestionRequest['feedback']>>();
    const once = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
      if (!cache.has(key)) cache.set(key, load());
      return cache.get(key)!;
    };

    const rows: IReplySuggestion[] = [];
    const notices: RealtimeEvent[] = [];
    const prepare = async (message: (typeof messages)[number]): Promise<void> => {
      try {
        const conversation = conversations.get(message.conversationId);
        const [location, patient, organization] = [locations.get(conversation?.locationId ?? ''), patients.get(conversation?.patientId ?? ''), organizations.get(conversation?.organizationId ?? '')];
        if (!conversation || !location || !patient || !organization) throw new Error(`thread of message ${message.id} not found`);
        // Smart replies are a plan feature (Professional and up): outside it none are prepared.
        if (!planAllows(organization.plan, 'smartReplies')) {
          results.set(message.id, null);
          return;
        }
        // Inbound processing stored how it read the text; classify here only if it has not (older rows).
        let classified = message.classification ? { intent: message.classification.intent, confidence: message.classification.confidence } : null;
        if (!classified) {
          const lastOutbound = await em.findOne(Message, { conversationId: conversation.id, direction: 'outbound', createdAt: { $lt: message.createdAt } }, { orderBy: { createdAt: 'desc' } });
          classified = deps.classify(message.body, { replyToConfirmation: !!lastOutbound && ASKING_KINDS.has(lastOutbound.kind) });
        }
        const { confidence } = classified;
        const patientFacts = facts.get(patient.id);
        const next = patientFacts?.nextByLocation.get(location.id) ?? null;
        const lastVisit = patientFacts?.lastVisit ?? null;
        const servicesUsed = patientFacts?.servicesUsed ?? [];
        const context: SuggestionContext = {
          clinicName: organization.name,
          locationName: location.name,
          locationPhone: formatPhone(location.phoneNumber),
          patient: { firstName: patient.firstName || null },
          nextAppointment: next ? { when: formatAppointmentTime(next.startsAt, location.timeZone), providerName: next.providerName, serviceName: next.serviceName } : null,
          lastVisit: lastVisit ? { when: formatAppointmentTime(lastVisit.startsAt, location.timeZone), serviceName: lastVisit.serviceName } : null,
          servicesUsed,
          hours: formatWeeklyHours(location.businessHours),
          address: location.address || null,
          parking: null,
          bookingLink: location.messagingSettings.rebookingUrl ?? null,
          snippets: await once(snippets, `${organization.id}:${location.id}`, () => snippetsOf(em, { organizationId: organization.id, locationId: location.id })),
          thread: {
            confirmationStatus: next?.confirmationStatus ?? null,
            knownSender: !!(patient.firstName.trim() || patient.lastName.trim()) || !!next || patientFacts?.visited === true,
          },
        };
        // What the suggestions answer, given the thread (a "confirm" with nothing to confirm is not one).
        const intent = fitIntentToThread(classified.intent, context);
        const request: SuggestionRequest = { messageText: message.body, intent, context, feedback: await once(feedback, `${organization.id}:${intent}`, () => feedbackFor(em, organization.id, intent)) };
        const result = await suggestReplies(request, organization.aiSettings.llmSuggestions ? deps.llm : null);
        rows.push({
          id: randomUUID(),
          organizationId: organization.id,
          locationId: location.id,
          conversationId: conversation.id,
          messageId: message.id,
          intent,
          confidence,
          engine: result.engine,
          fallbackReason: result.fallbackReason ?? null,
          preparedBy: runningWorkflowId(),
          suggestions: result.suggestions,
          createdAt: new Date(),
        });
        notices.push({ type: 'suggestions.ready', messageId: message.id, conversationId: conversation.id, locationId: location.id });
        results.set(message.id, { intent, count: result.suggestions.length, engine: result.engine });
      } catch (error) {
        results.set(message.id, error instanceof Error ? error : new Error(String(error)));
      }
    };
    await pMap(messages, prepare, { concurrency: BATCH_CONCURRENCY });

    if (rows.length) {
      // Idempotent per message: a retried batch (or a text prepared meanwhile) keeps the first row.
      await em.createQueryBuilder(ReplySuggestion).insert(rows).onConflict('messageId').ignore().execute();
      await publishEvents(em, notices);
    }
    return results;
  }

  return {
    async prepareReplySuggestionsBatch({ messageIds }) {
      const results = await prepareMany(messageIds);
      const failed = [...results].filter((entry): entry is [string, Error] => entry[1] instanceof Error);
      if (failed.length) throw new Error(`smart replies failed for ${failed.length} of ${results.size} texts (${failed[0]![0]}: ${failed[0]![1].message})`);
      return { prepared: [...results.values()].filter((r) => r !== null).length };
    },

    async prepareReplySuggestions({ messageId }) {
      const result = (await prepareMany([messageId])).get(messageId);
      if (result instanceof Error) throw result;
      return result ?? null;
    },
  };
}

interface PatientAppointmentFacts {
  /** The next booked appointment per location. */
  nextByLocation: Map<string, { startsAt: Date; providerName: string; serviceName: string; confirmationStatus: string }>;
  lastVisit: { startsAt: Date; serviceName: string } | null;
  servicesUsed: string[];
  visited: boolean;
}

/** For each patient: the next booked appointment at each location, the last visit and the services used (three queries for the batch). */
async function appointmentFacts(em: EntityManager, patientIds: string[], now: Date): Promise<Map<string, PatientAppointmentFacts>> {
  const facts = new Map<string, PatientAppointmentFacts>();
  if (!patientIds.length) return facts;
  const list = `{${patientIds.join(',')}}`;
  const visited = `{${VISITED_APPOINTMENT_STATUSES.join(',')}}`;
  const [next, last, services] = await Promise.all([
    em.execute<{ patient_id: string; location_id: string; starts_at: Date; provider_name: string; service_name: string; confirmation_status: string }[]>(
      `select distinct on (patient_id, location_id) patient_id, location_id, starts_at, provider_name, service_name, confirmation_status
         from appointment where patient_id = any(?::uuid[]) and status = 'booked' and starts_at > ?
        order by patient_id, location_id, starts_at asc`,
      [list, now],
    ),
    em.execute<{ patient_id: string; starts_at: Date; service_name: string }[]>(
      `select distinct on (patient_id) patient_id, starts_at, service_name
         from appointment where patient_id = any(?::uuid[]) and status = any(?::text[]) and starts_at < ?
        order by patient_id, starts_at desc`,
      [list, visited, now],
    ),
    em.execute<{ patient_id: string; services: string[] }[]>(
      `select patient_id, array_agg(distinct service_name) as services
         from appointment where patient_id = any(?::uuid[]) and status = any(?::text[]) group by patient_id`,
      [list, visited],
    ),
  ]);
  const of = (patientId: string): PatientAppointmentFacts => {
    let f = facts.get(patientId);
    if (!f) facts.set(patientId, (f = { nextByLocation: new Map(), lastVisit: null, servicesUsed: [], visited: false }));
    return f;
  };
  for (const r of next) of(r.patient_id).nextByLocation.set(r.location_id, { startsAt: new Date(r.starts_at), providerName: r.provider_name, serviceName: r.service_name, confirmationStatus: r.confirmation_status });
  for (const r of last) of(r.patient_id).lastVisit = { startsAt: new Date(r.starts_at), serviceName: r.service_name };
  for (const r of services) Object.assign(of(r.patient_id), { servicesUsed: r.services, visited: true });
  return facts;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const byId = <T extends { id: string }>(rows: T[]): Map<string, T> => new Map(rows.map((r) => [r.id, r]));

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
