import { z } from 'zod';
import { toE164 } from './phone-number.util.js';

/** A US/Canadian phone number in any common format, validated and normalised to E.164 (libphonenumber-js). */
export function e164PhoneSchema(message = 'must be a valid US or Canadian phone number, e.g. (512) 555-0100') {
  return z
    .string({ error: `is required: ${message.replace(/^must be /, '')}` })
    .trim()
    .transform((value, ctx) => {
      const e164 = toE164(value);
      if (!e164) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return e164;
    });
}
