/**
 * Temporal history ⇄ the standard proto JSON (the format of `temporal workflow show --output json`
 * and the Web UI's download), for the recorded histories under workflows/<type>/histories/.
 *
 * Why not `historyToJSON` / `historyFromJSON` from @temporalio/common: with this lockfile npm nests
 * one copy of protobufjs 8 under @temporalio/common and another under @temporalio/proto (the root
 * holds protobufjs 7 for another package), and protobufjs' `toJson`/`fromJson` check
 * `type instanceof Type` against their own copy — so the SDK helpers throw "type must be a Type".
 * Here the protojson extension is loaded from the protobufjs that @temporalio/proto itself uses,
 * which works whether npm nests or dedupes it.
 */
import { createRequire } from 'node:module';
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.History;
type IHistory = temporal.api.history.v1.IHistory;

interface ProtoJson {
  toJson(type: unknown, message: unknown): unknown;
  fromJson(type: unknown, json: unknown, options: { ignoreUnknownFields: boolean }): unknown;
}

const requireHere = createRequire(import.meta.url);
const protoEntry = requireHere.resolve('@temporalio/proto');
const proto = requireHere(protoEntry) as typeof import('@temporalio/proto');
const { patchProtobufRoot } = requireHere('@temporalio/proto/lib/patch-protobuf-root') as typeof import('@temporalio/proto/lib/patch-protobuf-root.js');
const protojson = createRequire(protoEntry)('protobufjs/ext/protojson') as ProtoJson;
const historyType = (patchProtobufRoot(proto as unknown as Record<string, unknown>) as unknown as { lookupType(name: string): unknown }).lookupType(
  'temporal.api.history.v1.History',
);

/** A history (e.g. from `handle.fetchHistory()`) as pretty-printed proto JSON. */
export function historyToJson(history: IHistory): string {
  return `${JSON.stringify(protojson.toJson(historyType, proto.temporal.api.history.v1.History.fromObject(history)), null, 2)}\n`;
}

/** A proto-JSON history (recorded here or exported by the CLI / UI) as the History `Worker.runReplayHistories` takes. */
export function historyFromJson(json: unknown): History {
  const loaded = protojson.fromJson(historyType, json, { ignoreUnknownFields: true });
  if (!loaded) throw new TypeError('not a Temporal history');
  return loaded as History;
}
