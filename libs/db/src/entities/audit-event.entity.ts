import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One entry of the HIPAA audit trail (§164.312(b)). Rows form a hash chain per organisation
 * (`hash` = SHA-256 of `prev_hash` + the canonical entry) and a trigger refuses UPDATE, DELETE and
 * TRUNCATE, so the table is append-only and any edit made around the trigger is detectable.
 * Written only through `recordAudit` in @beacon/audit.
 */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  indexes: [
    { properties: ['chainKey', 'seq'] },
    { properties: ['organizationId', 'occurredAt'] },
    { properties: ['patientId', 'occurredAt'] },
    { properties: ['actorStaffId', 'occurredAt'] },
  ],
  properties: {
    id: p.uuid().primary(),
    /** The organisation, or the nil UUID for events no organisation can be tied to (unknown login email). */
    chainKey: p.uuid(),
    seq: p.bigint('number'),
    organizationId: p.uuid().nullable(),
    occurredAt: p.datetime(),
    actorStaffId: p.uuid().nullable(),
    /** Who acted, readable without a join: a staff email, "system", "booking-system", "patient". */
    actorLabel: p.string(),
    action: p.string(),
    outcome: p.enum(AUDIT_OUTCOMES),
    patientId: p.uuid().nullable(),
    targetType: p.string().nullable(),
    targetId: p.string().nullable(),
    ip: p.string().nullable(),
    userAgent: p.text().nullable(),
    details: p.json<Record<string, unknown>>(),
    /** Set by writers that may run again (a retried activity): unique per chain, not hashed. */
    idempotencyKey: p.text().nullable(),
    prevHash: p.string(),
    hash: p.string(),
  },
});
export type IAuditEvent = InferEntity<typeof AuditEvent>;
