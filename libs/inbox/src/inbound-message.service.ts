import { randomUUID } from 'node:crypto';
import { dataCipher, enqueueOutboxWithPush, Location, messageSearchTokens, patientSearchTokens, pushNotificationCommand, suggestionsCommand, type EntityManager, type IMessage, type OutboxCommand, type ThreadRef } from '@beacon/db';
import { billedSegments, toE164 } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { patientReplySignal, appointmentWorkflowId } from '@beacon/workflows/appointment/definitions.js';
import { inboundFollowUpWorkflowId, type InboundFollowUpInput } from '@beacon/workflows/inbound/definitions.js';
import { afterHoursMayApply } from './after-hours-reply.js';
import { preview } from './conversation.repository.js';
import { ANSWERABLE_AFTER_START_MS, interpretInboundText } from './inbound-processing.activities.js';
import { InboxError, InboxErrorCode } from './inbox.errors.js';
import { vipRuleSql } from './vip-patients.js';

export interface InboundSms {
  providerSid: string;
  from: string;
  to: string;
  body: string;
  mediaUrls: string[];
}

export interface InboundResult {
  messageId: string;
  conversationId: string;
  locationId: string;
  patientId: string;
  /** True when this provider SID was already stored (a webhook retry). */
  duplicate: boolean;
}

/** One row: the location (its columns), and the lock on its sender's number taken in the same query. */
const LOCATION_AND_LOCK = `select l.*, pg_advisory_xact_lock(hashtextextended('patient:' || l.organization_id || ':' || ?, 0)) is null as x_locked
  from location l where l.phone_number = ?`;

/**
 * Everything the webhook needs to know before it writes, in one query: whether this provider SID is
 * stored already (a webhook retry), the sender's patient and thread (its id), the
 * appointment our last text in the thread was sent for — its workflow's idempotency key
 * `appointment-<id>:…` — when it is still booked and upcoming (the reply rule of
 * interpretInboundText), the patient's next booked appointment at this location, and whether the
 * patient counts as VIP (vipRuleSql).
 */
const SENDER_STATE = `select c.id,
    p.id as x_patient_id,
    dup.id as x_duplicate_id, dup.conversation_id as x_duplicate_conversation_id, dup.location_id as x_duplicate_location_id, dup.patient_id as x_duplicate_patient_id,
    (select a.id from (select m.idempotency_key from message m where m.conversation_id = c.id and m.direction = 'outbound' order by m.created_at desc limit 1) last_out
       join appointment a on a.patient_id = p.id and last_out.idempotency_key like 'appointment-' || a.id || ':%'
      where a.status = 'booked' and a.starts_at > ?) as x_answered_appointment_id,
    (select a.id from appointment a
      where a.patient_id = p.id and a.location_id = ? and a.status = 'booked' and a.starts_at > ?
      order by a.starts_at asc limit 1) as x_next_appointment_id,
    ${vipRuleSql({ vip: 'p.vip', id: 'p.id' }, '?::int')} as x_vip,
    (select m.bulk_send_id from message m where m.conversation_id = c.id and m.direction = 'outbound' order by m.created_at desc limit 1) as x_reply_to_bulk_send_id
  from (select 1) one
  left join lateral (select m.id, m.conversation_id, d.location_id, d.patient_id from message m join conversation d on d.id = m.conversation_id where m.provider_sid = ?) dup on true
  left join patient p on p.organization_id = ? and p.phone = ?
  left join conversation c on c.location_id = ? and c.patient_id = p.id`;

/**
 * The webhook's one write of a new text, in one statement: a new number's nameless patient (with its
 * search tokens), the thread — created, or its new state when it exists (preview encrypted) — the
 * message (body encrypted, its reading included) and the body's search tokens (what
 * SearchIndexSubscriber writes for rows created through the ORM). Returns the thread's id: a thread
 * another request created for this patient meanwhile is the one written to.
 */
