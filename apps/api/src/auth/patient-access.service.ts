import { Inject, Injectable } from '@nestjs/common';
import type { MikroORM } from '@beacon/db';
import { loadPatientAccessFacts, patientAccessAllows, patientAccessSpec, patientAccessSql, type PatientAccessColumns, type PatientAccessFacts, type SqlCondition, type StaffAccessSubject } from '@beacon/staff';
import { ORM } from '../core/tokens.js';
import type { AuthenticatedStaff } from './authenticated-staff.js';

/**
 * Applies the access policy of @beacon/staff (one spec, `patientAccessSpec`) to rows from the database:
 * in SQL (`patientAccessSql`) for lists, counts and batches, so filtering happens before any limit, and
 * in memory (`patientAccessAllows`) for one record or one live event checked for several recipients. Used by every endpoint, socket event and export
 * that shows a patient, so "own patients only" means the same everywhere.
 */
@Injectable()
export class PatientAccessService {
  constructor(@Inject(ORM) private readonly orm: MikroORM) {}

  /** The rule as a SQL condition on a row whose organisation, location and patient are these columns. */
  condition(staff: AuthenticatedStaff, columns: PatientAccessColumns): SqlCondition {
    return patientAccessSql(patientAccessSpec(staff), columns);
  }

  /** True when the person may see every patient at their locations ("view all"). */
  seesEveryPatient(staff: AuthenticatedStaff): boolean {
    return patientAccessSpec(staff).scope === 'all';
  }

  /** What decides who may see one patient at a location: the thread's assignee and the providers they are booked with there. */
  async patientFacts(at: { organizationId: string; locationId: string; patientId: string }): Promise<PatientAccessFacts> {
    return (await loadPatientAccessFacts(this.orm.em.fork(), at.organizationId, at.locationId, at.patientId)).facts;
  }

  /** The in-memory form of the rule, for facts loaded once and checked for several people (live events). */
  allows(staff: StaffAccessSubject, facts: PatientAccessFacts): boolean {
    return patientAccessAllows(patientAccessSpec(staff), facts);
  }

  /** One patient: the facts are loaded and the in-memory form of the rule decides. */
  async canViewPatient(staff: StaffAccessSubject, at: { organizationId: string; locationId: string; patientId: string }): Promise<boolean> {
    return this.allows(staff, await this.patientFacts(at));
  }
}
