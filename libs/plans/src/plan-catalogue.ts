import { PLAN_FEATURES, type PlanDefinition, type PlanEntitlements, type PlanFeature, type PlanId } from '@beacon/contracts';

/** What a plan can switch on (defined in @beacon/contracts); everything else (reminders, inbox, opt-out handling…) is in every plan. */
export { PLAN_FEATURES, type PlanDefinition, type PlanFeature };

/** Price of each text (segment) over the month's allowance, in cents. */
export const OVERAGE_CENTS_PER_TEXT = 2;

const PROFESSIONAL_FEATURES = ['smartReplies', 'confirmationRequests', 'templateAnalytics', 'bulkMessaging', 'staffNotifications'] as const satisfies readonly PlanFeature[];

/** The plans of the brief, the one source of what each plan includes. */
export const PLANS: Readonly<Record<PlanId, PlanDefinition>> = {
  starter: { id: 'starter', name: 'Starter', monthlyTexts: 1000, maxStaff: 10, features: [] },
  professional: { id: 'professional', name: 'Professional', monthlyTexts: 5000, maxStaff: null, features: PROFESSIONAL_FEATURES },
  enterprise: { id: 'enterprise', name: 'Enterprise', monthlyTexts: 20000, maxStaff: null, features: [...PROFESSIONAL_FEATURES, 'multiLocation'] },
};

/** How each feature is named to a person, and the cheapest plan that has it. */
export const FEATURE_LABELS: Readonly<Record<PlanFeature, string>> = {
  smartReplies: 'Smart replies',
  confirmationRequests: 'Confirmation requests',
  templateAnalytics: 'Template analytics',
  bulkMessaging: 'Bulk messages',
  staffNotifications: 'Staff email notifications',
  multiLocation: 'More than one location',
};

export function planAllows(plan: PlanId, feature: PlanFeature): boolean {
  return PLANS[plan].features.includes(feature);
}

/** The first plan (in price order) that includes the feature. */
export function cheapestPlanWith(feature: PlanFeature): PlanDefinition {
  const plan = Object.values(PLANS).find((p) => p.features.includes(feature));
  if (!plan) throw new Error(`No plan includes ${feature}`);
  return plan;
}

/** The sentence shown (API 403 and console) when a feature is outside the organisation's plan; null when it is included. */
export function featureUnavailableReason(plan: PlanId, feature: PlanFeature): string | null {
  if (planAllows(plan, feature)) return null;
  return `${FEATURE_LABELS[feature]}: not included in the ${PLANS[plan].name} plan (included from ${cheapestPlanWith(feature).name}). The practice owner can change plans.`;
}

/** Whether one more active staff account fits the plan; the reason when it does not. */
export function staffSeatReason(plan: PlanId, activeStaff: number): string | null {
  const max = PLANS[plan].maxStaff;
  if (max === null || activeStaff < max) return null;
  return `The ${PLANS[plan].name} plan includes up to ${max} staff accounts and all ${max} are in use. Deactivate an account or change plans.`;
}

/** Whether one more location fits the plan (the first location is in every plan); the reason when it does not. */
export function locationSlotReason(plan: PlanId, locations: number): string | null {
  if (locations === 0) return null;
  return featureUnavailableReason(plan, 'multiLocation');
}

/** Per-feature availability for the console: reason null = available. */
export function planEntitlements(plan: PlanId): PlanEntitlements {
  return {
    plan: PLANS[plan],
    features: PLAN_FEATURES.map((feature) => {
      const reason = featureUnavailableReason(plan, feature);
      return { feature, label: FEATURE_LABELS[feature], available: reason === null, reason, availableOn: cheapestPlanWith(feature).name };
    }),
  };
}
