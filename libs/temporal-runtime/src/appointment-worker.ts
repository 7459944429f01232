import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { AppointmentActivities } from '@beacon/workflows/appointment/definitions.js';

export interface AppointmentWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: AppointmentActivities;
  /** Path of workflows/index (.ts in tests, compiled .js in production). */
  workflowsPath: string;
  identity?: string;
}

/** The one place worker options live, so the worker app and the tests run the same configuration. */
export function createAppointmentWorker(options: AppointmentWorkerOptions): Promise<Worker> {
  const workerOptions: WorkerOptions = {
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: options.workflowsPath,
    activities: options.activities,
    ...(options.identity ? { identity: options.identity } : {}),
  };
  return Worker.create(workerOptions);
}
