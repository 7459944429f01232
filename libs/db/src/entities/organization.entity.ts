import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

export const Organization = defineEntity({
  name: 'Organization',
  tableName: 'organization',
  properties: {
    id: idColumn(),
    name: p.string(),
    createdAt: createdAtColumn(),
  },
});
export type IOrganization = InferEntity<typeof Organization>;
