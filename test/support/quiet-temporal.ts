// Keeps the Temporal SDK's own INFO logs (bundle sizes, worker state) out of test output.
import { DefaultLogger, Runtime } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('WARN') });
