import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { Conversation, Location, Message, Organization, Patient, type EntityManager, type IMessage } from '@beacon/db';
import { billedSegments, SmsSendError, type SmsSender } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { enterConsentGate, isOptedOut, latestConsent, optedOutWithin } from './consent.query.js';
import { DEFAULT_MARKETING_HOURS, describeHours, withinMarketingHours } from './marketing-hours.util.js';
import { applyEarlyDeliveryStatuses, lockProviderSid, OPTED_OUT_ERROR, recordCarrierOptOut } from './delivery-status.service.js';
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
  /** The bulk send this text belongs to (replies to it are marked as answering that send). */
  bulkSendId?: string;
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
  /** See DEFAULT_HANDOVER_LEASE_MS; must exceed the sender's longest call. */
  handoverLeaseMs?: number;
  /** Told after a text at a location is handed to the carrier (usage alerts); must not throw. */
  textsRecorded?: (em: EntityManager, locationId: string) => Promise<void>;
}

const FINAL_OR_ACCEPTED = new Set<IMessage['status']>(['sent', 'delivered', 'undelivered', 'failed', 'blocked']);

/**
 * How long one attempt may be handing a text to the provider. Longer than any provider call can
 * last (the Twilio client's timeout is shorter), so once it has passed no earlier attempt can still
 * be in flight: a retry that finds an unexpired hand-over waits for it, then asks the provider.
 */
export const DEFAULT_HANDOVER_LEASE_MS = 30_000;

/**
 * The lease for a provider: longer than an attempt's provider calls can take (for Twilio up to three
 * bounded calls: two lookup pages and the send; the simulator is one insert that may wait up to 30 s
 * for a pooled connection), so once it has passed no earlier attempt can still be talking to it.
 */
export function handoverLeaseMs(config: { TWILIO_TIMEOUT_MS: number }, provider: string): number {
  return provider === 'twilio' ? 3 * config.TWILIO_TIMEOUT_MS + 5_000 : 35_000;
}

type Outcome = { status: IMessage['status']; providerSid: string | null; errorCode: string | null; errorMessage: string | null };

/**
 * The durable send path used by workflows, staff and auto-responders, in three short steps that
 * never hold a database connection across the provider call:
 * 1. one transaction records the message, checks consent under the number's consent gate and
 *    claims the hand-over (status `sending`, lease);
 * 2. the provider call, outside any transaction;
 * 3. one transaction records the outcome.
 * A retryable provider error is rethrown so the caller (a Temporal activity) retries with the same
 * key; the retry asks the provider whether the earlier attempt got through before sending again.
 */
export async function sendOutboundMessage(deps: OutboundDeps, request: OutboundRequest): Promise<OutboundResult> {
  const leaseMs = deps.handoverLeaseMs ?? DEFAULT_HANDOVER_LEASE_MS;
  const claim = await claimHandover(deps, request, leaseMs);
  if (claim.kind === 'done') return claim.result;
  if (claim.kind === 'wait') {
    // Another attempt may still be talking to the provider: look again shortly (it usually records
    // its outcome within moments), and ask the provider only once its lease has run out.
    await new Promise((resolve) => setTimeout(resolve, Math.min(claim.waitMs, 250)));
    return sendOutboundMessage(deps, request);
  }
  const { message } = claim;
  const sms = {
    from: message.fromNumber,
    to: message.toNumber,
    body: message.body,
    idempotencyKey: request.idempotencyKey,
    ...(request.mediaUrls?.length ? { mediaUrls: request.mediaUrls } : {}),
    ...(deps.statusCallbackUrl ? { statusCallbackUrl: deps.statusCallbackUrl } : {}),
  };
  let outcome: Outcome;
  try {
    // A previous attempt may have reached the provider and crashed before recording it.
    const accepted = claim.earlierAttempt ? await findEarlierAttempt(deps, message, sms) : null;
    if (accepted) {
      outcome = { status: 'sent', providerSid: accepted.providerSid, errorCode: null, errorMessage: null };
    } else {
      const sent = await deps.sender.send(sms);
      outcome = { status: 'sent', providerSid: sent.providerSid, errorCode: null, errorMessage: null };
    }
  } catch (error) {
    if (!(error instanceof SmsSendError) || error.retryable) {
      // A clear refusal ended the call, so the next attempt need not wait for the lease. After an
      // ambiguous one (timeout, dropped connection, 5xx, anything unexpected) the text may still be
      // arriving at the provider: the lease stays, and the retry asks the provider once it is over.
      if (error instanceof SmsSendError && !error.ambiguous) await deps.em().nativeUpdate(Message, { id: message.id, status: 'sending' }, { handoverUntil: new Date() });
      throw error;
    }
    outcome = { status: 'failed', providerSid: null, errorCode: error.code, errorMessage: error.message };
  }
  await recordOutcome(deps, message.id, outcome);
  if (outcome.status === 'sent') await deps.textsRecorded?.(deps.em(), request.locationId);
  return { messageId: message.id, status: outcome.status, duplicate: false };
}

