import { randomUUID } from 'node:crypto';
import { Conversation, Location, Message, Organization, Patient, type EntityManager, type IMessage } from '@beacon/db';
import { SmsSendError, type SmsSender } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { isOptedOut, latestConsent, optedOutWithin, withConsentGate } from './consent.query.js';
import { DEFAULT_MARKETING_HOURS, describeHours, withinMarketingHours } from './marketing-hours.util.js';
import { applyEarlyDeliveryStatuses } from './delivery-status.service.js';
import { findOrCreateConversation, preview } from './conversation.repository.js';

export interface OutboundRequest {
  /** Same key → same message: a retry after a crash or timeout never texts the patient twice. */
  idempotencyKey: string;
  locationId: string;
  patientId: string;
  body: string;
  kind: string;
  automated: boolean;
  sentByStaffId?: string;
  /**
   * The one text allowed after an opt-out: its confirmation, within 5 minutes of the opt-out
   * (FCC 24-24). Anything else to an opted-out number is blocked.
   */
  optOutConfirmation?: boolean;
  /** Public URLs the provider fetches the pictures of an MMS from. */
  mediaUrls?: string[];
  /**
   * A promotion (bulk promotion, template marked marketing): needs the patient's marketing opt-in
   * and goes out only inside the organisation's marketing hours in the patient's time zone.
   * `kind: 'marketing'` means the same.
   */
  marketing?: boolean;
}

const OPT_OUT_CONFIRMATION_WINDOW_MS = 5 * 60_000;

export interface OutboundResult {
  messageId: string;
  status: IMessage['status'];
  /** True when this call did not send because an earlier attempt already had. */
  duplicate: boolean;
}

export interface OutboundDeps {
  em: () => EntityManager;
  sender: SmsSender;
  statusCallbackUrl?: string;
}

const FINAL_OR_ACCEPTED = new Set<IMessage['status']>(['sent', 'delivered', 'undelivered', 'failed', 'blocked']);

/**
 * The durable send path used by workflows, staff and auto-responders: record the message, check
 * consent at the moment of sending, hand it to the provider once, record the outcome.
 * A retryable provider error is rethrown so the caller (a Temporal activity) retries with the same key.
 */
