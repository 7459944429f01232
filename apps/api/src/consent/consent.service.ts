import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ConsentEvent, Location, Message, Patient, Staff, type ConsentKind, type IConsentEvent, type MikroORM } from '@beacon/db';
import { CONSENT_METHOD_LABELS, decidePossibleOptOut, latestConsent, optOutSentence, pendingOptOutReview } from '@beacon/inbox';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { InboxService } from '../inbox/inbox.service.js';
import type { OptOutDecisionInput, ReconsentInput } from '@beacon/contracts';
import type { ConsentState, ConsentView } from '@beacon/contracts';
import type { OptOutDecisionView } from '@beacon/contracts';

export type ConsentStateView = ConsentState;

export type { ConsentView };

/** The patient's consent as staff see it on a thread, and recorded re-consent. */
@Injectable()
export class ConsentService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly inbox: InboxService,
    private readonly audit: AuditService,
  ) {}

  async consent(staff: AuthenticatedStaff, conversationId: string, options: { audit?: boolean } = {}): Promise<ConsentView> {
    const conversation = await this.inbox.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const [patient, location] = await Promise.all([em.findOneOrFail(Patient, conversation.patientId), em.findOneOrFail(Location, conversation.locationId)]);
    const [transactional, marketing] = await Promise.all([
      this.state(latestConsent(em, conversation.organizationId, patient.phone, 'transactional')),
      this.state(latestConsent(em, conversation.organizationId, patient.phone, 'marketing')),
    ]);
    const optedOut = transactional.status === 'opted_out';
    const view: ConsentView = {
      transactional,
      marketing,
      canText: !optedOut,
      blockedReason: optedOut && transactional.since ? optOutSentence({ createdAt: new Date(transactional.since), method: transactional.method ?? '' }, location.timeZone) : null,
      possibleOptOut: optedOut ? null : await pendingOptOutReview(em, conversation.id),
    };
    if (options.audit !== false) await this.audit.recordStaffAction(staff, 'contact.view', { patientId: conversation.patientId, target: { type: 'consent', id: conversation.id } });
    return view;
  }

  /** Staff record that the patient agreed again (e.g. in person): a new ledger entry, never an edit. */
  async reconsent(staff: AuthenticatedStaff, conversationId: string, input: ReconsentInput): Promise<ConsentView> {
    if (!staff.permissions.canSendMessages) throw new ApiError(HttpStatus.FORBIDDEN, 'SEND_FORBIDDEN', "You need the 'send messages' permission to record a patient's consent.");
    const conversation = await this.inbox.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const patient = await em.findOneOrFail(Patient, conversation.patientId);
    const event = em.create(ConsentEvent, {
      id: randomUUID(),
      organizationId: conversation.organizationId,
      patientId: patient.id,
      phone: patient.phone,
      kind: input.kind as ConsentKind,
      action: 'opt_in',
      method: 'verbal_staff',
      messageId: null,
      staffId: staff.id,
      reason: input.reason,
      createdAt: new Date(),
    });
    await em.flush();
    await this.audit.recordStaffAction(staff, 'consent.update', {
      patientId: patient.id,
      target: { type: 'consent_event', id: event.id },
      details: { kind: input.kind, action: 'opt_in', method: 'verbal_staff' },
    });
    return this.consent(staff, conversationId, { audit: false });
  }

  /**
   * Staff decide a possible opt-out (see decidePossibleOptOut): recorded in the ledger with who and
   * when, the alert resolved, audited. The first decision wins; a second gets 409.
   */
  async decidePossibleOptOut(staff: AuthenticatedStaff, conversationId: string, input: OptOutDecisionInput): Promise<OptOutDecisionView> {
    const conversation = await this.inbox.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const patient = await em.findOneOrFail(Patient, conversation.patientId);
    const decision = await em.transactional((tx) =>
      decidePossibleOptOut(tx, {
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        locationId: conversation.locationId,
        patientId: patient.id,
        phone: patient.phone,
        messageId: input.messageId,
        staffId: staff.id,
        decision: input.decision,
      }),
    );
    await this.audit.recordStaffAction(staff, 'consent.update', {
      patientId: patient.id,
      target: { type: 'message', id: input.messageId },
      details: { possibleOptOut: input.decision, method: 'staff_decision', consentEvents: decision.consentEventIds.length },
    });
    return { ...(await this.consent(staff, conversationId, { audit: false })), decision };
  }

  private async state(pending: Promise<IConsentEvent | null>): Promise<ConsentStateView> {
    const event = await pending;
    if (!event) return { status: 'unknown', since: null, method: null, methodLabel: null, message: null, staff: null, reason: null };
    const em = this.orm.em.fork();
    const [message, staff] = await Promise.all([event.messageId ? em.findOne(Message, event.messageId) : null, event.staffId ? em.findOne(Staff, event.staffId) : null]);
    return {
      status: event.action === 'opt_out' ? 'opted_out' : 'opted_in',
      since: event.createdAt.toISOString(),
      method: event.method,
      methodLabel: CONSENT_METHOD_LABELS[event.method] ?? event.method,
      message: message ? { id: message.id, body: message.body, createdAt: message.createdAt.toISOString() } : null,
      staff: staff ? { id: staff.id, name: staff.name } : null,
      reason: event.method === 'verbal_staff' ? event.reason ?? null : null,
    };
  }

}