/** What `settleAbandonedHandover` found: the text's status, and whether it was stopped by this call. */
export type SettledHandover = { messageId: string; status: IMessage['status']; stoppedNow: boolean } | { waitMs: number } | null;

/**
 * What became of a text whose attempt died during the hand-over, for a sender that will not try
 * again (a cancelled bulk send) — it never sends. Once the hand-over's lease has run out, so no
 * attempt can still be talking to the provider, asks the provider whether the text got through and
 * records `sent`, or records it as not sent (`blocked`, with `reason`). `waitMs` while the lease
 * runs; null when the text was never recorded; a text already settled is returned as it is.
 */
export async function settleAbandonedHandover(deps: OutboundDeps, idempotencyKey: string, reason: string): Promise<SettledHandover> {
  const message = await deps.em().findOne(Message, { idempotencyKey });
  if (!message) return null;
  if (message.status !== 'sending') return { messageId: message.id, status: message.status, stoppedNow: false };
  const leftMs = (message.handoverUntil?.getTime() ?? 0) - Date.now();
  if (leftMs > 0) return { waitMs: leftMs + 50 };
  const accepted = await findEarlierAttempt(deps, message, { from: message.fromNumber, to: message.toNumber, body: message.body, idempotencyKey });
  const outcome: Outcome = accepted
    ? { status: 'sent', providerSid: accepted.providerSid, errorCode: null, errorMessage: null }
    : { status: 'blocked', providerSid: null, errorCode: null, errorMessage: reason };
  await recordOutcome(deps, message.id, outcome);
  return { messageId: message.id, status: outcome.status, stoppedNow: !accepted };
}

/**
 * Asks the provider whether an earlier attempt of this message got through. Texts to the same
 * number already recorded with their own SID (e.g. an identical "Thanks!" sent earlier) are
 * excluded, so one message can never take another's SID.
 */
async function findEarlierAttempt(deps: OutboundDeps, message: IMessage, sms: Parameters<OutboundDeps['sender']['send']>[0]) {
  const since = new Date(message.createdAt.getTime() - 5_000);
  const others = await deps.em().find(Message, { toNumber: message.toNumber, direction: 'outbound', providerSid: { $ne: null }, createdAt: { $gte: new Date(since.getTime() - 60_000) }, id: { $ne: message.id } }, { fields: ['providerSid'] });
  return deps.sender.findAccepted(sms, since, { excludeSids: others.map((m) => m.providerSid).filter((sid): sid is string => !!sid) });
}

type Claim =
  | { kind: 'done'; result: OutboundResult }
  | { kind: 'wait'; waitMs: number }
  | { kind: 'send'; message: IMessage; earlierAttempt: boolean };

/**
 * Step 1: records the message (or finds it) and decides, under the number's consent gate (shared
 * with every consent_event insert, which takes it exclusively), whether it may go out now. An
 * opt-out committed before this check blocks the text; one being recorded waits for this short
 * transaction, and every check after its commit sees it.
 */
