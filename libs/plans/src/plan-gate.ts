import { Location, Organization, Staff, type EntityManager, type PlanId } from '@beacon/db';
import { featureUnavailableReason, locationSlotReason, staffSeatReason, type PlanFeature } from './plan-catalogue.js';

export enum PlanErrorCode {
  FeatureNotInPlan = 'PLAN_FEATURE_UNAVAILABLE',
  StaffLimitReached = 'PLAN_STAFF_LIMIT',
  LocationLimitReached = 'PLAN_LOCATION_LIMIT',
}

/** A request for something the organisation's plan does not include (the API answers 403 with the message). */
export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}

export async function organizationPlan(em: EntityManager, organizationId: string): Promise<PlanId> {
  const org = await em.findOneOrFail(Organization, organizationId, { fields: ['plan'] });
  return org.plan;
}

/** Whether the organisation's plan includes the feature (worker paths skip the work when it does not). */
export async function organizationHasFeature(em: EntityManager, organizationId: string, feature: PlanFeature): Promise<boolean> {
  return featureUnavailableReason(await organizationPlan(em, organizationId), feature) === null;
}

/** The one server-side gate for plan features: throws PlanError (→ 403 with the reason) unless the plan includes it. */
export async function assertPlanFeature(em: EntityManager, organizationId: string, feature: PlanFeature): Promise<void> {
  const reason = featureUnavailableReason(await organizationPlan(em, organizationId), feature);
  if (reason) throw new PlanError(PlanErrorCode.FeatureNotInPlan, reason);
}

/** Before adding or reactivating a staff account. */
export async function assertStaffSeat(em: EntityManager, organizationId: string): Promise<void> {
  const [plan, active] = await Promise.all([organizationPlan(em, organizationId), em.count(Staff, { organizationId, active: true })]);
  const reason = staffSeatReason(plan, active);
  if (reason) throw new PlanError(PlanErrorCode.StaffLimitReached, reason);
}

/** Before adding a location: the first is in every plan, more need multi-location (Enterprise). */
export async function assertLocationSlot(em: EntityManager, organizationId: string): Promise<void> {
  const [plan, locations] = await Promise.all([organizationPlan(em, organizationId), em.count(Location, { organizationId })]);
  const reason = locationSlotReason(plan, locations);
  if (reason) throw new PlanError(PlanErrorCode.LocationLimitReached, reason);
}
