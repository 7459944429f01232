import { z } from 'zod';
import { AUDIT_ACTIONS } from '@beacon/audit';

const isoDate = z.iso.datetime({ offset: true, error: 'must be a date-time like 2026-11-25T09:00:00Z' });

/** GET /audit and /audit/export: filters an owner can combine. */
export const auditQuery = z
  .strictObject({
    staffId: z.uuid({ error: 'must be a staff id (UUID)' }).optional(),
    patientId: z.uuid({ error: 'must be a patient id (UUID)' }).optional(),
    action: z.enum(AUDIT_ACTIONS, { error: `must be one of: ${AUDIT_ACTIONS.join(', ')}` }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Entries older than this sequence number (the `nextCursor` of the previous page). */
    cursor: z.coerce.number({ error: 'must be the nextCursor of the previous page' }).int().positive().optional(),
    limit: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be at least 1').max(200, 'must be at most 200').default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must be before "to"', path: ['from'] });
export type AuditQuery = z.output<typeof auditQuery>;
