import { randomUUID } from 'node:crypto';
import { Catch, HttpException, HttpStatus, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppointmentError, AppointmentErrorCode } from '@beacon/appointments';
import { InboxError, InboxErrorCode } from '@beacon/inbox';
import { BulkError, BulkErrorCode } from '@beacon/bulk';
import type { Logger } from '@beacon/logging';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { LOGGER } from '../core/tokens.js';
import { presentFreeText } from '../inbox/inbox.presenter.js';
import type { ApiErrorBody } from './api-error.js';
import { PlanError } from '@beacon/plans';

function inboxStatus(code: InboxErrorCode): HttpStatus {
  switch (code) {
    case InboxErrorCode.UnknownLocationNumber:
    case InboxErrorCode.ConversationNotFound:
    case InboxErrorCode.OptOutReviewNotFound:
      return HttpStatus.NOT_FOUND;
    case InboxErrorCode.OptOutReviewDecided:
      return HttpStatus.CONFLICT;
    case InboxErrorCode.InvalidPhoneNumber:
      return HttpStatus.UNPROCESSABLE_ENTITY;
  }
}

function appointmentStatus(code: AppointmentErrorCode): HttpStatus {
  switch (code) {
    case AppointmentErrorCode.UnknownLocation:
      return HttpStatus.UNPROCESSABLE_ENTITY;
  }
}

function bulkStatus(code: BulkErrorCode): HttpStatus {
  switch (code) {
    case BulkErrorCode.NotFound:
    case BulkErrorCode.LocationNotFound:
      return HttpStatus.NOT_FOUND;
    case BulkErrorCode.InvalidTemplate:
    case BulkErrorCode.InvalidCriteria:
      return HttpStatus.BAD_REQUEST;
    case BulkErrorCode.NoRecipients:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case BulkErrorCode.InvalidTransition:
    case BulkErrorCode.RequestIdConflict:
    case BulkErrorCode.AllowanceExceeded:
      return HttpStatus.CONFLICT;
  }
}

/** Maps domain errors to HTTP; anything unexpected becomes a 500 with a reference id and nothing internal. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    let body = this.toBody(exception, req);
    // Errors can quote a patient's number (invalid number, provider refusals): never in full to staff without contact rights.
    const staff = (req as Request & { staff?: Pick<AuthenticatedStaff, 'permissions'> }).staff;
    // (Not a 500: its text is ours and quotes only the reference id, which must reach support intact.)
    if (staff && body.statusCode !== 500) body = { ...body, message: presentFreeText(staff, body.message), ...(body.details ? { details: body.details.map((d) => presentFreeText(staff, d)) } : {}) };
    if (res.headersSent) return;
    if (body.statusCode === 503) res.setHeader('Retry-After', '5');
    // An error is always the JSON error body, even from a route that answers a file on success
    // (res.json keeps a content type set earlier, e.g. text/csv by @Header on the audit export).
    res.removeHeader('Content-Disposition');
    res.status(body.statusCode).type('application/json').json(body);
  }

  private toBody(exception: unknown, req: Request): ApiErrorBody {
    if (exception instanceof PlanError) return { statusCode: HttpStatus.FORBIDDEN, code: exception.code, message: exception.message };
    if (exception instanceof InboxError) return { statusCode: inboxStatus(exception.code), code: exception.code, message: exception.message };
    if (exception instanceof BulkError) return { statusCode: bulkStatus(exception.code), code: exception.code, message: exception.message };
    if (exception instanceof AppointmentError) return { statusCode: appointmentStatus(exception.code), code: exception.code, message: exception.message };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'code' in response) return response as ApiErrorBody;
      const raw = typeof response === 'string' ? response : (response as { message?: string | string[] }).message;
      const message = Array.isArray(raw) ? raw.join('; ') : (raw ?? exception.message);
      return { statusCode: status, code: HttpStatus[status] ?? 'ERROR', message: this.friendly(status, message, req) };
    }
    if (isPoolTimeout(exception)) {
      // Nothing was written (the request never got a connection): safe for the caller to retry.
      this.logger.warn({ method: req.method, path: req.path }, 'database pool busy; answered 503');
      return { statusCode: 503, code: 'BUSY', message: 'We are receiving a lot of requests right now and nothing was saved. Please retry in a few seconds.' };
    }
    const correlationId = randomUUID();
    this.logger.error({ err: exception, correlationId, method: req.method, path: req.path }, 'unhandled error');
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${correlationId}.`, correlationId };
  }

  private friendly(status: number, message: string, req: Request): string {
    if (status === 404 && message.startsWith('Cannot ')) return `There is no ${req.method} ${req.path} endpoint.`;
    if (status === 400 && /JSON/i.test(message)) return `Request body is not valid JSON: ${message}`;
    if (status === 413) return 'Request body is too large.';
    return message;
  }
}

/** No pooled connection became free in time (pg-pool's acquisition timeout): overload, not a bug. */
function isPoolTimeout(exception: unknown): boolean {
  return exception instanceof Error && /timeout exceeded when trying to connect/.test(exception.message);
}
