import { dirname, extname, resolve } from 'node:path';
import { NativeConnection, Worker, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import type { AppointmentActivities } from '@beacon/workflows/appointment/definitions.js';
import type { InboundActivities } from '@beacon/workflows/inbound/definitions.js';
import type { DigestActivities } from '@beacon/workflows/digest/definitions.js';
import type { OutboundActivities } from '@beacon/workflows/outbound/definitions.js';
import type { RetentionActivities } from '@beacon/workflows/retention/definitions.js';

/** Pure libraries workflow code may import by their @beacon/* name. */
const WORKFLOW_SAFE_LIBS = ['scheduling'];

export interface AppointmentWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** Every activity the workflows in workflows/index call. */
  activities: AppointmentActivities & InboundActivities & DigestActivities & OutboundActivities & RetentionActivities;
  /** Path of workflows/index (.ts in tests, compiled .js in production). */
  workflowsPath: string;
  identity?: string;
}

/**
 * Lets the workflow bundler resolve the workspace aliases of pure libs, next to the workflows
 * folder, whether it bundles TypeScript sources (tests) or compiled JavaScript (dist).
 */
export function workflowBundlerOptions(workflowsPath: string): Pick<BundleOptions, 'webpackConfigHook'> {
  const root = resolve(dirname(workflowsPath), '..');
  const ext = extname(workflowsPath);
  const alias = Object.fromEntries(WORKFLOW_SAFE_LIBS.map((lib) => [`@beacon/${lib}$`, resolve(root, 'libs', lib, 'src', `index${ext}`)]));
  return {
    webpackConfigHook: (config) => ({ ...config, resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string | false>), ...alias } } }),
  };
}

/** The one place worker options live, so the worker app and the tests run the same configuration. */
export function createAppointmentWorker(options: AppointmentWorkerOptions): Promise<Worker> {
  const workerOptions: WorkerOptions = {
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: options.workflowsPath,
    bundlerOptions: workflowBundlerOptions(options.workflowsPath),
    activities: options.activities,
    ...(options.identity ? { identity: options.identity } : {}),
  };
  return Worker.create(workerOptions);
}
