import { randomUUID } from 'node:crypto';
import { AuditEvent, type AuditOutcome, type EntityManager, type IAuditEvent } from '@beacon/db';
import { auditEntryHash, GENESIS_HASH, SYSTEM_CHAIN, verifyChainEntries, type ChainVerification } from './audit-chain.util.js';
import { AUDIT_ACTIONS, type AuditAction } from '@beacon/contracts';

/** What happened; `who` and `from where` come from the caller's context. */
export interface AuditEntryInput {
  organizationId: string | null;
  action: AuditAction;
  outcome?: AuditOutcome;
  actor: { staffId: string | null; label: string };
  patientId?: string | null;
  target?: { type: string; id: string } | null;
  origin?: { ip?: string | null | undefined; userAgent?: string | null | undefined };
  /** Non-PHI facts that explain the event (ids, field names, counts) — never a message body. */
  details?: Record<string, unknown>;
  occurredAt?: Date;
  /**
   * For a step that may run again (a retried Temporal activity): the entry is written once per key
   * and chain; a second call returns the first entry.
   */
  idempotencyKey?: string;
}

/** The actions the trail records: defined in @beacon/contracts (the console filters by them). */
export { AUDIT_ACTIONS, type AuditAction };

/**
 * Appends one entry to its organisation's chain. A transaction-scoped advisory lock per chain
 * serialises writers, so concurrent requests can never fork the chain or reuse a sequence number
 * (and two attempts with one idempotency key cannot both append).
 */
export async function recordAudit(em: EntityManager, input: AuditEntryInput): Promise<IAuditEvent> {
  const chainKey = input.organizationId ?? SYSTEM_CHAIN;
  return em.fork().transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 7))', [`audit:${chainKey}`]);
    if (input.idempotencyKey) {
      const earlier = await tx.findOne(AuditEvent, { chainKey, idempotencyKey: input.idempotencyKey });
      if (earlier) return earlier;
    }
    const [last] = await tx.execute<{ seq: string; hash: string }[]>('select seq, hash from audit_event where chain_key = ? order by seq desc limit 1', [chainKey]);
    const seq = last ? Number(last.seq) + 1 : 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const fields = {
      seq,
      organizationId: input.organizationId,
      // Millisecond precision: what JavaScript reads back is what was hashed.
      occurredAt: new Date(Math.floor((input.occurredAt ?? new Date()).getTime())),
      actorStaffId: input.actor.staffId,
      actorLabel: input.actor.label,
      action: input.action,
      outcome: input.outcome ?? 'success',
      patientId: input.patientId ?? null,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      ip: input.origin?.ip ?? null,
      userAgent: input.origin?.userAgent?.slice(0, 500) ?? null,
      details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
    };
    const event = tx.create(AuditEvent, { id: randomUUID(), chainKey, ...fields, prevHash, hash: auditEntryHash(prevHash, fields), idempotencyKey: input.idempotencyKey ?? null });
    await tx.flush();
    return event;
  });
}

/** Re-computes an organisation's whole chain (in pages) and reports the first entry that does not match. */
export async function verifyAuditTrail(em: EntityManager, organizationId: string | null, pageSize = 5_000): Promise<ChainVerification> {
  const chainKey = organizationId ?? SYSTEM_CHAIN;
  const reader = em.fork();
  let start = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const page = await reader.find(AuditEvent, { chainKey, seq: { $gt: start.seq } }, { orderBy: { seq: 'asc' }, limit: pageSize });
    if (page.length === 0) return { ok: true, checked };
    const result = verifyChainEntries(
      page.map((e) => ({
        ...e,
        organizationId: e.organizationId ?? null,
        actorStaffId: e.actorStaffId ?? null,
        patientId: e.patientId ?? null,
        targetType: e.targetType ?? null,
        targetId: e.targetId ?? null,
        ip: e.ip ?? null,
        userAgent: e.userAgent ?? null,
      })),
      start,
    );
    checked += result.checked;
    if (!result.ok) return { ...result, checked };
    const last = page[page.length - 1]!;
    start = { seq: last.seq, hash: last.hash };
    reader.clear();
  }
}
