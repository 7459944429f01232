export { createTemporalClient } from './temporal-client.js';
export { createAppointmentWorker, workflowBundlerOptions, type AppointmentWorkerOptions } from './appointment-worker.js';
export { ensureDigestSchedules, ensureRetentionSchedules } from './digest-schedules.js';
