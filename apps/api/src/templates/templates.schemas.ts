import { z } from 'zod';
import { TEMPLATE_KINDS_OF_USE } from '@beacon/db';
import { MAX_TEMPLATE_SOURCE_LENGTH, parseMessageTemplate, templateErrorMessage } from '@beacon/templates';

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
