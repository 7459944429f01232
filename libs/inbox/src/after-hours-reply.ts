import { randomUUID } from 'node:crypto';
import { Conversation, Location, Message, Patient, type AfterHoursSettings, type EntityManager, type ILocation } from '@beacon/db';
import { classifyAppointmentReply, matchConsentKeyword } from '@beacon/compliance';
import { isWithinBusinessHours } from '@beacon/scheduling';
import { billedSegments } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { isOptedOut } from './consent.query.js';
import { preview } from './conversation.repository.js';
import { sendOutboundMessage, type OutboundDeps } from './outbound-message.service.js';

export const AFTER_HOURS_KIND = 'after_hours_reply';
/** At most one after-hours reply per patient (thread) in this window. */
export const AFTER_HOURS_WINDOW_MS = 12 * 3_600_000;

export const DEFAULT_AFTER_HOURS: AfterHoursSettings = { enabled: false, message: '', emergencyContact: '', closures: [] };

export function afterHoursReplyText(location: Pick<ILocation, 'name'>, settings: AfterHoursSettings): string {
  return [`${location.name}: ${settings.message.trim()}`, settings.emergencyContact.trim()].filter(Boolean).join(' ');
}

/** Short replies that answer us (C, R, yes, STOP, HELP…): never answered with an after-hours text. */
function isKeywordReply(body: string): boolean {
  return matchConsentKeyword(body) !== null || classifyAppointmentReply(body, { replyToConfirmation: true }) !== null;
}

/** Whether an after-hours reply could apply to a text received at `at` (cheap, no I/O; sendAfterHoursReply decides the rest). */
export function afterHoursMayApply(location: Pick<ILocation, 'messagingSettings' | 'businessHours' | 'timeZone'>, at: Date): boolean {
  const settings = location.messagingSettings.afterHours ?? DEFAULT_AFTER_HOURS;
  if (!settings.enabled || !settings.message.trim()) return false;
  return !isWithinBusinessHours({ weekly: location.businessHours, closures: settings.closures }, location.timeZone, at.getTime());
}

export type AfterHoursOutcome = 'sent' | 'open' | 'disabled' | 'keyword' | 'opted_out' | 'recently_replied';

/**
 * Answers a text that arrived while the location was closed, at most once per thread per 12 h.
 * Idempotent per inbound message: the reply's key is derived from it, and the "recently replied"
 * check and the reservation of the reply happen under one lock per thread.
 */
export async function sendAfterHoursReply(deps: OutboundDeps, inboundMessageId: string): Promise<AfterHoursOutcome> {
  const idempotencyKey = `inbound-${inboundMessageId}:after_hours`;
  const decision = await deps.em().transactional(async (tx: EntityManager) => {
    const inbound = await tx.findOneOrFail(Message, inboundMessageId);
    const conversation = await tx.findOneOrFail(Conversation, inbound.conversationId);
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`after-hours:${conversation.id}`]);
    const mine = await tx.findOne(Message, { idempotencyKey });
    const [location, patient] = await Promise.all([tx.findOneOrFail(Location, conversation.locationId), tx.findOneOrFail(Patient, conversation.patientId)]);
    if (mine) return { outcome: 'sent' as const, location, patient };
    const settings = location.messagingSettings.afterHours ?? DEFAULT_AFTER_HOURS;
    if (!settings.enabled || !settings.message.trim()) return { outcome: 'disabled' as const };
    if (!afterHoursMayApply(location, inbound.createdAt)) return { outcome: 'open' as const };
    if (isKeywordReply(inbound.body)) return { outcome: 'keyword' as const };
    if (await isOptedOut(tx, location.organizationId, patient.phone)) return { outcome: 'opted_out' as const };
    const recent = await tx.count(Message, { conversationId: conversation.id, kind: AFTER_HOURS_KIND, createdAt: { $gt: new Date(inbound.createdAt.getTime() - AFTER_HOURS_WINDOW_MS) } });
    if (recent > 0) return { outcome: 'recently_replied' as const };
    // Reserve the reply in the thread now, so a concurrent text sees it; sending happens below.
    const now = new Date();
    const replyBody = afterHoursReplyText(location, settings);
    const reply = tx.create(Message, {
      id: randomUUID(),
      conversationId: conversation.id,
      direction: 'outbound',
      body: replyBody,
      segments: billedSegments(replyBody),
      status: 'queued',
      automated: true,
      kind: AFTER_HOURS_KIND,
      fromNumber: location.phoneNumber,
      toNumber: patient.phone,
      providerSid: null,
      idempotencyKey,
      errorCode: null,
      errorMessage: null,
      sentByStaffId: null,
      createdAt: now,
      updatedAt: now,
    });
    conversation.lastMessageAt = now;
    conversation.lastMessagePreview = preview(reply.body);
    await tx.flush();
    await publishEvent(tx, { type: 'message.created', messageId: reply.id, conversationId: conversation.id, locationId: location.id });
    return { outcome: 'sent' as const, location, patient };
  });
  if (decision.outcome !== 'sent') return decision.outcome;
  const reserved = await deps.em().findOneOrFail(Message, { idempotencyKey });
  await sendOutboundMessage(deps, {
    idempotencyKey,
    locationId: decision.location.id,
    patientId: decision.patient.id,
    body: reserved.body,
    kind: AFTER_HOURS_KIND,
    automated: true,
  });
  return 'sent';
}
