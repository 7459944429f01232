import { z } from 'zod';
import { appointmentRisk, idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { conversationSummary, patientNotesBody, patientVipBody } from './inbox.contract.js';

/** GET /api/conversations/:id/context — the panel beside a thread. */
export const conversationContext = z.object({
  conversationId: z.uuid(),
  locationId: z.uuid(),
  timeZone: z.string(),
  patient: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string(), phone: z.string(), notes: z.string(), canEditNotes: z.boolean() }),
  /** VIP: marked by staff, or lifetime spend at or above the location's threshold (cents; null = off). */
  vip: z.object({ vip: z.boolean(), marked: z.boolean(), thresholdCents: z.number().int().nullable(), canMark: z.boolean() }),
  nextAppointment: z
    .object({
      id: z.uuid(),
      startsAt: instant,
      startsAtLocal: z.string(),
      durationMinutes: z.number().int(),
      providerName: z.string(),
      serviceName: z.string(),
      status: z.string(),
      confirmationStatus: z.string(),
      risk: appointmentRisk,
    })
    .nullable(),
  lastVisit: z.object({ id: z.uuid(), startsAt: instant, startsAtLocal: z.string(), serviceName: z.string(), providerName: z.string() }).nullable(),
  visitCount: z.number().int(),
  servicesUsed: z.array(z.string()),
  lifetimeSpendCents: z.number().int(),
});
export type ConversationContext = z.output<typeof conversationContext>;

export const conversationWithContext = z.object({ conversation: conversationSummary, context: conversationContext });
export type ConversationWithContext = z.output<typeof conversationWithContext>;

export const conversationContextEndpoints = [
  endpoint({ method: 'GET', path: '/api/conversations/:id/context', tag: 'inbox', auth: 'session', params: idParams, summary: 'Context panel: next appointment (with risk), last visit, visit count, services, lifetime spend, notes', responses: { 200: { description: 'The context', schema: conversationContext } }, errors: { 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'PUT', path: '/api/conversations/:id/patient-notes', tag: 'inbox', auth: 'session', permissions: ['canSendMessages'], params: idParams, body: patientNotesBody, summary: "Replace the patient's notes", responses: { 200: { description: 'The context now', schema: conversationContext } }, errors: { 403: ['NOTES_FORBIDDEN'], 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'PUT', path: '/api/conversations/:id/patient-vip', tag: 'inbox', auth: 'session', permissions: ['canSendMessages'], params: idParams, body: patientVipBody, summary: "Mark or unmark the thread's patient as VIP (a text from a VIP alerts staff)", responses: { 200: { description: 'The context now', schema: conversationContext } }, errors: { 403: ['VIP_FORBIDDEN'], 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/appointments/:id/conversation', tag: 'appointments', auth: 'session', params: idParams, summary: "Message from calendar: the patient's conversation for this appointment (created if needed) with its context", responses: { 200: { description: 'The conversation and its context', schema: conversationWithContext } }, errors: { 404: ['APPOINTMENT_NOT_FOUND'] } }),
] as const;
