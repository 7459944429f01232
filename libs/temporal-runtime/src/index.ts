export { createTemporalClient } from './temporal-client.js';
export { createAppointmentWorker, workflowBundlerOptions, type AppointmentWorkerOptions } from './appointment-worker.js';
export { ensureDigestSchedules, ensureOutcomesRollupSchedules, ensureRetentionSchedules, syncSchedules } from './digest-schedules.js';
export { BeaconWorkers, SlotGauge, type BeaconWorkersOptions, type QueueHealth, type QueueWorkerSpec } from './beacon-workers.js';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';
export { loadWorkflowBundle, workflowBundleKey } from './workflow-bundle-cache.js';
