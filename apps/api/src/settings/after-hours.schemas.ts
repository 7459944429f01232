import { z } from 'zod';

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
