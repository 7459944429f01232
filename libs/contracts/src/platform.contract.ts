import { z } from 'zod';
import { bookingEventSchema } from './booking.contract.js';
import { endpoint } from './endpoint.js';
import { PROVIDER_STATUSES } from './vocabulary.js';

// Health, the signed integrations (booking system, Twilio) and the documentation itself.

export const healthView = z.object({ status: z.enum(['ok', 'degraded']), checks: z.object({ database: z.enum(['ok', 'down']), temporal: z.enum(['ok', 'down']) }) });
export type HealthView = z.output<typeof healthView>;

export const bookingEventStored = z.object({ appointmentId: z.uuid(), workflowId: z.string(), replay: z.boolean() });
/** A signed `{"type": "integration.test"}` event: key and signature are good, nothing changed. */
export const bookingTestEventAccepted = z.object({ test: z.literal(true), integration: z.string(), receivedAt: z.iso.datetime() });
export const bookingEventAccepted = z.union([bookingEventStored, bookingTestEventAccepted]);
export type BookingEventAccepted = z.output<typeof bookingEventAccepted>;
/** The test event ("send test event", the curl example): checks key and signature, changes nothing. */
export const bookingTestEvent = z.looseObject({ type: z.literal('integration.test') });


const twilioSid = z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message SID');

/** Twilio's inbound-message form (MediaUrl0…MediaUrlN beside NumMedia). */
export const twilioInboundForm = z
  .looseObject({
    MessageSid: twilioSid,
    From: z.string().min(1),
    To: z.string().min(1),
    Body: z.string().max(1600).default(''),
    NumMedia: z.coerce.number().int().min(0).max(10).default(0),
  })
  .transform((b) => ({
    ...b,
    mediaUrls: Array.from({ length: b.NumMedia }, (_, i) => (b as Record<string, unknown>)[`MediaUrl${i}`]).filter((u): u is string => typeof u === 'string'),
  }));

/** Twilio's status-callback form. */
export const twilioStatusForm = z.looseObject({
  MessageSid: twilioSid,
  MessageStatus: z.enum(PROVIDER_STATUSES),
  ErrorCode: z.string().optional(),
  ErrorMessage: z.string().optional(),
});

const docs = (path: string, contentType: string) =>
  endpoint({ method: 'GET', path, tag: 'docs', auth: 'public', summary: 'API documentation (generated from these contracts)', responses: { 200: { description: 'Documentation', contentType } } });

export const platformEndpoints = [
  endpoint({ method: 'GET', path: '/api/health', tag: 'health', auth: 'public', summary: 'PostgreSQL and Temporal answer (503 naming what is down otherwise)', responses: { 200: { description: 'Healthy', schema: healthView }, 503: { description: 'Degraded', schema: healthView } } }),
  endpoint({
    method: 'POST', path: '/api/integrations/booking/events', tag: 'booking integration', auth: 'booking-hmac', body: z.union([bookingEventSchema, bookingTestEvent]),
    summary: 'Report an appointment change from a booking system',
    description:
      'Sign every request: X-Beacon-Signature = hex HMAC-SHA256 of "<X-Beacon-Timestamp>.<raw body>" with the integration secret. Requests older than 5 minutes are refused. Replaying an eventId is safe: it is acknowledged again without acting twice. A signed `{"type": "integration.test"}` event checks the key and signature and changes nothing (answer `{ test: true }`). Answers 202 once the event, the appointment and its hand-off to the appointment workflow are committed.',
    responses: { 202: { description: 'Stored durably', schema: bookingEventAccepted } },
    errors: { 401: ['MISSING_API_KEY', 'UNKNOWN_API_KEY', 'BAD_SIGNATURE'], 422: ['UNKNOWN_LOCATION'] },
  }),
  endpoint({ method: 'POST', path: '/api/webhooks/twilio/sms', tag: 'twilio webhooks', auth: 'twilio-signature', body: twilioInboundForm, bodyType: 'application/x-www-form-urlencoded', summary: 'An inbound text (answered once it is committed)', responses: { 200: { description: 'Empty TwiML', contentType: 'text/xml' } }, errors: { 403: ['INVALID_TWILIO_SIGNATURE'], 404: ['UNKNOWN_LOCATION_NUMBER'] } }),
  endpoint({ method: 'POST', path: '/api/webhooks/twilio/status', tag: 'twilio webhooks', auth: 'twilio-signature', body: twilioStatusForm, bodyType: 'application/x-www-form-urlencoded', summary: 'A delivery-status callback', responses: { 204: { description: 'Applied' } }, errors: { 403: ['INVALID_TWILIO_SIGNATURE'] } }),
  docs('/api/docs', 'text/html'),
  docs('/api/docs/openapi.json', 'application/json'),
  docs('/api/docs-yaml', 'text/yaml'),
] as const;
