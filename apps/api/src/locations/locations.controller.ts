import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Location, type MikroORM } from '@beacon/db';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ORM } from '../core/tokens.js';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(@Inject(ORM) private readonly orm: MikroORM) {}

  /** The locations the caller works at. */
  @Get()
  async list(@CurrentStaff() staff: AuthenticatedStaff) {
    const rows = await this.orm.em.fork().find(Location, { organizationId: staff.organizationId, id: { $in: staff.locationIds } }, { orderBy: { name: 'asc' } });
    return rows.map((l) => ({ id: l.id, name: l.name, timeZone: l.timeZone, phoneNumber: l.phoneNumber, address: l.address }));
  }
}
