import { HttpException } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe.js';

function refusal(pipe: ZodValidationPipe<z.ZodType>, value: unknown): unknown {
  try {
    pipe.transform(value);
  } catch (error) {
    return (error as HttpException).getResponse();
  }
  throw new Error('accepted');
}

describe('ZodValidationPipe', () => {
  const pipe = new ZodValidationPipe(z.object({ q: z.string().optional(), tags: z.array(z.string()).optional() }).passthrough(), 'Query');

  it('refuses U+0000 anywhere (PostgreSQL text cannot hold it: it used to be a 500)', () => {
    expect(refusal(pipe, { q: 'a\u0000b' })).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'Query is invalid: q: must not contain the NUL character (\\u0000)', details: ['q: must not contain the NUL character (\\u0000)'] });
    expect(refusal(pipe, { tags: ['ok', '\u0000'] })).toMatchObject({ statusCode: 400, details: ['tags.1: must not contain the NUL character (\\u0000)'] });
    expect(refusal(pipe, { ['x\u0000']: 'y' })).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('passes other text through to the schema', () => {
    expect(pipe.transform({ q: 'Ýé ✨\r\n', tags: [] })).toEqual({ q: 'Ýé ✨\r\n', tags: [] });
  });
});
