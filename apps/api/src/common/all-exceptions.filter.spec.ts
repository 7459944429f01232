import type { ArgumentsHost } from '@nestjs/common';
import type { Logger } from '@beacon/logging';
import { AllExceptionsFilter } from './all-exceptions.filter.js';

/** Runs the filter on `exception` for a request by staff without contact rights; returns what it answered. */
function answer(exception: unknown, preset: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...preset };
  const res = {
    headersSent: false,
    statusCode: 0,
    body: undefined as unknown,
    setHeader: (k: string, v: string) => void (headers[k.toLowerCase()] = v),
    removeHeader: (k: string) => void delete headers[k.toLowerCase()],
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    type(t: string) {
      headers['content-type'] = t;
      return this;
    },
    json(b: unknown) {
      this.body = b;
      return this;
    },
  };
  const req = { method: 'GET', path: '/api/templates', staff: { permissions: { seeContactDetails: false } } };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) } as unknown as ArgumentsHost;
  const logger = { error: () => undefined, warn: () => undefined } as unknown as Logger;
  new AllExceptionsFilter(logger).catch(exception, host);
  return { status: res.statusCode, body: res.body as { message: string; correlationId?: string }, headers };
}

describe('AllExceptionsFilter', () => {
  it('quotes the 500 reference intact to staff without contact rights (its digits were masked as a phone number)', () => {
    for (let i = 0; i < 20; i++) {
      const { status, body } = answer(new Error('boom'));
      expect(status).toBe(500);
      expect(body.message).toContain(body.correlationId);
    }
  });

  it('answers an error as JSON even where the route set a file type and name', () => {
    const { headers } = answer(new Error('boom'), { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="audit-trail.csv"' });
    expect(headers).toEqual({ 'content-type': 'application/json' });
  });
});
