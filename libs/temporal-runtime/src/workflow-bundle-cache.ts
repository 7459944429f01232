import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { bundleWorkflowCode, type BundleOptions, type WorkflowBundle } from '@temporalio/worker';

/**
 * The workflow bundle, built once per content and reused: webpack takes 1.5–3 s of CPU per bundle,
 * and every worker process (three under `npm start`, one per system in the tests) used to build its
 * own at start, competing with the work it was started for. The bundle is keyed by a hash of
 * everything it can contain (the workflows folder, the libs, the SDK version, the entry point), so
 * a changed file can never run stale code; `npm run build:node` prepares it for dist.
 */
export async function loadWorkflowBundle(workflowsPath: string, logger: BundleOptions['logger'] = quietBundlerLogger): Promise<WorkflowBundle> {
  const root = resolve(dirname(workflowsPath), '..');
  const cacheDir = workflowBundleCacheDir(root);
  const file = join(cacheDir, `${workflowBundleKey(workflowsPath)}.js`);
  if (existsSync(file)) return { code: readFileSync(file, 'utf8') };
  const bundle = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions(workflowsPath), logger });
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Write-then-rename, so a process starting at the same moment reads a whole bundle or none.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bundle.code);
    renameSync(tmp, file);
  } catch {
    // A read-only install still works: it bundles at every start, as before.
  }
  return bundle;
}

/** Pure libraries workflow code may import by their @beacon/* name. */
const WORKFLOW_SAFE_LIBS = ['scheduling'];

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

/** `node_modules/.cache/beacon-workflow-bundle` of the repository (or install) the workflows belong to. */
function workflowBundleCacheDir(root: string): string {
  let dir = root;
  while (!existsSync(join(dir, 'node_modules')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'node_modules', '.cache', 'beacon-workflow-bundle');
}

/** Hash of the entry point, every source file the bundle may import, and the SDK's version. */
export function workflowBundleKey(workflowsPath: string): string {
  const root = resolve(dirname(workflowsPath), '..');
  const ext = extname(workflowsPath);
  const hash = createHash('sha256');
  const sdkVersion = (createRequire(import.meta.url)('@temporalio/workflow/package.json') as { version: string }).version;
  hash.update(`sdk ${sdkVersion}\nentry ${relative(root, workflowsPath)}\n`);
  for (const folder of ['workflows', 'libs']) {
    for (const path of sourceFiles(join(root, folder), ext)) {
      hash.update(`${relative(root, path)}\n`);
      hash.update(readFileSync(path));
    }
  }
  return hash.digest('hex').slice(0, 32);
}

function sourceFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path, ext));
    else if (entry.name.endsWith(ext) && !/\.(spec|int-spec|e2e-spec)\./.test(entry.name)) out.push(path);
  }
  return out;
}

/** Webpack's progress is noise in worker logs; its warnings and errors are not. */
const quietBundlerLogger: NonNullable<BundleOptions['logger']> = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string, meta?: Record<string, unknown>) => console.warn(message, meta ?? ''),
  error: (message: string, meta?: Record<string, unknown>) => console.error(message, meta ?? ''),
};
