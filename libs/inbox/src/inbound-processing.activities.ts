import { randomUUID } from 'node:crypto';
import { Appointment, ConsentEvent, type IAppointment, Conversation, Location, Message, Patient, raiseStaffAlert, type EntityManager, type IMessage, type MessageClassificationRecord, type ThreadRef } from '@beacon/db';
import { classifyMessage, type MessageClassification } from '@beacon/compliance';
import { appointmentIdOfSendKey } from '@beacon/workflows/appointment/definitions.js';
import type { InboundActivities, InboundInterpretation } from '@beacon/workflows/inbound/definitions.js';
import { sendAfterHoursReply } from './after-hours-reply.js';
import { autoReplyText } from './keyword-replies.js';
import { openOptOutReview, possibleOptOutAlertKey } from './possible-opt-out.js';
import { receiveInboundMedia, type InboundMediaDeps } from './message-media.js';
import { sendOutboundMessage, type OutboundDeps } from './outbound-message.service.js';
import { raiseVipTexted, vipStatus } from './vip-patients.js';

/** Intents the appointment workflow acts on. */
const APPOINTMENT_INTENTS = new Set(['confirm', 'reschedule', 'cancel_appointment'] as const);
/** A statistical guess changes an appointment only when it is this sure; rules always count. */
const MODEL_CONFIDENCE_FOR_APPOINTMENT = 0.9;
/** Opt-ins that are also ordinary words: they only count when the number is currently opted out. */
const WEAK_OPT_IN = /^keyword:(yes|si|sim|oui)$/;

function toRecord(c: MessageClassification, replyToConfirmation: boolean): MessageClassificationRecord {
  return {
    intent: c.intent,
    confidence: c.confidence,
    optOut: c.optOut,
    optIn: c.optIn,
    help: c.help,
    optOutScope: c.optOutScope ?? null,
    optOutReview: c.optOutReview,
    alertStaff: c.alertStaff,
    urgent: c.urgent,
    negative: c.negative,
    replyToConfirmation,
    source: c.source,
    reasons: c.reasons,
    matched: c.matched,
  };
}

function isAppointmentIntent(intent: string): intent is 'confirm' | 'reschedule' | 'cancel_appointment' {
  return (APPOINTMENT_INTENTS as ReadonlySet<string>).has(intent);
}

/**
 * What the webhook already read about a text that is not stored yet, in the same query that found
 * its thread: the appointment our last text in the thread was about (see answeredAppointment) and
 * the patient's next booked appointment. Given it, interpreting the text costs no further query in
 * the common case.
 */
export interface InboundContext {
  answeredAppointmentId: string | null;
  nextAppointmentId: string | null;
  /** Whether the sender counts as VIP here (vipRuleSql), and the location's time zone. */
  vip: boolean;
  timeZone: string;
  /**
   * Writes the new message and its thread (first call) and then whatever else the transaction
   * holds: the webhook inserts them itself (the message is not an ORM entity there), before any
   * consent row or alert, so locks are taken in the same order as a send's.
   */
  writeThread: () => Promise<void>;
}

/**
 * Reads an inbound text inside the caller's transaction and records what it means: the
 * classification on the message, consent changes in the ledger (with a staff alert for a bare
 * CANCEL) and which appointment it answers. Deterministic and idempotent per message, so the
 * webhook and the legacy inbound workflow store the same reading. With `context` (the webhook, for
 * a message it is about to insert) the message is new: its classification goes in with the insert,
 * which `context.writeThread` makes wherever a flush would write it otherwise.
 */
