import { z } from 'zod';
import { TEMPLATE_KINDS_OF_USE } from './vocabulary.js';
import { MAX_TEMPLATE_SOURCE_LENGTH, parseMessageTemplate, templateErrorMessage } from '@beacon/templates';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';

const source = z
  .string()
  .trim()
  .min(1, 'cannot be empty')
  .max(MAX_TEMPLATE_SOURCE_LENGTH, `must be at most ${MAX_TEMPLATE_SOURCE_LENGTH} characters`)
  .superRefine((v, ctx) => {
    try {
      parseMessageTemplate(v);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `can't be read: ${templateErrorMessage(error)}` });
    }
    if (/\{%-?\s*(include|render|layout)\b/.test(v)) ctx.addIssue({ code: 'custom', message: 'cannot include other templates' });
  });

export const QUICK_REPLY_CATEGORIES = ['Scheduling', 'Pricing', 'Directions', 'Aftercare', 'Policies', 'General'] as const;

export const quickReplySchema = z.strictObject({
  /** null = shared across the organisation. */
  locationId: z.uuid({ error: 'must be a location id (UUID) or null' }).nullable(),
  category: z.string().trim().min(1, 'is required').max(60),
  shortcut: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be letters, digits or dashes (e.g. "hours"), up to 40'),
  title: z.string().trim().min(1, 'is required').max(120),
  body: source,
  /** Marketing: sent only to patients who agreed to promotions, inside the marketing hours. */
  kind: z.enum(TEMPLATE_KINDS_OF_USE, { error: 'must be transactional or marketing' }).default('transactional'),
});
export type QuickReplyInput = z.output<typeof quickReplySchema>;

export const quickReplyListQuery = z.object({ locationId: z.uuid({ error: 'must be a location id (UUID)' }) });
export const analyticsQuery = z.object({
  locationId: z.uuid({ error: 'must be a location id (UUID)' }),
  weeks: z.coerce.number().int().min(1).max(52).default(8),
});

export const renderSchema = z.union([z.strictObject({ quickReplyId: z.uuid() }), z.strictObject({ templateId: z.uuid() })], { error: 'must name a quickReplyId or a templateId' });
export type RenderInput = z.output<typeof renderSchema>;

export const templateSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(120),
  category: z.string().trim().min(1, 'is required').max(60),
  kind: z.enum(TEMPLATE_KINDS_OF_USE, { error: 'must be transactional or marketing' }),
  body: source,
});
export type TemplateInput = z.output<typeof templateSchema>;

export const templateListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(60).optional(),
  favorites: z.enum(['true', 'false']).optional(),
});
export type TemplateListQuery = z.output<typeof templateListQuery>;

// ---- Responses

export const quickReplyView = z.object({
  id: z.uuid(),
  locationId: z.uuid().nullable(),
  category: z.string(),
  shortcut: z.string(),
  title: z.string(),
  body: z.string(),
  kind: z.enum(TEMPLATE_KINDS_OF_USE),
  updatedAt: instant,
});
export type QuickReplyView = z.output<typeof quickReplyView>;

export const templateView = z.object({ id: z.uuid(), name: z.string(), category: z.string(), kind: z.enum(TEMPLATE_KINDS_OF_USE), body: z.string(), builtIn: z.boolean(), favorite: z.boolean() });
export type TemplateView = z.output<typeof templateView>;

export const quickReplyAnalytics = z.object({
  locationId: z.uuid(),
  top: z.array(z.object({ id: z.uuid(), title: z.string(), shortcut: z.string(), uses: z.number().int() })),
  weekly: z.array(z.object({ weekStart: z.string(), uses: z.number().int() })),
});
export type QuickReplyAnalytics = z.output<typeof quickReplyAnalytics>;

export const templateAnalytics = z.object({
  templateId: z.uuid(),
  /** Handed to the carrier (not blocked by an opt-out, not failed). */
  sent: z.number().int(),
  delivered: z.number().int(),
  /** The patient wrote back within 24 hours of the send. */
  repliedWithin24h: z.number().int(),
  /** An appointment was created for the patient within 7 days of the send. */
  convertedWithin7d: z.number().int(),
});
export type TemplateAnalytics = z.output<typeof templateAnalytics>;

/** A quick reply or template filled from a thread; variables without a value stay as `{{name}}` and are listed in `missing`. */
export const filledText = z.union([
  z.object({ quickReplyId: z.uuid(), text: z.string(), missing: z.array(z.string()) }),
  z.object({ templateId: z.uuid(), kind: z.enum(TEMPLATE_KINDS_OF_USE), text: z.string(), missing: z.array(z.string()) }),
]);
export type FilledText = z.output<typeof filledText>;

export const favoriteView = z.object({ favorite: z.boolean() });

