// `npm run build:node` ends here: builds the compiled workflows' bundle once, so worker processes
// (and each restart of one) start without spending seconds of CPU in webpack.
import { fileURLToPath } from 'node:url';
import { loadWorkflowBundle } from '@beacon/temporal-runtime';

const workflowsPath = fileURLToPath(new URL('../../../workflows/index.js', import.meta.url));
const started = Date.now();
await loadWorkflowBundle(workflowsPath);
console.log(`workflow bundle ready (${Date.now() - started} ms)`);
