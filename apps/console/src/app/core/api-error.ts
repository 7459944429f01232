import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from './models';
import { browserIsOffline } from './network-status';

/** What staff read when they try to change something (a send above all) without a network. */
export const OFFLINE_REFUSAL = "You're offline, so nothing was sent or saved. Try again when you're back online.";

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value;
}

/**
 * Turns anything thrown by HttpClient into a sentence that can be shown to staff.
 * Prefers the API's own `message` (e.g. "Email or password is incorrect").
 */
export function apiErrorMessage(err: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (err instanceof HttpErrorResponse) {
    if (err.status === 0) {
      if (browserIsOffline()) return OFFLINE_REFUSAL;
      return "Can't reach Beacon right now. Check your connection and try again.";
    }
    const body: unknown = err.error;
    if (isApiErrorBody(body)) {
      const msg = Array.isArray(body.message) ? body.message.join(' ') : body.message;
      if (typeof msg === 'string' && msg.trim()) return msg;
    }
    if (typeof body === 'string' && body.trim() && body.length < 300 && !body.trimStart().startsWith('<')) {
      return body;
    }
    if (err.status === 401) return 'Your session has ended. Please sign in again.';
    if (err.status === 403) return "You don't have access to this.";
    if (err.status === 404) return "We couldn't find that.";
    if (err.status >= 500) return 'Beacon had a problem on its side. Please try again in a moment.';
  }
  return fallback;
}

export function httpStatus(err: unknown): number | null {
  return err instanceof HttpErrorResponse ? err.status : null;
}
