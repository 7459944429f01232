// The search attributes Beacon's workflows use (temporal/search-attributes.json), registered on a server (plain ESM, Node >= 24, built-ins only).

import { readFileSync } from 'node:fs';
import { resolveTemporalCli, SEARCH_ATTRIBUTE_TYPES, SEARCH_ATTRIBUTES_FILE } from './paths.mjs';
import { connArgs, localEnv, runCli } from './process.mjs';


/** @returns {{ name: string, type: string }[]} */
export function readSearchAttributes(file = SEARCH_ATTRIBUTES_FILE) {
  const list = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: expected a JSON array`);
  for (const a of list) {
    if (!a || typeof a.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(a.name)) {
      throw new Error(`${file}: invalid search attribute name in ${JSON.stringify(a)}`);
    }
    if (!SEARCH_ATTRIBUTE_TYPES.includes(a.type)) {
      throw new Error(`${file}: ${a.name} has type ${a.type}; expected one of ${SEARCH_ATTRIBUTE_TYPES.join(', ')}`);
    }
  }
  return list;
}

// INDEXED_VALUE_TYPE_KEYWORD_LIST -> keywordlist ; KeywordList -> keywordlist
const normType = (t) => String(t).replace(/^INDEXED_VALUE_TYPE_/, '').replace(/_/g, '').toLowerCase();

/**
 * Registers every attribute of temporal/search-attributes.json that the server lacks
 * (`temporal operator search-attribute create`). Idempotent; throws when an attribute exists
 * with a different type. Meant for servers not started by startDevServer (which calls it itself).
 *
 * @param {string} address  host:port of the frontend, e.g. 127.0.0.1:7233
 * @param {string} [namespace='default']
 * @param {{ attributes?: {name:string,type:string}[], local?: boolean }} [options]
 *   local: ignore TEMPORAL_* env vars / the CLI config file (used for our own local servers).
 * @returns {Promise<{ created: string[], present: string[] }>}
 */
export async function ensureSearchAttributes(address, namespace = 'default', options = {}) {
  const cli = resolveTemporalCli();
  const wanted = options.attributes ?? readSearchAttributes();
  const conn = connArgs(address, namespace, options.local);
  const env = options.local ? localEnv() : process.env;

  const list = await runCli(cli, ['operator', 'search-attribute', 'list', ...conn, '--output', 'json'], { env });
  if (list.code !== 0) {
    throw new Error(`Listing search attributes on ${address} (namespace ${namespace}) failed: ${list.stderr.trim() || list.stdout.trim()}`);
  }
  const parsed = JSON.parse(list.stdout);
  const existing = { ...(parsed.systemAttributes ?? {}), ...(parsed.customAttributes ?? {}) };

  const present = [];
  const missing = [];
  for (const { name, type } of wanted) {
    if (name in existing) {
      if (normType(existing[name]) !== normType(type)) {
        throw new Error(`Search attribute ${name} exists on ${address} with type ${existing[name]}, but temporal/search-attributes.json wants ${type}`);
      }
      present.push(name);
    } else {
      missing.push({ name, type });
    }
  }
  // One attribute per call: CLI 1.9.1 pairs --name/--type positionally and silently drops
  // extra names given with a single --type.
  const created = [];
  for (const { name, type } of missing) {
    const res = await runCli(cli, ['operator', 'search-attribute', 'create', ...conn, '--name', name, '--type', type], { env });
    if (res.code !== 0) {
      throw new Error(`Creating search attribute ${name} (${type}) on ${address} failed: ${res.stderr.trim() || res.stdout.trim()}`);
    }
    created.push(name);
  }
  if (created.length > 0) {
    const after = await runCli(cli, ['operator', 'search-attribute', 'list', ...conn, '--output', 'json'], { env });
    const now = after.code === 0 ? (JSON.parse(after.stdout).customAttributes ?? {}) : {};
    const stillMissing = created.filter((n) => !(n in now));
    if (stillMissing.length > 0) {
      throw new Error(`Search attributes ${stillMissing.join(', ')} are still missing on ${address} after creating them`);
    }
  }
  return { created, present };
}