const conversationParams = z.object({ conversationId: z.uuid() });

export const templatesEndpoints = [
  endpoint({ method: 'GET', path: '/api/quick-replies', tag: 'quick replies', auth: 'session', permissions: ['canSendMessages'], query: quickReplyListQuery, summary: "A location's quick replies and the organisation-wide ones", responses: { 200: { description: 'Quick replies', schema: z.array(quickReplyView) } }, errors: { 403: ['LOCATION_FORBIDDEN'] } }),
  endpoint({ method: 'GET', path: '/api/quick-replies/analytics', tag: 'quick replies', auth: 'session', query: analyticsQuery, summary: 'Most used quick replies and uses per week', responses: { 200: { description: 'Usage', schema: quickReplyAnalytics } }, errors: { 403: ['LOCATION_FORBIDDEN'] } }),
  endpoint({ method: 'POST', path: '/api/quick-replies', tag: 'quick replies', auth: 'session', permissions: ['manageTemplates'], body: quickReplySchema, summary: 'Add a quick reply', responses: { 201: { description: 'Created', schema: quickReplyView } }, errors: { 400: ['OPT_OUT_LANGUAGE_REQUIRED'], 403: ['LOCATION_FORBIDDEN'], 409: ['SHORTCUT_TAKEN'] } }),
  endpoint({ method: 'PUT', path: '/api/quick-replies/:id', tag: 'quick replies', auth: 'session', permissions: ['manageTemplates'], params: idParams, body: quickReplySchema, summary: 'Replace a quick reply', responses: { 200: { description: 'The quick reply now', schema: quickReplyView } }, errors: { 400: ['OPT_OUT_LANGUAGE_REQUIRED'], 404: ['QUICK_REPLY_NOT_FOUND'], 409: ['SHORTCUT_TAKEN'] } }),
  endpoint({ method: 'DELETE', path: '/api/quick-replies/:id', tag: 'quick replies', auth: 'session', permissions: ['manageTemplates'], params: idParams, summary: 'Archive a quick reply', responses: { 204: { description: 'Archived' } }, errors: { 404: ['QUICK_REPLY_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/conversations/:conversationId/render', tag: 'inbox', auth: 'session', permissions: ['canSendMessages'], params: conversationParams, body: renderSchema, summary: 'Fill a quick reply or template from the conversation (sending is POST /api/conversations/:id/messages)', responses: { 200: { description: 'The filled text', schema: filledText } }, errors: { 404: ['CONVERSATION_NOT_FOUND', 'QUICK_REPLY_NOT_FOUND', 'TEMPLATE_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/templates', tag: 'templates', auth: 'session', query: templateListQuery, summary: 'The template library: starters and your own, favourites first', responses: { 200: { description: 'Templates', schema: z.array(templateView) } } }),
  endpoint({ method: 'POST', path: '/api/templates', tag: 'templates', auth: 'session', permissions: ['manageTemplates'], body: templateSchema, summary: 'Add a template', responses: { 201: { description: 'Created', schema: templateView } }, errors: { 400: ['OPT_OUT_LANGUAGE_REQUIRED'] } }),
  endpoint({ method: 'PUT', path: '/api/templates/:id', tag: 'templates', auth: 'session', permissions: ['manageTemplates'], params: idParams, body: templateSchema, summary: 'Replace a template', responses: { 200: { description: 'The template now', schema: templateView } }, errors: { 400: ['OPT_OUT_LANGUAGE_REQUIRED'], 404: ['TEMPLATE_NOT_FOUND'] } }),
  endpoint({ method: 'DELETE', path: '/api/templates/:id', tag: 'templates', auth: 'session', permissions: ['manageTemplates'], params: idParams, summary: 'Archive a template', responses: { 204: { description: 'Archived' } }, errors: { 404: ['TEMPLATE_NOT_FOUND'] } }),
  endpoint({ method: 'PUT', path: '/api/templates/:id/favorite', tag: 'templates', auth: 'session', params: idParams, summary: 'Star a template for yourself', responses: { 200: { description: 'Starred', schema: favoriteView } }, errors: { 404: ['TEMPLATE_NOT_FOUND'] } }),
  endpoint({ method: 'DELETE', path: '/api/templates/:id/favorite', tag: 'templates', auth: 'session', params: idParams, summary: 'Unstar a template', responses: { 200: { description: 'Unstarred', schema: favoriteView } }, errors: { 404: ['TEMPLATE_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/templates/:id/analytics', tag: 'templates', auth: 'session', params: idParams, summary: 'How texts sent from a template did', responses: { 200: { description: 'Counts', schema: templateAnalytics } }, errors: { 404: ['TEMPLATE_NOT_FOUND'] } }),
] as const;
