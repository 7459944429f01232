import { HttpErrorResponse, HttpHeaders, HttpInterceptorFn, HttpRequest, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, of, switchMap, tap, throwError } from 'rxjs';
import { browserIsOffline } from '../network-status';
import { OfflineCache } from './offline-cache';

/**
 * Answers kept for offline reading: who is signed in, their locations, conversation lists, threads and
 * their context, and the owner's outcomes, usage and plan (the charts draw from the saved figures).
 */
const SESSION_URL = '/api/auth/me';
const READABLE_OFFLINE: RegExp[] = [
  /^\/api\/auth\/me$/,
  /^\/api\/locations$/,
  /^\/api\/conversations$/,
  /^\/api\/conversations\/counts$/,
  /^\/api\/conversations\/[^/]+$/,
  /^\/api\/conversations\/[^/]+\/(messages|context)$/,
  /^\/api\/(outcomes|usage|plan)$/,
];

/** Header on an answer that came from this device's saved copy, not from Beacon. */
const OFFLINE_COPY_HEADER = 'X-Beacon-Offline-Copy';

function readableOffline(req: HttpRequest<unknown>): boolean {
  return req.method === 'GET' && READABLE_OFFLINE.some((pattern) => pattern.test(req.url));
}

function offlineError(req: HttpRequest<unknown>): HttpErrorResponse {
  return new HttpErrorResponse({ status: 0, statusText: 'Offline', url: req.urlWithParams });
}

/**
 * Offline support for the API:
 * - GETs of conversations and threads are saved (encrypted, see OfflineCache) and answered from the
 *   saved copy when the network is gone;
 * - anything that would change something (a send, a note, a status) is refused at once while offline,
 *   without reaching the network, so nothing is half-sent; `apiErrorMessage` says why.
 */
export const offlineInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) return next(req);
  const cache = inject(OfflineCache);

  if (req.method === 'POST' && req.url === '/api/auth/login') {
    // Someone else may be signing in on this device: nothing saved for the previous person survives.
    // The answer is the same as GET /api/auth/me's, saved so a reload without a network still knows who this is.
    return from(cache.clear()).pipe(
      switchMap(() => next(req)),
      tap((event) => {
        if (event instanceof HttpResponse && event.ok) void cache.put(SESSION_URL, event.body, true);
      }),
    );
  }

  if (!readableOffline(req)) {
    return browserIsOffline() && req.method !== 'GET' ? throwError(() => offlineError(req)) : next(req);
  }

  const key = req.urlWithParams;
  const fromCopy = () =>
    from(cache.get<unknown>(key)).pipe(
      switchMap((body) =>
        body === undefined
          ? throwError(() => offlineError(req))
          : of(new HttpResponse({ status: 200, body, url: key, headers: new HttpHeaders({ [OFFLINE_COPY_HEADER]: '1' }) })),
      ),
    );

  if (browserIsOffline()) return fromCopy();
  return next(req).pipe(
    tap((event) => {
      if (event instanceof HttpResponse && event.ok) void cache.put(key, event.body, key === SESSION_URL);
    }),
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && err.status === 401) void cache.clear();
      // The request left while online but never got an answer (network dropped on the way).
      if (err instanceof HttpErrorResponse && err.status === 0 && browserIsOffline()) return fromCopy();
      return throwError(() => err);
    }),
  );
};
