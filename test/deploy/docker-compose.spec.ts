import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

// Static checks of the production-shaped deployment (docker-compose.yml). No Docker needed.

const root = process.cwd();

interface Healthcheck {
  test?: string | string[];
  disable?: boolean;
}
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: Healthcheck;
  entrypoint?: string | string[];
  command?: string | string[];
}
interface ComposeFile {
  services: Record<string, Service>;
}

const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const services = compose.services;
const searchAttributes = JSON.parse(readFileSync(join(root, 'temporal/search-attributes.json'), 'utf8')) as {
  name: string;
  type: string;
}[];

function env(name: string): Record<string, string> {
  const raw = services[name]?.environment ?? {};
  const entries = Array.isArray(raw)
    ? raw.map((line): [string, string] => {
        const i = line.indexOf('=');
        return i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1)];
      })
    : Object.entries(raw).map(([k, v]): [string, string] => [k, v == null ? '' : String(v)]);
  return Object.fromEntries(entries);
}

function dependsOn(name: string): Record<string, string | undefined> {
  const raw = services[name]?.depends_on ?? {};
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((d) => [d, undefined]));
  return Object.fromEntries(Object.entries(raw).map(([d, v]) => [d, v?.condition]));
}

function scriptOf(service: Service): string {
  const parts = [service.entrypoint, service.command].flatMap((p) => (p === undefined ? [] : Array.isArray(p) ? p : [p]));
  return parts.join('\n');
}

/** Services that run to completion (others wait for them with service_completed_successfully). */
const oneShot = new Set(
  Object.keys(services).flatMap((s) =>
    Object.entries(dependsOn(s))
      .filter(([, condition]) => condition === 'service_completed_successfully')
      .map(([dep]) => dep),
  ),
);

describe('docker-compose.yml', () => {
  it('defines the six long-running services', () => {
    for (const name of ['postgres', 'temporal', 'temporal-ui', 'api', 'worker', 'console']) {
      expect(services).toHaveProperty([name]);
    }
  });

  it('gives every long-running service a healthcheck', () => {
    const longRunning = Object.keys(services).filter((s) => !oneShot.has(s));
    expect(longRunning.length).toBeGreaterThanOrEqual(6);
    for (const name of longRunning) {
      const hc = services[name]!.healthcheck;
      expect({ name, test: hc?.test, disabled: hc?.disable ?? false }).toEqual({ name, test: expect.anything(), disabled: false });
    }
  });

  it('points api and worker at the postgres service and temporal:7233', () => {
    for (const name of ['api', 'worker', 'worker-interactive', 'worker-background']) {
      const e = env(name);
      const url = new URL(e['DATABASE_URL']!.replace(/\$\{[^}]*\}/g, 'x'));
      expect(url.protocol).toMatch(/^postgres(ql)?:$/);
      expect(url.hostname).toBe('postgres');
      expect(e['TEMPORAL_ADDRESS']).toBe('temporal:7233');
    }
  });

  it('starts api and worker only once postgres and temporal are healthy', () => {
    for (const name of ['api', 'worker']) {
      const deps = dependsOn(name);
      expect(deps['postgres']).toBe('service_healthy');
      expect(deps['temporal']).toBe('service_healthy');
    }
  });

  it('polls every task queue from some worker service, each in processes of its own, background work at a lower priority', () => {
    const polled = (name: string) => (env(name)['WORKER_QUEUES'] ?? 'interactive,scheduled,background').split(',').map((q) => q.trim());
    expect([...polled('worker'), ...polled('worker-interactive'), ...polled('worker-background')].sort()).toEqual(['background', 'interactive', 'scheduled']);
    expect(polled('worker-interactive')).toEqual(['interactive']);
    expect(polled('worker-background')).toEqual(['background']);
    expect(Number(env('worker-background')['WORKER_CPU_NICE'])).toBeGreaterThan(0);
    expect(services['worker-interactive']!.image).toBe(services['worker']!.image);
    expect(services['worker-background']!.image).toBe(services['worker']!.image);
  });

  it('runs temporal on the postgres service', () => {
    const e = env('temporal');
    expect(e['DB']).toMatch(/^postgres/);
    expect(e['POSTGRES_SEEDS']).toBe('postgres');
    expect(dependsOn('temporal')['postgres']).toBe('service_healthy');
    expect(services['temporal']!.image).toMatch(/^temporalio\/[\w-]+:\d+\.\d+\.\d+$/); // pinned
  });

  it('points the Temporal UI at temporal and publishes it on 8233', () => {
    expect(env('temporal-ui')['TEMPORAL_ADDRESS']).toBe('temporal:7233');
    expect(services['temporal-ui']!.image).toMatch(/^temporalio\/ui:\d+\.\d+\.\d+$/);
    expect(JSON.stringify(services['temporal-ui'])).toContain('8233:8080');
  });

  it('starts the console after the api', () => {
    expect(Object.keys(dependsOn('console'))).toContain('api');
  });

  it('builds only from Dockerfiles that exist', () => {
    const builds = Object.entries(services).filter(([, s]) => s.build !== undefined);
    expect(builds.map(([n]) => n).sort()).toEqual(['api', 'console', 'worker']);
    for (const [, s] of builds) {
      const build = typeof s.build === 'string' ? { context: s.build } : s.build!;
      const dockerfile = join(root, build.context ?? '.', build.dockerfile ?? 'Dockerfile');
      expect({ dockerfile, exists: existsSync(dockerfile) }).toEqual({ dockerfile, exists: true });
    }
  });

  it('registers exactly the search attributes of temporal/search-attributes.json', () => {
    const registered = Object.values(services)
      .map(scriptOf)
      .flatMap((script) => [...script.matchAll(/\badd\s+([A-Za-z_]\w*)\s+(Keyword|Text|Int|Double|Bool|Datetime|KeywordList)\b|--name\s+([A-Za-z_]\w*)\s+--type\s+(\w+)/g)])
      .map((m) => ({ name: m[1] ?? m[3]!, type: m[2] ?? m[4]! }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(registered.sort(byName)).toEqual([...searchAttributes].sort(byName));
  });

  it('contains no literal secrets: secret-looking variables use ${...}', () => {
    const secretName = /(PASSWORD|PWD|SECRET|TOKEN|KEY|CREDENTIAL)/i;
    // `${VAR}`, `${VAR:?message}` or `${VAR:-}`: never a literal value, nor a literal default.
    const requiredOrEmpty = /^\$\{[A-Z0-9_]+(:?\?[^}]*|:?-)?\}$/;
    for (const name of Object.keys(services)) {
      for (const [key, value] of Object.entries(env(name))) {
        if (secretName.test(key) && value !== '') {
          expect({ service: name, key, value }).toEqual({ service: name, key, value: expect.stringMatching(requiredOrEmpty) });
        }
        const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]*)@/i.exec(value);
        if (credentials) {
          expect({ service: name, key, password: credentials[1] }).toEqual({ service: name, key, password: expect.stringMatching(requiredOrEmpty) });
        }
      }
    }
  });
});
