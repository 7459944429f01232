import { z } from 'zod';
import { MAX_TEMPLATE_LENGTH, TEMPLATE_KINDS } from './vocabulary.js';
import { toE164 } from './phone-number.util.js';
import { locationParams } from './notifications.contract.js';
import type { SmsSegmentCount } from './sms-segments.util.js';
import { endpoint } from './endpoint.js';
import { MESSAGE_STATUSES } from './vocabulary.js';

const kind = z.enum(TEMPLATE_KINDS, { error: `must be one of ${TEMPLATE_KINDS.join(', ')}` });
const template = z.string({ error: 'must be text' }).max(MAX_TEMPLATE_LENGTH, `must be at most ${MAX_TEMPLATE_LENGTH} characters`);

/** "" and null both mean "no rebooking link". */
const rebookingUrl = z
  .union([
    z.literal(''),
    z.null(),
    z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be a web address such as https://example.com/book' })
      .max(300, 'must be at most 300 characters'),
  ])
  .transform((v) => v || null);

/**
 * PUT /locations/:id/messaging-settings — the whole document; a field left out takes its default.
 * Only the shape is checked here; what the values mean (offsets, hours, templates) is checked by the
 * service so that one 400 lists every problem.
 */
export const messagingSettingsInput = z.strictObject({
  reminders: z.array(z.string().max(40), { error: 'must be a list of reminder offsets' }).max(40).optional(),
  sendingHours: z.strictObject({ start: z.string().max(10), end: z.string().max(10) }, { error: 'must be { start: "HH:MM", end: "HH:MM" }' }).optional(),
  sameDayMorningTime: z.string().max(10).optional(),
  confirmationRequest: z.boolean({ error: 'must be true or false' }).optional(),
  bookingConfirmation: z.strictObject({ online: z.boolean({ error: 'must be true or false' }), staff: z.boolean({ error: 'must be true or false' }) }).optional(),
  cancellationConfirmation: z.boolean({ error: 'must be true or false' }).optional(),
  rebookingUrl: rebookingUrl.optional(),
  /** Per kind: the location's text, or null for the default. */
  templates: z.record(z.string().max(60), template.nullable()).optional(),
  // Read-only parts of the GET answer, accepted and ignored so that GET → edit → PUT works as is.
  locationId: z.unknown().optional(),
  locationName: z.unknown().optional(),
  timeZone: z.unknown().optional(),
  customTemplates: z.unknown().optional(),
  confirmationTiming: z.unknown().optional(),
  defaults: z.unknown().optional(),
  problems: z.unknown().optional(),
});
export type MessagingSettingsInput = z.output<typeof messagingSettingsInput>;

/** POST …/preview: a template (the saved one when absent) rendered with the sample appointment. */
export const previewInput = z.strictObject({
  kind,
  template: template.optional(),
  /** The rebooking link to preview with (e.g. an unsaved one from the form); the saved one when absent. */
  rebookingUrl: rebookingUrl.optional(),
});
export type PreviewInput = z.output<typeof previewInput>;

const phone = z.string({ error: 'must be a phone number' }).transform((v, ctx) => {
  const e164 = toE164(v);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'must be a valid phone number, e.g. +15125550123' });
    return z.NEVER;
  }
  return e164;
});

/**
 * POST …/test-send: the saved text for `kind`, with the sample appointment, to one phone.
 * `clientMessageId` (chosen by the console per click) makes a retried request send once.
 */
export const testSendInput = z.strictObject({ kind, toPhone: phone, clientMessageId: z.uuid({ error: 'must be a UUID chosen by the client' }).optional() });
export type TestSendInput = z.output<typeof testSendInput>;

// ---- Responses

/** How many SMS segments a text takes (countSmsSegments). */
export const smsSegmentCount = z.object({
  encoding: z.enum(['GSM-7', 'UCS-2']),
  segments: z.number().int(),
  units: z.number().int(),
  perSegment: z.number().int(),
  nonGsmCharacters: z.array(z.string()),
}) satisfies z.ZodType<SmsSegmentCount>;

const kindRecord = (value: z.ZodType<string>) => z.object(Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, value])) as Record<(typeof TEMPLATE_KINDS)[number], z.ZodType<string>>);

