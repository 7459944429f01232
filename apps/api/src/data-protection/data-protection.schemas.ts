import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:00');

export const dataProtectionSettingsInput = z
  .strictObject({
    retentionYears: z.number().int('must be a whole number of years').min(1, 'must be at least 1 year').max(30, 'must be at most 30 years').optional(),
    marketingHours: z.strictObject({ start: hhmm, end: hhmm }).optional(),
  })
  .refine((v) => !v.marketingHours || v.marketingHours.start < v.marketingHours.end, { message: 'marketingHours: the start must be before the end', path: ['marketingHours'] });
export type DataProtectionSettingsInput = z.output<typeof dataProtectionSettingsInput>;
