import { HttpException, HttpStatus } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';

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

/**
 * Runs a write whose unique constraint two requests can race for, and answers the loser with
 * `conflict()` (a 409 a person can act on) instead of a 500; any other error passes through.
 */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, conflict: () => ApiError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict();
    throw error;
  }
}
