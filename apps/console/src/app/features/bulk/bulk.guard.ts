import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../../core/auth.service';

/** Bulk messaging is only for people with the bulk messaging permission; others go to the inbox. */
export const bulkMessagingGuard: CanActivateFn = () => {
  const staff = inject(AuthService).staff();
  return staff?.permissions?.bulkMessaging ? true : inject(Router).createUrlTree(['/inbox']);
};