export async function interpretInboundText(tx: EntityManager, message: IMessage, conversation: ThreadRef, context?: InboundContext): Promise<InboundInterpretation> {
  const messageId = message.id;
  const persist = context ? context.writeThread : () => tx.flush();
  // Whether the text answers one of our appointment texts changes what "C", "R" and "yes" mean.
  const answeredId = context ? context.answeredAppointmentId : ((await answeredAppointment(tx, message, conversation))?.id ?? null);
  const replyToConfirmation = answeredId !== null;
  const classification = classifyMessage(message.body, { replyToConfirmation });
  // Deterministic, so a retried activity stores the same reading.
  message.classification = toRecord(classification, replyToConfirmation);
  await alertStaffToAttention(tx, message, conversation, classification, context);

  let keyword: InboundInterpretation['keyword'] = classification.optOut ? 'opt_out' : classification.optIn ? 'opt_in' : classification.help ? 'help' : null;
  if (keyword === 'opt_in' && classification.matched.some((m) => WEAK_OPT_IN.test(m))) {
    // A bare "yes" to a staff question must not re-subscribe anyone or trigger a reply.
    const latest = await tx.findOne(ConsentEvent, { organizationId: conversation.organizationId, phone: message.fromNumber }, { orderBy: { createdAt: 'desc' } });
    if (latest?.action !== 'opt_out') keyword = null;
  }

  // Consent rows take the number's consent gate (a trigger) and a send holds the thread row before
  // it enters the gate: write the message and the thread first, so locks come in the same order.
  if (context && (keyword === 'opt_out' || keyword === 'opt_in' || classification.optOutReview)) await persist();
  if (keyword === 'opt_out' || keyword === 'opt_in') {
    // Idempotent per message: a retried activity finds its own ledger rows (a new message has none).
    const recorded = context ? 0 : await tx.count(ConsentEvent, { messageId });
    if (!recorded) {
      // "Stop the promotions" revokes marketing only; anything unclear revokes everything (FCC).
      const kinds = keyword === 'opt_out' && classification.optOutScope === 'marketing' ? (['marketing'] as const) : (['transactional', 'marketing'] as const);
      for (const kind of kinds) {
        tx.create(ConsentEvent, {
          id: randomUUID(),
          organizationId: conversation.organizationId,
          patientId: conversation.patientId,
          phone: message.fromNumber,
          kind,
          action: keyword,
          method: classification.consentMethod === 'plain_language' ? 'plain_language' : 'keyword',
          messageId,
          staffId: null,
          // The text itself stays encrypted on the message (message_id); the ledger keeps only why.
          reason: classification.reasons.join(' ').slice(0, 1000),
          createdAt: new Date(),
        });
      }
    }
    if (keyword === 'opt_out' && classification.alertStaff) {
      await raiseStaffAlert(tx, {
        organizationId: conversation.organizationId,
        locationId: conversation.locationId,
        appointmentId: null,
        patientId: conversation.patientId,
        kind: 'opted_out',
        message: classification.staffAlert ?? 'The patient has been opted out of texts. Please call them.',
        dedupeKey: `inbound-${messageId}:opt-out-alert`,
      });
    }
    await persist();
    return { keyword, reply: null };
  }
  if (keyword === null && classification.optOutReview) await flagPossibleOptOut(tx, message, conversation, classification.reasons, !context);
  await persist();
  if (keyword === 'help') return { keyword, reply: null };

  const intent = classification.intent;
  const sure = classification.source !== 'model' || classification.confidence >= MODEL_CONFIDENCE_FOR_APPOINTMENT;
  if ((intent === 'complaint' && sure) || classification.negative) {
    // An unhappy patient: staff see it live and, per the location's settings, by email (no text in either).
    await raiseStaffAlert(tx, {
      organizationId: conversation.organizationId,
      locationId: conversation.locationId,
      appointmentId: null,
      patientId: conversation.patientId,
      kind: 'patient_complaint',
      message: 'A patient sounds unhappy. Read their text and get back to them.',
      dedupeKey: `inbound-${messageId}:complaint-alert`,
    });
  }
  if (!isAppointmentIntent(intent) || !sure) return { keyword: null, reply: null };
  // A reply to an appointment text acts on that appointment; explicit wording ("I confirm") after any
  // other text acts on the patient's next appointment at this location.
  if (answeredId) return { keyword: null, reply: { appointmentId: answeredId, intent } };
  if (context) return { keyword: null, reply: context.nextAppointmentId ? { appointmentId: context.nextAppointmentId, intent } : null };
  const appointment = await tx.findOne(
    Appointment,
    { patientId: conversation.patientId, locationId: conversation.locationId, status: 'booked', startsAt: { $gt: new Date(Date.now() - ANSWERABLE_AFTER_START_MS) } },
    { orderBy: { startsAt: 'asc' } },
  );
  return { keyword: null, reply: appointment ? { appointmentId: appointment.id, intent } : null };
}

/**
 * Texts staff should see at once, whatever else the text does (an opt-out silences our replies, not
 * staff): a symptom or reaction (urgent, its own alert per text, high priority) and a text from a VIP
 * (once per thread per local day). Neither alert carries the patient's words.
 */
async function alertStaffToAttention(tx: EntityManager, message: IMessage, conversation: ThreadRef, classification: MessageClassification, context?: InboundContext): Promise<void> {
  const vip = context ? { vip: context.vip, timeZone: context.timeZone } : await vipOf(tx, conversation);
  if (!classification.urgent && !vip.vip) return;
  // The alerts name the patient: a new patient, thread and message are written first (same lock order as consent rows).
  if (context) await context.writeThread();
  if (classification.urgent) {
    await raiseStaffAlert(tx, {
      organizationId: conversation.organizationId,
      locationId: conversation.locationId,
      appointmentId: null,
      patientId: conversation.patientId,
      kind: 'urgent_patient_message',
      message: 'A patient may need help now (a symptom or reaction after treatment). Read their text and call them.',
      // Per text: a second urgent text is a second alert.
      dedupeKey: `inbound-${message.id}:urgent-alert`,
    });
  }
  if (vip.vip) await raiseVipTexted(tx, conversation, message.createdAt, vip.timeZone);
}

async function vipOf(tx: EntityManager, conversation: ThreadRef): Promise<{ vip: boolean; timeZone: string }> {
  const [status, location] = await Promise.all([vipStatus(tx, conversation.patientId, conversation.locationId), tx.findOneOrFail(Location, conversation.locationId)]);
  return { vip: status.vip, timeZone: location.timeZone };
}

