import type { EntityManager } from '@beacon/db';
import type { OutcomesRollupActivities } from '@beacon/workflows/outcomes-rollup/definitions.js';
import { rollOutcomeDays } from './outcomes.query.js';

/** The daily rollup Schedule's activity: rolls up an organisation's closed days (see `rollOutcomeDays`). */
export function createOutcomesRollupActivities(deps: { em: () => EntityManager; now?: () => Date }): OutcomesRollupActivities {
  return {
    async rollUpOutcomes({ organizationId }) {
      return rollOutcomeDays(deps.em(), organizationId, deps.now?.() ?? new Date());
    },
  };
}
