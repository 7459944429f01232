import { HttpStatus, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError } from './api-error.js';

/** Validates a request part against a zod schema; 400 names each bad field. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly what = 'Request body',
  ) {}

  transform(value: unknown): z.output<S> {
    // PostgreSQL text cannot hold U+0000: refuse it here rather than fail in the database (a 500).
    const withNul = pathOfNul(value);
    if (withNul !== null) {
      const detail = `${withNul || '(body)'}: must not contain the NUL character (\\u0000)`;
      throw new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${this.what} is invalid: ${detail}`, [detail]);
    }
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const details = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`);
    throw new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${this.what} is invalid: ${details.join('; ')}`, details);
  }
}

/** The path of the first string (value or key) holding U+0000, '' for the root, or null when there is none. */
function pathOfNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return here;
    const found = pathOfNul(item, here);
    if (found !== null) return found;
  }
  return null;
}
