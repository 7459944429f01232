import { HttpException, HttpStatus } from '@nestjs/common';

/** The error body every endpoint returns: a status, a sentence a person can act on, a stable code. */
export interface ApiErrorBody {
  statusCode: number;
  message: string;
  code: string;
  details?: string[];
  correlationId?: string;
}

export class ApiError extends HttpException {
  constructor(status: HttpStatus, code: string, message: string, details?: string[]) {
    super({ statusCode: status, code, message, ...(details ? { details } : {}) } satisfies ApiErrorBody, status);
  }
}
