import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Pages only the practice owner sees; the server enforces the same rule on every endpoint. */
export const ownerGuard: CanActivateFn = () => {
  const staff = inject(AuthService).staff();
  return staff?.role === 'owner' ? true : inject(Router).createUrlTree(['/inbox']);
};