async function claimHandover(deps: OutboundDeps, request: OutboundRequest, leaseMs: number): Promise<Claim> {
  return deps.em().transactional(async (tx): Promise<Claim> => {
    // Locked: two attempts at one message (the outbound workflow and the API's immediate attempt, or
    // a retry beside a slow first try) claim it one after the other, never both.
    const existing = await tx.findOne(Message, { idempotencyKey: request.idempotencyKey }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (existing && FINAL_OR_ACCEPTED.has(existing.status)) return { kind: 'done', result: { messageId: existing.id, status: existing.status, duplicate: true } };
    const now = new Date();
    if (existing?.status === 'sending' && existing.handoverUntil && existing.handoverUntil > now) {
      return { kind: 'wait', waitMs: existing.handoverUntil.getTime() - now.getTime() + 50 };
    }

    const patient = await tx.findOneOrFail(Patient, request.patientId);
    const location = await tx.findOneOrFail(Location, request.locationId);
    const conversation = await findOrCreateConversation(tx, { organizationId: location.organizationId, locationId: location.id, patientId: patient.id });
    const earlierAttempt = existing?.status === 'sending';
    const message =
      existing ??
      tx.create(Message, {
        id: randomUUID(),
        conversationId: conversation.id,
        direction: 'outbound',
        body: request.body,
        segments: billedSegments(request.body),
        status: 'sending',
        automated: request.automated,
        kind: request.kind,
        fromNumber: location.phoneNumber,
        toNumber: patient.phone,
        idempotencyKey: request.idempotencyKey,
        sentByStaffId: request.sentByStaffId ?? null,
        bulkSendId: request.bulkSendId ?? null,
        providerSid: null,
        errorCode: null,
        errorMessage: null,
        createdAt: now,
        updatedAt: now,
      });
    if (!existing) {
      conversation.lastMessageAt = now;
      conversation.lastMessagePreview = preview(request.body);
      // Row locks (the thread) before the consent gate, in the same order as the inbound webhook,
      // which updates the thread and then records an opt-out: never a deadlock between the two.
      await tx.flush();
    }
    await enterConsentGate(tx, location.organizationId, message.toNumber);
    const blockedBecause = await consentBlock(tx, request, { organizationId: location.organizationId, phone: message.toNumber, timeZone: location.timeZone });
    // An attempt that may have reached the provider is never blocked afterwards: it is reconciled.
    if (blockedBecause && !earlierAttempt) {
      message.status = 'blocked';
      message.errorMessage = blockedBecause;
      message.handoverUntil = null;
    } else {
      message.status = 'sending';
      message.handoverUntil = new Date(now.getTime() + leaseMs);
    }
    await tx.flush();
    if (!existing || message.status === 'blocked') {
      await publishEvent(tx, { type: existing ? 'message.updated' : 'message.created', messageId: message.id, conversationId: conversation.id, locationId: location.id });
    }
    if (message.status === 'blocked') return { kind: 'done', result: { messageId: message.id, status: 'blocked', duplicate: false } };
    return { kind: 'send', message, earlierAttempt };
  });
}

/** Step 3: the provider's answer; a delivery callback may already have moved it further (never backwards). */
async function recordOutcome(deps: OutboundDeps, messageId: string, outcome: Outcome): Promise<void> {
  await deps.em().transactional(async (tx) => {
    // The SID's lock first, as a delivery callback takes it before the message row: no deadlock.
    if (outcome.providerSid) await lockProviderSid(tx, outcome.providerSid);
    const row = await tx.findOneOrFail(Message, messageId);
    if (row.status === 'sending' || row.status === 'queued') row.status = outcome.status;
    row.providerSid = row.providerSid ?? outcome.providerSid;
    row.errorCode = outcome.errorCode;
    row.errorMessage = outcome.errorMessage;
    row.handoverUntil = null;
    const conversation = await tx.findOneOrFail(Conversation, row.conversationId);
    if (outcome.errorCode === OPTED_OUT_ERROR) recordCarrierOptOut(tx, conversation, row);
    await tx.flush();
    await applyEarlyDeliveryStatuses(tx, row, conversation);
    await publishEvent(tx, { type: 'message.updated', messageId: row.id, conversationId: row.conversationId, locationId: conversation.locationId });
  });
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
  if (request.marketing === true || request.kind === MARKETING_KIND) return (await marketingBlock(tx, to))?.reason ?? null;
  return null;
}

/** The message kind of a promotion (bulk promotion, staff text written from a marketing template or quick reply). */
export const MARKETING_KIND = 'marketing';

/**
 * The marketing rule, in one place: why a promotional text may not go out to this number now (a
 * sentence for staff), or null when it may — it needs the patient's marketing opt-in and the
 * organisation's marketing hours in the patient's time zone. The send path checks it under the
 * consent gate at the moment of sending; the API asks it too when staff submit, to refuse at once.
 */
export async function marketingBlock(em: EntityManager, to: { organizationId: string; phone: string; timeZone: string }, at = new Date()): Promise<MarketingBlock | null> {
  if (!(await hasMarketingConsent(em, to.organizationId, to.phone))) return { code: 'no_marketing_consent', reason: 'Not sent: the patient has not agreed to receive promotional texts.', hours: null };
  const organization = await em.findOne(Organization, to.organizationId);
  const hours = organization?.marketingHours ?? DEFAULT_MARKETING_HOURS;
  if (!withinMarketingHours(at, to.timeZone, hours)) return { code: 'outside_marketing_hours', reason: `Not sent: promotional texts go out only ${describeHours(hours)} in the patient's time zone.`, hours: describeHours(hours) };
  return null;
}

export interface MarketingBlock {
  code: 'no_marketing_consent' | 'outside_marketing_hours';
  /** The sentence stored on a blocked message. */
  reason: string;
  /** The marketing hours as staff read them ("8:00 AM–8:00 PM"), when they are the reason. */
  hours: string | null;
}

async function hasMarketingConsent(tx: EntityManager, organizationId: string, phone: string): Promise<boolean> {
  return (await latestConsent(tx, organizationId, phone, 'marketing'))?.action === 'opt_in';
}