/** An appointment that started up to this long ago can still be answered (a patient running late confirms). */
export const ANSWERABLE_AFTER_START_MS = 2 * 3_600_000;

/**
 * The rule for replies to appointment texts: when the latest text we sent in this thread before the
 * patient's was sent by an appointment's workflow (booking confirmation, any reminder, the
 * confirmation request or follow-up, an acknowledgement — its idempotency key names the
 * appointment) and that appointment is still booked and upcoming, the patient's text answers that
 * appointment: a bare "C", "yes", "confirm", "R" or "reschedule" confirms it or asks to reschedule.
 * After any other text (a staff message, an auto-reply) only explicit wording counts. The webhook
 * reads the same in its one query (SENDER_STATE in inbound-message.service.ts).
 */
async function answeredAppointment(tx: EntityManager, message: IMessage, conversation: ThreadRef): Promise<IAppointment | null> {
  const lastOutbound = await tx.findOne(
    Message,
    { conversationId: conversation.id, direction: 'outbound', createdAt: { $lt: message.createdAt } },
    { orderBy: { createdAt: 'desc' } },
  );
  const appointmentId = appointmentIdOfSendKey(lastOutbound?.idempotencyKey);
  if (!appointmentId) return null;
  return tx.findOne(Appointment, { id: appointmentId, patientId: conversation.patientId, status: 'booked', startsAt: { $gt: new Date(Date.now() - ANSWERABLE_AFTER_START_MS) } });
}

/**
 * The classifier is unsure whether the text revokes consent: a person decides. Staff get a
 * "possible opt-out — confirm" alert, and promotional texts to the number pause at once (a
 * marketing opt-out in the ledger; appointment texts continue) until staff record the decision.
 */
async function flagPossibleOptOut(tx: EntityManager, message: IMessage, conversation: ThreadRef, reasons: string[], mayBeRecorded: boolean): Promise<void> {
  if (!mayBeRecorded || !(await tx.count(ConsentEvent, { messageId: message.id }))) {
    tx.create(ConsentEvent, {
      id: randomUUID(),
      organizationId: conversation.organizationId,
      patientId: conversation.patientId,
      phone: message.fromNumber,
      kind: 'marketing',
      action: 'opt_out',
      method: 'plain_language',
      messageId: message.id,
      staffId: null,
      reason: `Possible opt-out, promotions paused until staff confirm: ${reasons.join(' ')}`.slice(0, 1000),
      createdAt: new Date(),
    });
  }
  await raiseStaffAlert(tx, {
    organizationId: conversation.organizationId,
    locationId: conversation.locationId,
    appointmentId: null,
    patientId: conversation.patientId,
    kind: 'possible_opt_out',
    message: 'This text may be asking us to stop texting. Read it and confirm: record an opt-out, or keep texting. Promotions are paused meanwhile.',
    dedupeKey: possibleOptOutAlertKey(message.id),
  });
  // The thread shows "Possible opt-out — confirm" until a person decides (see decidePossibleOptOut).
  await openOptOutReview(tx, { messageId: message.id, organizationId: conversation.organizationId, conversationId: conversation.id });
}

export function createInboundActivities(deps: OutboundDeps, media?: InboundMediaDeps): Omit<InboundActivities, 'prepareReplySuggestions' | 'prepareReplySuggestionsBatch'> {
  return {
    async interpretInboundMessage({ messageId }): Promise<InboundInterpretation> {
      const { interpretation, locationId } = await deps.em().transactional(async (tx: EntityManager) => {
        const message = await tx.findOneOrFail(Message, messageId);
        const conversation = await tx.findOneOrFail(Conversation, message.conversationId);
        return { interpretation: await interpretInboundText(tx, message, conversation), locationId: conversation.locationId };
      });
      // Inbound texts count towards usage too (outside the transaction; never fails the activity).
      await deps.textsRecorded?.(deps.em(), locationId);
      return interpretation;
    },

    async storeInboundMedia({ messageId, mediaUrls }) {
      if (!media) throw new Error('inbound media storage is not configured');
      return receiveInboundMedia(media, messageId, mediaUrls);
    },

    sendAfterHoursReply({ messageId }) {
      return sendAfterHoursReply(deps, messageId);
    },

    async sendInboundAutoReply({ messageId, kind }) {
      const em = deps.em();
      const message = await em.findOneOrFail(Message, messageId);
      const conversation = await em.findOneOrFail(Conversation, message.conversationId);
      const [location, patient] = await Promise.all([em.findOneOrFail(Location, conversation.locationId), em.findOneOrFail(Patient, conversation.patientId)]);
      // A marketing-only opt-out gets a confirmation that says so (same single confirmation text).
      const text = kind === 'opt_out_confirmation' && message.classification?.optOutScope === 'marketing' ? 'marketing_opt_out_confirmation' : kind;
      await sendOutboundMessage(deps, {
        idempotencyKey: `inbound-${messageId}:${kind}`,
        locationId: location.id,
        patientId: patient.id,
        body: autoReplyText(text, location),
        kind,
        automated: true,
        optOutConfirmation: kind === 'opt_out_confirmation',
      });
    },
  };
}
