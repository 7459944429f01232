import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

import { PLAN_IDS, type PlanId } from '@beacon/contracts';

/** The plans (defined in @beacon/contracts); features and allowances per plan live in the plans catalogue. */
export { PLAN_IDS, type PlanId };

export interface OrganizationAiSettings {
  llmSuggestions?: boolean;
}

export const Organization = defineEntity({
  name: 'Organization',
  tableName: 'organization',
  properties: {
    id: idColumn(),
    name: p.string(),
    /** Smart replies: whether the LLM engine may be used (needs a BAA with the model provider). */
    aiSettings: p.json<OrganizationAiSettings>().onCreate(() => ({})),
    /** Messages older than this many years are purged by the retention schedule (HIPAA: ≥ 6; default 7). */
    retentionYears: p.integer().default(7),
    /** Local-time window in which marketing texts may go out (patient's / location's time zone). */
    marketingHours: p.json<{ start: string; end: string }>().default({ start: '08:00', end: '20:00' } as never),
    /** The organisation's plan (what it pays for; enforced on the server). */
    plan: p.enum(PLAN_IDS).default('professional'),
    createdAt: createdAtColumn(),
  },
});
export type IOrganization = InferEntity<typeof Organization>;
