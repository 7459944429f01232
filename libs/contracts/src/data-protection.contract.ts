import { z } from 'zod';
import { endpoint } from './endpoint.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:00');

export const dataProtectionSettingsInput = z
  .strictObject({
    retentionYears: z.number().int('must be a whole number of years').min(1, 'must be at least 1 year').max(30, 'must be at most 30 years').optional(),
    marketingHours: z.strictObject({ start: hhmm, end: hhmm }).optional(),
  })
  .refine((v) => !v.marketingHours || v.marketingHours.start < v.marketingHours.end, { message: 'marketingHours: the start must be before the end', path: ['marketingHours'] });
export type DataProtectionSettingsInput = z.output<typeof dataProtectionSettingsInput>;

export const dataProtectionSettingsView = z.object({ retentionYears: z.number().int(), marketingHours: z.object({ start: z.string(), end: z.string() }) });
export type DataProtectionSettingsView = z.output<typeof dataProtectionSettingsView>;

export const dataProtectionEndpoints = [
  endpoint({ method: 'GET', path: '/api/data-protection/settings', tag: 'data protection', auth: 'session', summary: 'How long messages are kept; when promotions may be sent (owners)', responses: { 200: { description: 'The settings', schema: dataProtectionSettingsView } }, errors: { 403: ['OWNER_ONLY'] } }),
  endpoint({ method: 'PUT', path: '/api/data-protection/settings', tag: 'data protection', auth: 'session', body: dataProtectionSettingsInput, summary: 'Change them (owners; audited)', responses: { 200: { description: 'The settings now', schema: dataProtectionSettingsView } }, errors: { 403: ['OWNER_ONLY'] } }),
] as const;