const WRITE_INBOUND = `with p as (
    insert into patient (id, organization_id, first_name, last_name, phone, email, notes, search_tokens, vip, created_at)
    select ?, ?, '', '', ?, null, ?, ?::text[], false, ? where ?::boolean),
  c as (
    insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, last_inbound_at, starred, created_at, updated_at)
    values (?, ?, ?, ?, 'open', ?, ?, ?, false, ?, ?)
    on conflict (location_id, patient_id) do update set status = 'open', last_message_at = excluded.last_message_at, last_message_preview = excluded.last_message_preview,
      last_inbound_at = excluded.last_inbound_at, updated_at = excluded.updated_at
    returning id),
  m as (
    insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, provider_sid, bulk_send_id, classification, created_at, updated_at)
    select ?, c.id, 'inbound', ?, ?, 'received', false, 'patient_reply', ?, ?, ?, ?, ?::jsonb, ?, ? from c),
  t as (insert into message_search_token (message_id, token, conversation_id, location_id, created_at) select ?, token, c.id, ?, ? from c, unnest(?::text[]) token)
  select id from c`;

/** Postgres `text[]` literal of search tokens (base64url: nothing to quote). */
const tokenArray = (tokens: readonly string[]) => `{${[...new Set(tokens)].join(',')}}`;

async function writeInboundMessage(tx: EntityManager, message: IMessage, thread: ThreadRef, newPatient: boolean): Promise<string> {
  const cipher = dataCipher();
  const at = message.createdAt;
  const [row] = await tx.execute<{ id: string }[]>(WRITE_INBOUND, [
    thread.patientId,
    thread.organizationId,
    message.fromNumber,
    // A known sender's patient is not written: nothing to seal or index for it.
    newPatient ? cipher.encrypt('') : null,
    newPatient ? tokenArray(patientSearchTokens({ firstName: '', lastName: '', phone: message.fromNumber })) : null,
    at,
    newPatient,
    thread.id,
    thread.organizationId,
    thread.locationId,
    thread.patientId,
    at,
    cipher.encrypt(preview(message.body)),
    at,
    at,
    at,
    message.id,
    cipher.encrypt(message.body),
    message.segments,
    message.fromNumber,
    message.toNumber,
    message.providerSid,
    message.bulkSendId,
    JSON.stringify(message.classification),
    at,
    at,
    message.id,
    thread.locationId,
    at,
    tokenArray(messageSearchTokens(message.body)),
  ]);
  return row!.id;
}

/** A raw row without the `x_` helper columns: the entity's own columns, for `em.map`. */
function entityColumns(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('x_')));
}

/**
 * Stores a patient's text and everything it decides, in one transaction, before the webhook is
 * answered: the message, its classification, consent changes (so every send after the commit
 * sees an opt-out) and the follow-up work for Temporal in the outbox (auto-replies, the answer to
 * an appointment, smart replies). The provider SID is unique, so a retried webhook changes nothing.
 *
 * This is the hottest path of the product (every patient text, each possibly delivered several
 * times), so it reads in two queries — the location with the sender's lock, then everything about
 * the sender — and writes in three statements: the text with its thread, search tokens and, for a new
 * number, its patient (writeInboundMessage, no ORM unit of work), the outbox, the realtime log.
 * Consent rows and alerts add their own writes.
 */
