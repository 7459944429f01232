// The long API fuzz run: Schemathesis against the real API, signed in as each staff preset, for
// BEACON_FUZZ_SECONDS (default 300) per preset. `npm test` runs the same test with a short budget.
// Run through `npm run fuzz`, which first runs scripts/bootstrap.sh --test.
import path from 'node:path';
import { resolveTestServer, startDevServer } from '../temporal/temporal.mjs';
import { ROOT, run, say, throwawayDatabase } from './lib.mjs';

const testDatabaseUrl = await throwawayDatabase('fuzz');

say('starting a throwaway Temporal dev server for the fuzz run (127.0.0.1:7245)');
const temporal = await startDevServer({ port: 7245, uiPort: 8245, dbFile: null, headless: true });
let code;
try {
  code = await run(
    process.execPath,
    ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--selectProjects', 'integration', '--runInBand', '--forceExit', 'test/integration/api-fuzz.int-spec.ts'],
    { env: { ...process.env, BEACON_FUZZ: 'long', TEST_DATABASE_URL: testDatabaseUrl, TEST_TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TEST_SERVER: resolveTestServer(), NX_DAEMON: 'false' } },
  );
} finally {
  await temporal.stop();
}
say(code === 0 ? 'fuzz: no server error, no answer outside its schema' : `fuzz: FAILED — transcripts in ${path.join(ROOT, 'reports', 'fuzz')}`);
process.exit(code);
