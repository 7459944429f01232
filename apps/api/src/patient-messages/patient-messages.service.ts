import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { detectIdentifiers, IDENTIFIER_LABELS } from '@beacon/compliance';
import { ConsentEvent, Conversation, Message, Patient, Staff, type ConsentKind, type IConsentEvent, type MikroORM } from '@beacon/db';
import { latestConsent, sendOutboundMessage } from '@beacon/inbox';
import type { SmsSender } from '@beacon/messaging';
import { AuditService } from '../audit/audit.service.js';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM, SMS_SENDER } from '../core/tokens.js';
import type { AppConfig } from '@beacon/config';
import { presentMessage, type MessageView } from '../inbox/inbox.presenter.js';
import type { ReconsentInput, SendMessageInput } from './patient-messages.schemas.js';

export const CONSENT_METHOD_LABELS: Record<string, string> = {
  keyword: 'texted a stop/start keyword',
  plain_language: 'asked in their own words',
  web_form: 'web form',
  verbal_staff: 'told staff (recorded re-consent)',
  import: 'imported record',
  carrier_error_21610: 'carrier reported the number as unsubscribed (error 21610)',
  booking: 'gave their number when booking',
};

export interface ConsentStateView {
  status: 'opted_in' | 'opted_out' | 'unknown';
  since: string | null;
  method: string | null;
  methodLabel: string | null;
  /** The patient's text that caused it, when there was one. */
  message: { id: string; body: string; createdAt: string } | null;
  staff: { id: string; name: string } | null;
  reason: string | null;
}

export interface ConsentView {
  transactional: ConsentStateView;
  marketing: ConsentStateView;
  /** Can staff text this patient now? */
  canText: boolean;
  /** Why not, in a sentence for the composer. */
  blockedReason: string | null;
}

/** Staff texting a patient from a thread, and the patient's consent as staff see it. */
@Injectable()
export class PatientMessagesService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async send(staff: AuthenticatedStaff, conversationId: string, input: SendMessageInput): Promise<MessageView> {
    if (!staff.permissions.canSendMessages) throw new ApiError(HttpStatus.FORBIDDEN, 'SEND_FORBIDDEN', "You need the 'send messages' permission to text patients.");
    const conversation = await this.accessible(staff, conversationId);
    const consent = await this.consent(staff, conversationId, { audit: false });
    if (!consent.canText) throw new ApiError(HttpStatus.CONFLICT, 'PATIENT_OPTED_OUT', consent.blockedReason ?? 'This patient has opted out of texts.');

    const found = detectIdentifiers(input.body);
    if (found.length && !input.allowIdentifiers) {
      const labels = [...new Set(found.map((f) => `"${input.body.slice(f.start, f.end).replace(/\d(?=[\d -]{4})/g, '•')}" ${IDENTIFIER_LABELS[f.kind]}`))];
      throw new ApiError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'IDENTIFIER_DETECTED',
        `This message ${labels.length === 1 ? 'contains something that' : 'contains things that'} should not be sent by text: ${labels.join('; ')}. Remove it, or choose "Send anyway" if the patient needs it.`,
        found.map((f) => f.kind),
      );
    }
    if (found.length) {
      await this.audit.recordStaffAction(staff, 'message.phi_override', {
        patientId: conversation.patientId,
        target: { type: 'conversation', id: conversation.id },
        details: { kinds: [...new Set(found.map((f) => f.kind))] },
      });
    }

    const em = () => this.orm.em.fork();
    const result = await sendOutboundMessage(
      { em, sender: this.sender, statusCallbackUrl: `${this.config.PUBLIC_BASE_URL}/api/webhooks/twilio/status` },
      {
        idempotencyKey: `staff:${staff.id}:${input.clientMessageId ?? randomUUID()}`,
        locationId: conversation.locationId,
        patientId: conversation.patientId,
        body: input.body,
        kind: 'manual',
        automated: false,
        sentByStaffId: staff.id,
      },
    );
    const message = await em().findOneOrFail(Message, result.messageId);
    await this.audit.recordStaffAction(staff, 'message.send', {
      outcome: result.status === 'blocked' || result.status === 'failed' ? 'failure' : 'success',
      patientId: conversation.patientId,
      target: { type: 'message', id: message.id },
      details: { status: result.status, identifiersOverridden: found.length > 0 },
    });
    return presentMessage(staff, message);
  }

  async consent(staff: AuthenticatedStaff, conversationId: string, options: { audit?: boolean } = {}): Promise<ConsentView> {
    const conversation = await this.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const patient = await em.findOneOrFail(Patient, conversation.patientId);
    const [transactional, marketing] = await Promise.all([
      this.state(latestConsent(em, conversation.organizationId, patient.phone, 'transactional')),
      this.state(latestConsent(em, conversation.organizationId, patient.phone, 'marketing')),
    ]);
    const optedOut = transactional.status === 'opted_out';
    const view: ConsentView = {
      transactional,
      marketing,
      canText: !optedOut,
      blockedReason: optedOut
        ? `This patient opted out of texts${transactional.since ? ` on ${new Date(transactional.since).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' })}` : ''} (${transactional.methodLabel ?? 'opt-out'}). Texts can't be sent until the patient agrees again — record their re-consent first.`
        : null,
    };
    if (options.audit !== false) await this.audit.recordStaffAction(staff, 'contact.view', { patientId: conversation.patientId, target: { type: 'consent', id: conversation.id } });
    return view;
  }

  /** Staff record that the patient agreed again (e.g. in person): a new ledger entry, never an edit. */
  async reconsent(staff: AuthenticatedStaff, conversationId: string, input: ReconsentInput): Promise<ConsentView> {
    if (!staff.permissions.canSendMessages) throw new ApiError(HttpStatus.FORBIDDEN, 'SEND_FORBIDDEN', "You need the 'send messages' permission to record a patient's consent.");
    const conversation = await this.accessible(staff, conversationId);
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

  private async accessible(staff: AuthenticatedStaff, conversationId: string) {
    const conversation = await this.orm.em.fork().findOne(Conversation, { id: conversationId, organizationId: staff.organizationId });
    if (!conversation) throw new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');
    assertLocationAccess(staff, conversation.locationId);
    return conversation;
  }
}