export async function sendOutboundMessage(deps: OutboundDeps, request: OutboundRequest): Promise<OutboundResult> {
  const em = deps.em();
  const prepared = await em.transactional(async (tx) => {
    const existing = await tx.findOne(Message, { idempotencyKey: request.idempotencyKey });
    if (existing && FINAL_OR_ACCEPTED.has(existing.status)) return { message: existing, duplicate: true, fresh: false };

    const patient = await tx.findOneOrFail(Patient, request.patientId);
    const location = await tx.findOneOrFail(Location, request.locationId);
    const conversation = await findOrCreateConversation(tx, { organizationId: location.organizationId, locationId: location.id, patientId: patient.id });
    const blockedBecause = await consentBlock(tx, request, { organizationId: location.organizationId, phone: patient.phone, timeZone: location.timeZone });
    const now = new Date();
    const message =
      existing ??
      tx.create(Message, {
        id: randomUUID(),
        conversationId: conversation.id,
        direction: 'outbound',
        body: request.body,
        status: 'sending',
        automated: request.automated,
        kind: request.kind,
        fromNumber: location.phoneNumber,
        toNumber: patient.phone,
        idempotencyKey: request.idempotencyKey,
        sentByStaffId: request.sentByStaffId ?? null,
        providerSid: null,
        errorCode: null,
        errorMessage: null,
        createdAt: now,
        updatedAt: now,
      });
    if (blockedBecause && !existing) {
      message.status = 'blocked';
      message.errorMessage = blockedBecause;
    }
    if (!existing) {
      conversation.lastMessageAt = now;
      conversation.lastMessagePreview = preview(request.body);
    }
    await tx.flush();
    await publishEvent(tx, { type: existing ? 'message.updated' : 'message.created', messageId: message.id, conversationId: conversation.id, locationId: location.id });
    return { message, duplicate: false, fresh: !existing, locationId: location.id, organizationId: location.organizationId, timeZone: location.timeZone };
  });

  const { message } = prepared;
  if (prepared.duplicate || message.status === 'blocked') {
    return { messageId: message.id, status: message.status, duplicate: prepared.duplicate };
  }

  const sms = {
    from: message.fromNumber,
    to: message.toNumber,
    body: message.body,
    idempotencyKey: request.idempotencyKey,
    ...(request.mediaUrls?.length ? { mediaUrls: request.mediaUrls } : {}),
    ...(deps.statusCallbackUrl ? { statusCallbackUrl: deps.statusCallbackUrl } : {}),
  };
  // A previous attempt may have reached the provider and crashed before recording it.
  const accepted = prepared.fresh ? null : await deps.sender.findAccepted(sms, new Date(message.createdAt.getTime() - 60_000));
  let outcome: { status: IMessage['status']; providerSid: string | null; errorCode: string | null; errorMessage: string | null };
  if (accepted) {
    outcome = { status: 'sent', providerSid: accepted.providerSid, errorCode: null, errorMessage: null };
  } else {
    // Consent is checked again at the moment of handing over, under the number's consent gate: an
    // opt-out recorded meanwhile blocks this text; one being recorded waits until it has gone.
    const gated = await withConsentGate(deps.em(), prepared.organizationId!, message.toNumber, async (tx) => {
      const blocked = await consentBlock(tx, request, { organizationId: prepared.organizationId!, phone: message.toNumber, timeZone: prepared.timeZone! });
      if (blocked) return { status: 'blocked' as const, providerSid: null, errorCode: null, errorMessage: blocked };
      try {
        const sent = await deps.sender.send(sms);
        return { status: 'sent' as const, providerSid: sent.providerSid, errorCode: null, errorMessage: null };
      } catch (error) {
        if (!(error instanceof SmsSendError) || error.retryable) throw error;
        return { status: 'failed' as const, providerSid: null, errorCode: error.code, errorMessage: error.message };
      }
    });
    outcome = gated;
  }

  await deps.em().transactional(async (tx) => {
    const row = await tx.findOneOrFail(Message, message.id);
    // A delivery callback may already have moved it further; never move a status backwards.
    if (row.status === 'sending' || row.status === 'queued' || outcome.status === 'blocked') row.status = outcome.status;
    row.providerSid = row.providerSid ?? outcome.providerSid;
    row.errorCode = outcome.errorCode;
    row.errorMessage = outcome.errorMessage;
    await tx.flush();
    await applyEarlyDeliveryStatuses(tx, row);
    const conversation = await tx.findOneOrFail(Conversation, row.conversationId);
    await publishEvent(tx, { type: 'message.updated', messageId: row.id, conversationId: row.conversationId, locationId: conversation.locationId });
  });
  return { messageId: message.id, status: outcome.status, duplicate: false };
}

/**
 * Why this text may not go out now (a sentence for staff), or null when it may: a transactional
 * opt-out blocks everything except the one confirmation within 5 minutes of it; marketing also
 * needs a marketing opt-in and the organisation's marketing hours in the patient's time zone.
 */
async function consentBlock(
  tx: EntityManager,
  request: OutboundRequest,
  to: { organizationId: string; phone: string; timeZone: string },
): Promise<string | null> {
  if (await isOptedOut(tx, to.organizationId, to.phone)) {
    const confirmationAllowed = request.optOutConfirmation === true && (await optedOutWithin(tx, to.organizationId, to.phone, OPT_OUT_CONFIRMATION_WINDOW_MS));
    return confirmationAllowed ? null : 'Not sent: the patient has opted out of text messages.';
  }
  if (request.marketing === true || request.kind === 'marketing') {
    if (!(await hasMarketingConsent(tx, to.organizationId, to.phone))) return 'Not sent: the patient has not agreed to receive promotional texts.';
    const organization = await tx.findOne(Organization, to.organizationId);
    const hours = organization?.marketingHours ?? DEFAULT_MARKETING_HOURS;
    if (!withinMarketingHours(new Date(), to.timeZone, hours)) return `Not sent: promotional texts go out only ${describeHours(hours)} in the patient's time zone.`;
  }
  return null;
}

async function hasMarketingConsent(tx: EntityManager, organizationId: string, phone: string): Promise<boolean> {
  return (await latestConsent(tx, organizationId, phone, 'marketing'))?.action === 'opt_in';
}
