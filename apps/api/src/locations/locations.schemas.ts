import { z } from 'zod';
import { isValidTimeZone } from '@beacon/scheduling';
import { e164PhoneSchema } from '@beacon/messaging';

const phone = e164PhoneSchema();
const timeZone = z.string({ error: 'is required' }).refine(isValidTimeZone, { message: 'must be a time zone like America/Chicago' });

/** POST /locations — a new clinic location (owners / staff who manage settings). */
export const createLocationBody = z.strictObject({
  name: z.string({ error: 'is required' }).trim().min(2, 'must be at least 2 characters').max(120, 'must be at most 120 characters'),
  timeZone,
  phoneNumber: phone,
  address: z.string().trim().max(500, 'must be at most 500 characters').default(''),
});
export type CreateLocationBody = z.output<typeof createLocationBody>;

/** PATCH /locations/:id — any of the same fields. */
export const updateLocationBody = createLocationBody.partial().refine((b) => Object.keys(b).length > 0, { message: 'change at least one of name, timeZone, phoneNumber, address' });
export type UpdateLocationBody = z.output<typeof updateLocationBody>;
