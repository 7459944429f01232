import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/** Requests that may legitimately answer 401 without meaning "your session expired". */
const AUTH_ENDPOINTS = ['/api/auth/login', '/api/auth/me', '/api/auth/logout'];

/**
 * - Sends the session cookie with every API call (`withCredentials`).
 * - If any other API call answers 401 the session has expired: drop local state and go to /login.
 */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  const isApi = req.url.startsWith('/api/') || req.url === '/api';
  if (!isApi) return next(req);

  const auth = inject(AuthService);
  const router = inject(Router);
  const request = req.clone({
    withCredentials: true,
    setHeaders: req.headers.has('Accept') ? {} : { Accept: 'application/json' },
  });

  return next(request).pipe(
    catchError((err: unknown) => {
      const isAuthCall = AUTH_ENDPOINTS.some((p) => req.url.startsWith(p));
      if (err instanceof HttpErrorResponse && err.status === 401 && !isAuthCall && auth.staff()) {
        auth.endSession();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
      }
      return throwError(() => err);
    }),
  );
};
