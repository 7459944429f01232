import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../../core/auth.service';

/** The staff page is only for people with 'manage staff' (owners); others go to the inbox. */
export const manageStaffGuard: CanActivateFn = () => {
  const staff = inject(AuthService).staff();
  return staff?.permissions?.manageStaff ? true : inject(Router).createUrlTree(['/inbox']);
};
