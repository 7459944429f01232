import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../../core/auth.service';

/** The audit log is for the practice owner; others go to the inbox. */
export const ownerGuard: CanActivateFn = () => (inject(AuthService).staff()?.role === 'owner' ? true : inject(Router).createUrlTree(['/inbox']));
