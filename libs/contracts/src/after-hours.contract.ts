import { z } from 'zod';
import { locationParams } from './notifications.contract.js';
import { endpoint } from './endpoint.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written HH:MM (24-hour), e.g. 09:00' });
const span = z.object({ open: time, close: time }).strict();
const day = z.array(span).max(4, { error: 'at most 4 opening spans per day' });

export const afterHoursInput = z
  .object({
    businessHours: z.object({ '0': day, '1': day, '2': day, '3': day, '4': day, '5': day, '6': day }).strict(),
    enabled: z.boolean({ error: 'must be true or false' }),
    message: z.string().trim().max(600, { error: 'must be at most 600 characters' }),
    emergencyContact: z.string().trim().max(200, { error: 'must be at most 200 characters' }).default(''),
    closures: z
      .array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }), name: z.string().trim().max(80).default('') }).strict())
      .max(100, { error: 'at most 100 closure days' })
      .default([]),
  })
  .strict()
  .refine((v) => !v.enabled || v.message.length > 0, { error: 'Write the message patients receive before turning the after-hours reply on.', path: ['message'] });
export type AfterHoursInput = z.output<typeof afterHoursInput>;

export const afterHoursView = z.object({
  locationId: z.uuid(),
  timeZone: z.string(),
  businessHours: z.object({ '0': z.array(z.object({ open: z.string(), close: z.string() })), '1': z.array(z.object({ open: z.string(), close: z.string() })), '2': z.array(z.object({ open: z.string(), close: z.string() })), '3': z.array(z.object({ open: z.string(), close: z.string() })), '4': z.array(z.object({ open: z.string(), close: z.string() })), '5': z.array(z.object({ open: z.string(), close: z.string() })), '6': z.array(z.object({ open: z.string(), close: z.string() })) }),
  enabled: z.boolean(),
  message: z.string(),
  emergencyContact: z.string(),
  closures: z.array(z.object({ date: z.string(), name: z.string() })),
  /** Whether the location is open right now (in its own time zone). */
  openNow: z.boolean(),
  /** The full text a patient would receive. */
  preview: z.string(),
});
export type AfterHoursView = z.output<typeof afterHoursView>;

export const afterHoursEndpoints = [
  endpoint({ method: 'GET', path: '/api/locations/:locationId/after-hours', tag: 'messaging settings', auth: 'session', params: locationParams, summary: 'Business hours, closures and the after-hours auto-reply', responses: { 200: { description: 'The settings', schema: afterHoursView } }, errors: { 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'PUT', path: '/api/locations/:locationId/after-hours', tag: 'messaging settings', auth: 'session', permissions: ['manageSettings'], params: locationParams, body: afterHoursInput, summary: 'Replace them', responses: { 200: { description: 'The settings now', schema: afterHoursView } }, errors: { 400: ['INVALID_BUSINESS_HOURS'], 404: ['LOCATION_NOT_FOUND'] } }),
] as const;
