import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { enqueueOutbox, Location, schedulesSyncCommand, Staff, type ILocation, type MikroORM } from '@beacon/db';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiError, conflictOnDuplicate } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import type { CreateLocationBody, UpdateLocationBody, LocationView } from '@beacon/contracts';
import { assertLocationSlot } from '@beacon/plans';

export type { LocationView };

const present = (l: ILocation): LocationView => ({ id: l.id, name: l.name, timeZone: l.timeZone, phoneNumber: l.phoneNumber, address: l.address });

const numberTaken = () =>
  new ApiError(HttpStatus.CONFLICT, 'LOCATION_NUMBER_TAKEN', 'Another location already texts from this number. Each location needs its own sending number.');

/** The organisation's locations: listing, and for staff who manage settings, adding and editing them (audited). */
@Injectable()
export class LocationsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
  ) {}

  async list(staff: AuthenticatedStaff): Promise<LocationView[]> {
    const rows = await this.orm.em.fork().find(Location, { organizationId: staff.organizationId, id: { $in: staff.locationIds } }, { orderBy: { name: 'asc' } });
    return rows.map(present);
  }

  /** Creates the location and gives the creator access to it (others are added on the Staff page). */
  async create(staff: AuthenticatedStaff, body: CreateLocationBody): Promise<LocationView> {
    await assertLocationSlot(this.orm.em.fork(), staff.organizationId);
    const id = randomUUID();
    await conflictOnDuplicate(
      () =>
        this.orm.em.fork().transactional(async (tx) => {
          tx.create(Location, { id, organizationId: staff.organizationId, name: body.name, timeZone: body.timeZone, phoneNumber: body.phoneNumber, address: body.address, businessHours: { '0': [], '1': [], '2': [], '3': [], '4': [], '5': [], '6': [] }, messagingSettings: {}, createdAt: new Date() });
          const me = await tx.findOneOrFail(Staff, staff.id);
          me.locationIds = [...new Set([...me.locationIds, id])];
          await tx.flush();
          // Its evening digest schedule is created by the relay, even if Temporal is down right now.
          await enqueueOutbox(tx, schedulesSyncCommand(staff.organizationId));
        }),
      numberTaken,
    );
    await this.audit.recordStaffAction(staff, 'location.update', { target: { type: 'location', id }, details: { change: 'created', name: body.name, timeZone: body.timeZone } });
    return present(await this.orm.em.fork().findOneOrFail(Location, id));
  }

  async update(staff: AuthenticatedStaff, locationId: string, body: UpdateLocationBody): Promise<LocationView> {
    const em = this.orm.em.fork();
    const location = await em.findOne(Location, { id: locationId, organizationId: staff.organizationId });
    if (!location) throw new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.');
    assertLocationAccess(staff, location.id);
    const changed: Record<string, { from: string; to: string }> = {};
    for (const field of ['name', 'timeZone', 'phoneNumber', 'address'] as const) {
      const to = body[field];
      if (to !== undefined && to !== location[field]) {
        changed[field] = { from: location[field], to };
        location[field] = to;
      }
    }
    if (!Object.keys(changed).length) return present(location);
    await conflictOnDuplicate(
      () =>
        em.transactional(async (tx) => {
          await tx.flush();
          // The digest runs at 17:00 in the location's zone: the schedule follows a new time zone.
          if (changed['timeZone']) await enqueueOutbox(tx, schedulesSyncCommand(location.organizationId));
        }),
      numberTaken,
    );
    await this.audit.recordStaffAction(staff, 'location.update', { target: { type: 'location', id: location.id }, details: { change: 'edited', ...changed } });
    return present(location);
  }
}