export const messagingSettingsView = z.object({
  locationId: z.uuid(),
  locationName: z.string(),
  timeZone: z.string(),
  reminders: z.array(z.string()),
  sendingHours: z.object({ start: z.string(), end: z.string() }),
  sameDayMorningTime: z.string(),
  confirmationRequest: z.boolean(),
  /** Fixed for now: request 48 h before, follow-up 24 h before, high-risk flag 12 h before. */
  confirmationTiming: z.object({ requestHours: z.number(), followUpHours: z.number(), highRiskHours: z.number() }),
  bookingConfirmation: z.object({ online: z.boolean(), staff: z.boolean() }),
  cancellationConfirmation: z.boolean(),
  rebookingUrl: z.string().nullable(),
  /** The text used for every kind (the location's own or the default). */
  templates: kindRecord(z.string()),
  /** The kinds with the location's own text. */
  customTemplates: z.array(kind),
  /** The default text of every kind. */
  defaults: kindRecord(z.string()),
  /** Problems with the stored schedule (the default schedule is then in use); normally empty. */
  problems: z.array(z.string()),
});
export type MessagingSettingsView = z.output<typeof messagingSettingsView>;

export const templatePreview = z.object({
  kind,
  /** The text with the sample appointment; null when the template cannot be rendered. */
  text: z.string().nullable(),
  characters: z.number().int(),
  maxCharacters: z.number().int(),
  segments: smsSegmentCount.nullable(),
  /** Why the template would not be saved as it is; empty when it is fine. */
  problems: z.array(z.string()),
});
export type TemplatePreview = z.output<typeof templatePreview>;

export const testSendResult = z.object({
  /** False while the provider could not be reached: the outbound workflow keeps retrying. */
  sent: z.boolean(),
  status: z.enum(MESSAGE_STATUSES),
  messageId: z.uuid(),
  conversationId: z.uuid(),
  to: z.string(),
  body: z.string(),
});
export type TestSendResult = z.output<typeof testSendResult>;

export const messagingSettingsEndpoints = [
  endpoint({ method: 'GET', path: '/api/locations/:locationId/messaging-settings', tag: 'messaging settings', auth: 'session', params: locationParams, summary: "A location's reminder schedule, sending hours, toggles and templates",
    description: 'The settings in effect, defaults filled in; `templates` holds the text of every message kind, `customTemplates` names the kinds that differ from the default and `defaults` holds the default texts.',
    responses: { 200: { description: 'The settings', schema: messagingSettingsView } }, errors: { 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'PUT', path: '/api/locations/:locationId/messaging-settings', tag: 'messaging settings', auth: 'session', permissions: ['manageSettings'], params: locationParams, body: messagingSettingsInput, summary: 'Replace them (one 400 lists every problem)',
    description:
      "Needs manageSettings (and manageTemplates to change a text). A field left out takes its default; a template set to null or to the default text uses the default. Templates are Liquid with {{firstName}}, {{appointmentTime}}, {{locationName}}, {{locationPhone}} and {{rebookingUrl}}; they must render within 480 characters with a sample appointment, never ask patients to reply CANCEL (an opt-out keyword), and the confirmation request and follow-up must ask for C and R. The read-only fields of the GET answer may be sent back and are ignored. A 400 lists every problem in `details`, and nothing is saved.",
    responses: { 200: { description: 'The settings now', schema: messagingSettingsView } }, errors: { 400: ['INVALID_MESSAGING_SETTINGS'], 403: ['MANAGE_SETTINGS_REQUIRED', 'MANAGE_TEMPLATES_REQUIRED'], 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/locations/:locationId/messaging-settings/preview', tag: 'messaging settings', auth: 'session', params: locationParams, body: previewInput, summary: 'A template rendered with the sample appointment, with its length in SMS segments',
    description: 'Renders `template` (or the saved text for `kind`) for Jordan, next Tuesday at 3:30 PM local time, and counts its SMS segments (GSM-7: 160 per text, 153 per part; UCS-2: 70/67). `problems` lists what would stop the template from being saved; `text` is null when it cannot be rendered.',
    responses: { 200: { description: 'The preview', schema: templatePreview } }, errors: { 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/locations/:locationId/messaging-settings/test-send', tag: 'messaging settings', auth: 'session', permissions: ['manageSettings'], params: locationParams, body: testSendInput, summary: 'Send the saved text of one kind, with the sample appointment, to one phone',
    description: "Sent from the location's number through the one durable send path, like a staff reply: stored as a message (kind `settings_test`) with an idempotency key (`clientMessageId`), handed to the provider under the consent gate, retried by its outbound workflow, audited. A number that has opted out gets nothing (409).",
    responses: { 200: { description: 'What was sent', schema: testSendResult } }, errors: { 404: ['LOCATION_NOT_FOUND'], 409: ['RECIPIENT_OPTED_OUT'], 422: ['TEST_SEND_REFUSED'] } }),
] as const;
