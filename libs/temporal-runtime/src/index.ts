export { createTemporalClient } from './temporal-client.js';
export { ensureDigestSchedules } from './digest-schedules.js';
export { ensureOutcomesRollupSchedules, triggerOutcomesRollups } from './outcomes-rollup-schedules.js';
export { ensureRetentionSchedules } from './retention-schedules.js';
export { syncSchedules } from './sync-schedules.js';
export { BeaconWorkers, SlotGauge, type BeaconWorkersOptions, type QueueHealth, type QueueWorkerSpec } from './beacon-workers.js';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';
export { loadWorkflowBundle, workflowBundleKey, workflowBundlerOptions } from './workflow-bundle-cache.js';
