import { Inject, Injectable } from '@nestjs/common';
import { Organization, type MikroORM } from '@beacon/db';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { assertOwner } from '../auth/require-permission.js';
import { ORM } from '../core/tokens.js';
import type { DataProtectionSettingsInput } from '@beacon/contracts';
import type { DataProtectionSettingsView } from '@beacon/contracts';

export type { DataProtectionSettingsView };

/** The organisation's retention period and marketing hours: owners only, every change audited. */
@Injectable()
export class DataProtectionService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
  ) {}

  async get(staff: AuthenticatedStaff): Promise<DataProtectionSettingsView> {
    requireOwner(staff);
    const org = await this.orm.em.fork().findOneOrFail(Organization, staff.organizationId);
    return { retentionYears: org.retentionYears, marketingHours: org.marketingHours };
  }

  async update(staff: AuthenticatedStaff, input: DataProtectionSettingsInput): Promise<DataProtectionSettingsView> {
    requireOwner(staff);
    const em = this.orm.em.fork();
    const org = await em.findOneOrFail(Organization, staff.organizationId);
    const before = { retentionYears: org.retentionYears, marketingHours: org.marketingHours };
    if (input.retentionYears !== undefined) org.retentionYears = input.retentionYears;
    if (input.marketingHours) org.marketingHours = input.marketingHours;
    await em.flush();
    if (input.retentionYears !== undefined && input.retentionYears !== before.retentionYears) {
      await this.audit.recordStaffAction(staff, 'retention.update', { target: { type: 'organization', id: org.id }, details: { from: before.retentionYears, to: org.retentionYears } });
    }
    if (input.marketingHours && JSON.stringify(input.marketingHours) !== JSON.stringify(before.marketingHours)) {
      await this.audit.recordStaffAction(staff, 'settings.update', { target: { type: 'organization', id: org.id }, details: { field: 'marketingHours', from: before.marketingHours, to: org.marketingHours } });
    }
    return { retentionYears: org.retentionYears, marketingHours: org.marketingHours };
  }
}

const requireOwner = (staff: AuthenticatedStaff) => assertOwner(staff, 'change how long messages are kept and when promotions may be sent');
