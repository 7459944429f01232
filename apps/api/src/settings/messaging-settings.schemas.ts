import { z } from 'zod';
import { MAX_TEMPLATE_LENGTH, TEMPLATE_KINDS } from '@beacon/appointments';
import { toE164 } from '@beacon/messaging';

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
