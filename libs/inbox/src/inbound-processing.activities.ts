import { randomUUID } from 'node:crypto';
import { Appointment, ConsentEvent, Conversation, Location, Message, Patient, StaffAlert, type EntityManager } from '@beacon/db';
import { classifyAppointmentReply, isBareCancel, matchConsentKeyword } from '@beacon/compliance';
import { formatPhone } from '@beacon/messaging';
import type { InboundActivities, InboundAutoReply, InboundInterpretation } from '@beacon/workflows/inbound/definitions.js';
import { sendAfterHoursReply } from './after-hours-reply.js';
import { receiveInboundMedia, type InboundMediaDeps } from './message-media.js';
import { sendOutboundMessage, type OutboundDeps } from './outbound-message.service.js';

/** Outbound kinds after which a bare "C", "R" or "yes" answers our question. */
const ASKING_KINDS = new Set(['confirmation_request', 'confirmation_follow_up', 'reminder']);

function autoReplyText(kind: InboundAutoReply, location: { name: string; phoneNumber: string }): string {
  const phone = formatPhone(location.phoneNumber);
  switch (kind) {
    case 'opt_out_confirmation':
      return `${location.name}: you're unsubscribed and will receive no more texts from us. Reply START to resubscribe.`;
    case 'opt_in_confirmation':
      return `${location.name}: you're subscribed again to appointment texts. Reply HELP for help, STOP to opt out.`;
    case 'help':
      return `${location.name}: appointment reminders and messages. Need help? Call ${phone}. Msg frequency varies. Msg & data rates may apply. Reply STOP to opt out.`;
  }
}

export function createInboundActivities(deps: OutboundDeps, media?: InboundMediaDeps): InboundActivities {
  return {
    async interpretInboundMessage({ messageId }): Promise<InboundInterpretation> {
      return deps.em().transactional(async (tx: EntityManager) => {
        const message = await tx.findOneOrFail(Message, messageId);
        const conversation = await tx.findOneOrFail(Conversation, message.conversationId);
        const keyword = matchConsentKeyword(message.body);

        if (keyword === 'opt_out' || keyword === 'opt_in') {
          // Idempotent per message: a retried activity finds its own ledger rows.
          const recorded = await tx.count(ConsentEvent, { messageId });
          if (!recorded) {
            for (const kind of ['transactional', 'marketing'] as const) {
              tx.create(ConsentEvent, {
                id: randomUUID(),
                organizationId: conversation.organizationId,
                patientId: conversation.patientId,
                phone: message.fromNumber,
                kind,
                action: keyword,
                method: 'keyword',
                messageId,
                staffId: null,
                reason: `Patient texted "${message.body.trim().slice(0, 40)}"`,
                createdAt: new Date(),
              });
            }
          }
          if (keyword === 'opt_out' && isBareCancel(message.body)) {
            await tx
              .createQueryBuilder(StaffAlert)
              .insert({
                id: randomUUID(),
                organizationId: conversation.organizationId,
                locationId: conversation.locationId,
                appointmentId: null,
                patientId: conversation.patientId,
                kind: 'opted_out',
                message: 'The patient texted CANCEL and has been opted out of texts. They may have meant their appointment — please call them.',
                dedupeKey: `inbound-${messageId}:bare-cancel`,
                acknowledgedAt: null,
                acknowledgedBy: null,
                createdAt: new Date(),
              })
              .onConflict('dedupeKey')
              .ignore()
              .execute();
          }
          await tx.flush();
          return { keyword, reply: null };
        }
        if (keyword === 'help') return { keyword, reply: null };

        const appointment = await tx.findOne(
          Appointment,
          { patientId: conversation.patientId, locationId: conversation.locationId, status: 'booked', startsAt: { $gt: new Date(Date.now() - 2 * 3_600_000) } },
          { orderBy: { startsAt: 'asc' } },
        );
        if (!appointment) return { keyword: null, reply: null };
        const lastOutbound = await tx.findOne(
          Message,
          { conversationId: conversation.id, direction: 'outbound', createdAt: { $lt: message.createdAt } },
          { orderBy: { createdAt: 'desc' } },
        );
        const intent = classifyAppointmentReply(message.body, { replyToConfirmation: !!lastOutbound && ASKING_KINDS.has(lastOutbound.kind) });
        return { keyword: null, reply: intent ? { appointmentId: appointment.id, intent } : null };
      });
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
      await sendOutboundMessage(deps, {
        idempotencyKey: `inbound-${messageId}:${kind}`,
        locationId: location.id,
        patientId: patient.id,
        body: autoReplyText(kind, location),
        kind,
        automated: true,
        optOutConfirmation: kind === 'opt_out_confirmation',
      });
    },
  };
}
