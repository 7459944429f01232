import { createHash } from 'node:crypto';

/** The hash the first entry of every chain links to. */
export const GENESIS_HASH = '0'.repeat(64);
/** Chain of events no organisation can be tied to (for example a failed login with an unknown email). */
export const SYSTEM_CHAIN = '00000000-0000-0000-0000-000000000000';

/** The fields covered by the hash: everything an auditor reads. */
export interface ChainedAuditFields {
  seq: number;
  organizationId: string | null;
  occurredAt: Date;
  actorStaffId: string | null;
  actorLabel: string;
  action: string;
  outcome: string;
  patientId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted at every level, so PostgreSQL's jsonb key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditEntryHash(prevHash: string, entry: ChainedAuditFields): string {
  const payload = canonicalJson([
    entry.seq,
    entry.organizationId,
    entry.occurredAt.toISOString(),
    entry.actorStaffId,
    entry.actorLabel,
    entry.action,
    entry.outcome,
    entry.patientId,
    entry.targetType,
    entry.targetId,
    entry.ip,
    entry.userAgent,
    entry.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first entry that does not match (edited, removed before it, or re-ordered), when not ok. */
  firstBroken?: { seq: number; reason: 'hash_mismatch' | 'broken_link' | 'sequence_gap' };
}

/** Checks entries of one chain given in `seq` order, starting from the first. */
export function verifyChainEntries(entries: Iterable<ChainedAuditFields & { prevHash: string; hash: string }>, start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }): ChainVerification {
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  let checked = 0;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { ok: false, checked, firstBroken: { seq: entry.seq, reason: 'sequence_gap' } };
    if (entry.prevHash !== prev) return { ok: false, checked, firstBroken: { seq: entry.seq, reason: 'broken_link' } };
    if (auditEntryHash(entry.prevHash, entry) !== entry.hash) return { ok: false, checked, firstBroken: { seq: entry.seq, reason: 'hash_mismatch' } };
    prev = entry.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked };
}
