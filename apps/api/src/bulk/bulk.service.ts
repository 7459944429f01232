import { Inject, Injectable } from '@nestjs/common';
import { changeBulkSend, getBulkSend, listBulkSends, previewBulkSend, startBulkSend, ALLOW_EVERYTHING, type AllowanceCheck, type BulkActor, type BulkSendAction } from '@beacon/bulk';
import type { MikroORM } from '@beacon/db';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ORM } from '../core/tokens.js';
import type { BulkPreviewBody, BulkStartBody } from './bulk.schemas.js';

/** The plan-limit seam (usage metering provides it; the default allows everything). */
export const BULK_ALLOWANCE = Symbol('BULK_ALLOWANCE');
export const defaultAllowanceProvider = { provide: BULK_ALLOWANCE, useValue: ALLOW_EVERYTHING };

const actor = (staff: AuthenticatedStaff): BulkActor => ({ ...staff, origin: staff.origin });

/** Delegates to @beacon/bulk with the request's staff member and the allowance check. */
@Injectable()
export class BulkService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(BULK_ALLOWANCE) private readonly allowance: AllowanceCheck,
  ) {}

  preview(staff: AuthenticatedStaff, body: BulkPreviewBody) {
    return previewBulkSend(this.orm.em.fork(), actor(staff), body, this.allowance);
  }

  start(staff: AuthenticatedStaff, body: BulkStartBody) {
    return startBulkSend(this.orm.em.fork(), actor(staff), body, this.allowance);
  }

  list(staff: AuthenticatedStaff, locationId?: string) {
    return listBulkSends(this.orm.em.fork(), actor(staff), locationId);
  }

  detail(staff: AuthenticatedStaff, id: string) {
    return getBulkSend(this.orm.em.fork(), actor(staff), id);
  }

  change(staff: AuthenticatedStaff, id: string, action: BulkSendAction) {
    return changeBulkSend(this.orm.em.fork(), actor(staff), id, action);
  }
}
