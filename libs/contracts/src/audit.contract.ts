import { z } from 'zod';
import { AUDIT_ACTIONS } from './vocabulary.js';
import { instant } from './common.contract.js';
import { endpoint } from './endpoint.js';

const isoDate = z.iso.datetime({ offset: true, error: 'must be a date-time like 2026-11-25T09:00:00Z' });

/** GET /audit and /audit/export: filters an owner can combine. */
export const auditQuery = z
  .strictObject({
    staffId: z.uuid({ error: 'must be a staff id (UUID)' }).optional(),
    patientId: z.uuid({ error: 'must be a patient id (UUID)' }).optional(),
    /** Patients whose name contains this (first, last or "first last"), so owners need no ids to filter. */
    patient: z.string().trim().min(2, 'type at least 2 letters of the name').max(100, 'is too long (100 characters at most)').optional(),
    action: z.enum(AUDIT_ACTIONS, { error: `must be one of: ${AUDIT_ACTIONS.join(', ')}` }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Entries older than this sequence number (the `nextCursor` of the previous page). */
    cursor: z.coerce.number({ error: 'must be the nextCursor of the previous page' }).int().positive().optional(),
    limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be at least 1').max(200, 'must be at most 200').default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must be before "to"', path: ['from'] });
export type AuditQuery = z.output<typeof auditQuery>;

export const auditEventView = z.object({
  seq: z.number().int(),
  occurredAt: instant,
  action: z.string(),
  outcome: z.enum(['success', 'failure', 'denied']),
  actor: z.object({ staffId: z.uuid().nullable(), label: z.string() }),
  patientId: z.uuid().nullable(),
  /** The patient's name, for reading the trail (null when the entry names no patient, or they were deleted). */
  patientName: z.string().nullable(),
  target: z.object({ type: z.string(), id: z.string() }).nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEventView = z.output<typeof auditEventView>;
export const auditPage = z.object({ events: z.array(auditEventView), nextCursor: z.number().int().nullable() });
export type AuditPage = z.output<typeof auditPage>;

export const chainVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first entry that does not match, when not ok. */
  firstBroken: z.object({ seq: z.number().int(), reason: z.enum(['hash_mismatch', 'broken_link', 'sequence_gap']) }).optional(),
  verifiedAt: instant,
});
export type ChainVerification = z.output<typeof chainVerification>;

export const auditEndpoints = [
  endpoint({ method: 'GET', path: '/api/audit', tag: 'audit', auth: 'session', query: auditQuery, summary: 'The audit trail, newest first (owners)', responses: { 200: { description: 'One page', schema: auditPage } }, errors: { 403: ['OWNER_ONLY'] } }),
  endpoint({ method: 'GET', path: '/api/audit/export', tag: 'audit', auth: 'session', query: auditQuery, summary: 'The filtered audit trail as CSV (owners; audited)', responses: { 200: { description: 'CSV', contentType: 'text/csv' } }, errors: { 403: ['OWNER_ONLY'] } }),
  endpoint({ method: 'GET', path: '/api/audit/verify', tag: 'audit', auth: 'session', summary: "Re-check the organisation's hash chain (owners)", responses: { 200: { description: 'The result', schema: chainVerification } }, errors: { 403: ['OWNER_ONLY'] } }),
] as const;
