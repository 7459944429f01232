import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

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
    createdAt: createdAtColumn(),
  },
});
export type IOrganization = InferEntity<typeof Organization>;
