import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../../core/auth.service';

/** Settings are only for staff with the 'manage settings' permission; others go to the inbox. */
export const manageSettingsGuard: CanActivateFn = () => {
  const staff = inject(AuthService).staff();
  return staff?.permissions?.manageSettings ? true : inject(Router).createUrlTree(['/inbox']);
};
