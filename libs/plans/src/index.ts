export * from './plan-catalogue.js';
export { PlanError, PlanErrorCode, assertLocationSlot, assertPlanFeature, assertStaffSeat, organizationHasFeature, organizationPlan } from './plan-gate.js';
export * from './usage.js';
