import { Inject, Injectable } from '@nestjs/common';
import { changeBulkSend, getBulkSend, listBulkSends, previewBulkSend, startBulkSend, type AllowanceCheck, type BulkActor, type BulkSendAction } from '@beacon/bulk';
import type { MikroORM } from '@beacon/db';
import { assertPlanFeature, checkAllowance } from '@beacon/plans';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ORM } from '../core/tokens.js';
import type { BulkPreviewBody, BulkStartBody } from '@beacon/contracts';

/** The plan-limit seam, answered by usage metering: this month's segments against the plan's allowance. */
export const BULK_ALLOWANCE = Symbol('BULK_ALLOWANCE');
export const meteredAllowanceProvider = {
  provide: BULK_ALLOWANCE,
  inject: [ORM],
  useFactory: (orm: MikroORM): AllowanceCheck => ({ checkAllowance: (organizationId, texts) => checkAllowance(orm.em.fork(), organizationId, texts) }),
};

const actor = (staff: AuthenticatedStaff): BulkActor => ({ ...staff, origin: staff.origin });

/** Delegates to @beacon/bulk with the request's staff member and the allowance check. */
@Injectable()
export class BulkService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(BULK_ALLOWANCE) private readonly allowance: AllowanceCheck,
  ) {}

  async preview(staff: AuthenticatedStaff, body: BulkPreviewBody) {
    await assertPlanFeature(this.orm.em.fork(), staff.organizationId, 'bulkMessaging');
    return previewBulkSend(this.orm.em.fork(), actor(staff), body, this.allowance);
  }

  async start(staff: AuthenticatedStaff, body: BulkStartBody) {
    await assertPlanFeature(this.orm.em.fork(), staff.organizationId, 'bulkMessaging');
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