export async function recordInboundMessage(em: EntityManager, sms: InboundSms): Promise<InboundResult> {
  return em.transactional(async (tx) => {
    const from = toE164(sms.from);
    // Texts from one number are stored one at a time: concurrent retries of one text find each
    // other, and the first texts from a new number create one patient.
    const [locationRow] = await tx.execute<Record<string, unknown>[]>(LOCATION_AND_LOCK, [from ?? sms.from, sms.to]);
    if (!locationRow) throw new InboxError(InboxErrorCode.UnknownLocationNumber, `No location uses the number ${sms.to}`);
    if (!from) throw new InboxError(InboxErrorCode.InvalidPhoneNumber, `Sender ${sms.from} is not a valid phone number`);
    const location = tx.map(Location, entityColumns(locationRow));
    const now = new Date();
    const answerableSince = new Date(now.getTime() - ANSWERABLE_AFTER_START_MS);
    const [state] = await tx.execute<Record<string, unknown>[]>(SENDER_STATE, [
      answerableSince,
      location.id,
      answerableSince,
      // The VIP rule's threshold (twice: it is tested, then compared).
      location.vipLifetimeSpendCents ?? null,
      location.vipLifetimeSpendCents ?? null,
      sms.providerSid,
      location.organizationId,
      from,
      location.id,
    ]);
    if (state?.['x_duplicate_id']) {
      return {
        messageId: String(state['x_duplicate_id']),
        conversationId: String(state['x_duplicate_conversation_id']),
        locationId: String(state['x_duplicate_location_id']),
        patientId: String(state['x_duplicate_patient_id']),
        duplicate: true,
      };
    }

    // A number we have never seen: the text is kept, with a nameless patient staff can name later
    // (created with the text: the number's lock is held, so no other request creates it meanwhile).
    const knownPatientId = (state?.['x_patient_id'] as string | null | undefined) ?? null;
    const patientId = knownPatientId ?? randomUUID();
    // The thread's ids: it is written with the text, in one statement (writeInboundMessage).
    const thread: ThreadRef = {
      id: (state?.['id'] as string | null | undefined) ?? randomUUID(),
      organizationId: location.organizationId,
      locationId: location.id,
      patientId,
    };
    const body = sms.mediaUrls.length && !sms.body ? '(picture message)' : sms.body;
    // Not an ORM entity: writeInboundMessage inserts it once its reading is known.
    const message = {
      id: randomUUID(),
      conversationId: thread.id,
      direction: 'inbound',
      body,
      segments: billedSegments(body),
      status: 'received',
      automated: false,
      kind: 'patient_reply',
      fromNumber: from,
      toNumber: location.phoneNumber,
      providerSid: sms.providerSid,
      idempotencyKey: null,
      errorCode: null,
      errorMessage: null,
      sentByStaffId: null,
      // The latest text we sent in this thread was a bulk send's: this answers it.
      bulkSendId: (state?.['x_reply_to_bulk_send_id'] as string | null | undefined) ?? null,
      handoverUntil: null,
      classification: null,
      createdAt: now,
      updatedAt: now,
    } as IMessage;
    let written = false;
    const meaning = await interpretInboundText(tx, message, thread, {
      answeredAppointmentId: (state?.['x_answered_appointment_id'] as string | null | undefined) ?? null,
      nextAppointmentId: (state?.['x_next_appointment_id'] as string | null | undefined) ?? null,
      vip: state?.['x_vip'] === true,
      timeZone: location.timeZone,
      writeThread: async () => {
        if (!written) {
          written = true;
          thread.id = message.conversationId = await writeInboundMessage(tx, message, thread, knownPatientId === null);
        }
        // Rows the reading created through the ORM (consent events), after the message they name.
        await tx.flush();
      },
    });

    const commands: OutboxCommand[] = [];
    if (meaning.reply) {
      commands.push({
        kind: 'workflow.signal',
        workflowId: appointmentWorkflowId(meaning.reply.appointmentId),
        signal: patientReplySignal.name,
        args: [{ messageId: message.id, intent: meaning.reply.intent, receivedAt: now.toISOString() }],
      });
    }
    // Interactive follow-up only when there is something to do: a consent/help confirmation, pictures
    // to fetch, or a text that may deserve the after-hours reply.
    const afterHours = meaning.keyword === null && !meaning.reply && afterHoursMayApply(location, now);
    if (meaning.keyword || sms.mediaUrls.length || afterHours) {
      const input: InboundFollowUpInput = { messageId: message.id, keyword: meaning.keyword, afterHours, ...(sms.mediaUrls.length ? { mediaUrls: sms.mediaUrls } : {}) };
      commands.push({ kind: 'workflow.start', workflowType: 'inboundFollowUpWorkflow', workflowId: inboundFollowUpWorkflowId(message.id), taskQueue: 'interactive', args: [input] });
    }
    if (meaning.keyword !== 'opt_out') {
      commands.push(suggestionsCommand(message.id));
    }
    // Staff devices subscribed to push hear of the new text (no words, no number), only when the organisation has any.
    await enqueueOutboxWithPush(tx, commands, { organizationId: location.organizationId, command: pushNotificationCommand({ kind: 'new_message', messageId: message.id }) });
    await publishEvent(tx, { type: 'message.created', messageId: message.id, conversationId: thread.id, locationId: location.id });
    return { messageId: message.id, conversationId: thread.id, locationId: location.id, patientId, duplicate: false };
  });
}
