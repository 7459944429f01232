import type { IConversation, IMessage, IPatient } from '@beacon/db';
import { maskPhone, maskPhoneNumbersIn } from '@beacon/messaging';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import type { ConversationSummary, MessageView } from '@beacon/contracts';

/** Phone numbers leave the API in full only for staff allowed to see contact details. */
export function presentPhone(staff: Pick<AuthenticatedStaff, 'permissions'>, phone: string): string {
  return staff.permissions.seeContactDetails ? phone : maskPhone(phone);
}

/** Free text that may quote a number (provider errors, alerts, API errors): masked for staff without contact rights. */
export function presentFreeText<T extends string | null | undefined>(staff: Pick<AuthenticatedStaff, 'permissions'>, text: T): T {
  return (staff.permissions.seeContactDetails || text === null || text === undefined ? text : maskPhoneNumbersIn(text)) as T;
}

export function presentMessage(staff: Pick<AuthenticatedStaff, 'permissions'>, m: IMessage, media: { id: string; contentType: string }[] = []): MessageView {
  return {
    id: m.id,
    conversationId: m.conversationId,
    direction: m.direction,
    body: m.body,
    status: m.status,
    automated: m.automated,
    kind: m.kind,
    /** Outbound: the bulk send it belongs to; inbound: the bulk send it replies to (the thread shows "Reply to bulk send"). */
    bulkSendId: m.bulkSendId ?? null,
    errorCode: m.errorCode ?? null,
    errorMessage: presentFreeText(staff, m.errorMessage ?? null),
    /** Pictures (MMS), served decrypted to staff who may see the thread. */
    media: media.map((x) => ({ id: x.id, contentType: x.contentType, url: `/api/media/${x.id}` })),
    createdAt: m.createdAt.toISOString(),
  };
}

export function presentConversation(
  staff: Pick<AuthenticatedStaff, 'permissions'>,
  c: IConversation,
  patient: IPatient,
  unread: boolean,
  assignee: { id: string; name: string } | null = null,
): ConversationSummary {
  return {
    id: c.id,
    locationId: c.locationId,
    status: c.status,
    starred: c.starred,
    assignedTo: assignee,
    patient: { id: patient.id, firstName: patient.firstName, lastName: patient.lastName, phone: presentPhone(staff, patient.phone) },
    lastMessageAt: c.lastMessageAt.toISOString(),
    lastMessagePreview: c.lastMessagePreview,
    unread,
  };
}

export type ConversationView = ConversationSummary;
export type { MessageView };
