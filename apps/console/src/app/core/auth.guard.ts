import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { AuthService } from './auth.service';

/** Lets signed-in staff through; otherwise checks GET /api/auth/me and sends 401s to /login. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (auth.staff()) return true;

  const toLogin = () =>
    router.createUrlTree(['/login'], {
      queryParams: state.url && state.url !== '/' && !state.url.startsWith('/login') ? { returnUrl: state.url } : {},
    });

  return auth.restoreSession().pipe(map((staff) => (staff ? true : toLogin())));
};

/** Keeps signed-in staff away from the login screen (only uses what we already know; no API call). */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.staff() ? inject(Router).createUrlTree(['/inbox']) : true;
};

/** Only allow same-app relative return URLs (no open redirects). */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return '/inbox';
  return value;
}
