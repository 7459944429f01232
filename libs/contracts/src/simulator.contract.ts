import { z } from 'zod';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { toE164 } from './phone-number.util.js';

const phone = z.string().transform((v, ctx) => {
  const e164 = toE164(v);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'must be a valid phone number' });
    return z.NEVER;
  }
  return e164;
});

/** POST /api/simulator/inbound: a patient's reply, sent as Twilio would send it. */
export const simulatorInboundBody = z.strictObject({
  from: phone,
  to: phone,
  body: z.string().trim().max(1600).default(''),
  mediaIds: z.array(z.uuid({ error: 'must be an uploaded picture id' })).max(5).default([]),
});
export type SimulatorInboundBody = z.input<typeof simulatorInboundBody>;

export const simulatorMessage = z.object({
  id: z.uuid(),
  direction: z.enum(['to_patient', 'from_patient']),
  body: z.string(),
  /** Pictures of an MMS (links the simulated phone can open). */
  mediaUrls: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  createdAt: instant,
});
export type SimulatorMessage = z.output<typeof simulatorMessage>;

export const simulatorThread = z.object({ phone: z.string(), patientName: z.string().nullable(), lastAt: instant, messages: z.array(simulatorMessage) });
export type SimulatorThread = z.output<typeof simulatorThread>;

export const simulatorInboundResult = z.object({ messageSid: z.string() });
export const simulatorUpload = z.object({ id: z.uuid(), url: z.string() });

const needs = ['viewAllConversations', 'seeContactDetails'] as const;
export const simulatorEndpoints = [
  endpoint({ method: 'GET', path: '/api/simulator/threads', tag: 'sms simulator', auth: 'session', permissions: needs, summary: 'Every simulated phone and the texts it got and sent', responses: { 200: { description: 'Threads, latest first', schema: z.array(simulatorThread) } }, errors: { 404: ['SIMULATOR_DISABLED'] } }),
  endpoint({ method: 'POST', path: '/api/simulator/inbound', tag: 'sms simulator', auth: 'session', permissions: needs, body: simulatorInboundBody, summary: "Reply as a patient (a signed form POST to the inbound webhook, as Twilio sends it)", responses: { 202: { description: 'Delivered to the webhook', schema: simulatorInboundResult } }, errors: { 400: ['EMPTY_MESSAGE'], 404: ['SIMULATOR_DISABLED'], 422: ['UNKNOWN_CLINIC_NUMBER', 'PICTURE_NOT_AVAILABLE'], 502: ['SIMULATOR_DELIVERY_FAILED'] } }),
  endpoint({
    method: 'POST', path: '/api/simulator/media', tag: 'sms simulator', auth: 'session', permissions: needs, bodyType: 'multipart/form-data',
    body: z.object({ file: z.string().meta({ format: 'binary', description: 'A JPEG, PNG or GIF picture' }) }),
    summary: 'A picture the simulated patient will send', responses: { 201: { description: 'Stored', schema: simulatorUpload } },
    errors: { 400: ['NO_PICTURE'], 404: ['SIMULATOR_DISABLED'], 413: ['PICTURE_TOO_LARGE'], 415: ['PICTURE_TYPE_NOT_ALLOWED'] },
  }),
  endpoint({ method: 'GET', path: '/api/simulator/media/:id', tag: 'sms simulator', auth: 'public', params: idParams, summary: "A simulated patient's picture (public, like the provider's media links)", responses: { 200: { description: 'The picture', contentType: 'image/*' } }, errors: { 404: ['MEDIA_NOT_FOUND', 'SIMULATOR_DISABLED'] } }),
] as const;
