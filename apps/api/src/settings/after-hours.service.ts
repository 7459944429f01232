import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Location, type ILocation, type MikroORM } from '@beacon/db';
import { afterHoursReplyText, DEFAULT_AFTER_HOURS } from '@beacon/inbox';
import { InvalidBusinessHoursError, isWithinBusinessHours, validateBusinessHours } from '@beacon/scheduling';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import type { AfterHoursInput } from '@beacon/contracts';
import { requireManageSettings } from './manage-settings.guard.js';
import type { AfterHoursView } from '@beacon/contracts';

export type { AfterHoursView };

/** Business hours, closures and the after-hours auto-reply of a location. */
@Injectable()
export class AfterHoursService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
  ) {}

  async get(staff: AuthenticatedStaff, locationId: string): Promise<AfterHoursView> {
    return present(await this.location(staff, locationId));
  }

  async replace(staff: AuthenticatedStaff, locationId: string, input: AfterHoursInput): Promise<AfterHoursView> {
    requireManageSettings(staff);
    const em = this.orm.em.fork();
    const location = await em.findOne(Location, { id: locationId, organizationId: staff.organizationId });
    if (!location) throw notFound();
    assertLocationAccess(staff, locationId);
    const closures = [...new Map(input.closures.map((c) => [c.date, c])).values()].sort((a, b) => a.date.localeCompare(b.date));
    try {
      validateBusinessHours({ weekly: input.businessHours, closures });
    } catch (error) {
      if (error instanceof InvalidBusinessHoursError) throw new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_BUSINESS_HOURS', `The hours were not saved. ${error.message}`);
      throw error;
    }
    location.businessHours = input.businessHours;
    location.messagingSettings = { ...location.messagingSettings, afterHours: { enabled: input.enabled, message: input.message, emergencyContact: input.emergencyContact, closures } };
    await em.flush();
    await this.audit.recordStaffAction(staff, 'settings.update', {
      target: { type: 'location', id: locationId },
      details: { section: 'after_hours', enabled: input.enabled, closures: closures.length },
    });
    return present(location);
  }

  private async location(staff: AuthenticatedStaff, locationId: string): Promise<ILocation> {
    const location = await this.orm.em.fork().findOne(Location, { id: locationId, organizationId: staff.organizationId });
    if (!location) throw notFound();
    assertLocationAccess(staff, locationId);
    return location;
  }
}

function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.');
}

function present(location: ILocation): AfterHoursView {
  const settings = location.messagingSettings.afterHours ?? DEFAULT_AFTER_HOURS;
  return {
    locationId: location.id,
    timeZone: location.timeZone,
    businessHours: location.businessHours,
    ...settings,
    openNow: isWithinBusinessHours({ weekly: location.businessHours, closures: settings.closures }, location.timeZone, Date.now()),
    preview: afterHoursReplyText(location, settings),
  };
}
