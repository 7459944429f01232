export { createTemporalClient } from './temporal-client.js';
export { createAppointmentWorker, type AppointmentWorkerOptions } from './appointment-worker.js';
