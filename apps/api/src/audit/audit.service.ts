import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { csvCell, recordAudit, verifyAuditTrail, type AuditAction, type AuditEntryInput } from '@beacon/audit';
import { AuditEvent, Staff, type AuditOutcome, type IAuditEvent, type MikroORM } from '@beacon/db';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { assertOwner } from '../auth/require-permission.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import type { AuditQuery } from '@beacon/contracts';
import type { AuditEventView } from '@beacon/contracts';
import type { ChainVerification as ChainVerificationView, AuditPage } from '@beacon/contracts';

export type { AuditEventView };

/** The most rows one export returns; narrow the filters for more. */
export const MAX_EXPORT_ROWS = 50_000;

/** Records who did what (see @beacon/audit) and lets owners read, export and verify the trail. */
@Injectable()
export class AuditService {
  constructor(@Inject(ORM) private readonly orm: MikroORM) {}

  record(entry: AuditEntryInput): Promise<IAuditEvent> {
    return recordAudit(this.orm.em, entry);
  }

  /** An action by a signed-in staff member, from where their request came. */
  recordStaffAction(
    staff: AuthenticatedStaff,
    action: AuditAction,
    rest: { outcome?: AuditOutcome; patientId?: string | null; target?: { type: string; id: string } | null; details?: Record<string, unknown> } = {},
  ): Promise<IAuditEvent> {
    return this.record({ organizationId: staff.organizationId, action, actor: { staffId: staff.id, label: staff.email }, origin: staff.origin, ...rest });
  }

  async list(staff: AuthenticatedStaff, query: AuditQuery): Promise<AuditPage> {
    requireOwner(staff);
    const rows = await this.find(staff, query, query.limit + 1);
    const page = rows.slice(0, query.limit);
    await this.recordStaffAction(staff, 'audit.view', { details: filtersOf(query) });
    return { events: page.map(toView), nextCursor: rows.length > query.limit ? page[page.length - 1]!.seq : null };
  }

  /** CSV of the filtered trail (newest first), for an auditor. The export itself is recorded. */
  async exportCsv(staff: AuthenticatedStaff, query: AuditQuery): Promise<string> {
    requireOwner(staff);
    const rows = await this.find(staff, query, MAX_EXPORT_ROWS);
    await this.recordStaffAction(staff, 'audit.export', { details: { ...filtersOf(query), rows: rows.length } });
    const header = ['seq', 'occurred_at', 'action', 'outcome', 'actor', 'actor_staff_id', 'patient_id', 'target_type', 'target_id', 'ip', 'user_agent', 'details', 'hash'];
    const lines = rows.map((r) =>
      [r.seq, r.occurredAt.toISOString(), r.action, r.outcome, r.actorLabel, r.actorStaffId, r.patientId, r.targetType, r.targetId, r.ip, r.userAgent, JSON.stringify(r.details), r.hash].map(csvCell).join(','),
    );
    return [header.join(','), ...lines].join('\r\n') + '\r\n';
  }

  async verify(staff: AuthenticatedStaff): Promise<ChainVerificationView> {
    requireOwner(staff);
    const result = await verifyAuditTrail(this.orm.em, staff.organizationId);
    await this.recordStaffAction(staff, 'audit.verify', { outcome: result.ok ? 'success' : 'failure', details: { checked: result.checked, ...(result.firstBroken ? { firstBroken: result.firstBroken } : {}) } });
    return { ...result, verifiedAt: new Date().toISOString() };
  }

  private async find(staff: AuthenticatedStaff, query: AuditQuery, limit: number): Promise<IAuditEvent[]> {
    const em = this.orm.em.fork();
    if (query.staffId && !(await em.count(Staff, { id: query.staffId, organizationId: staff.organizationId }))) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'STAFF_NOT_FOUND', 'No staff member with this id in your organisation.');
    }
    const occurredAt = { ...(query.from ? { $gte: new Date(query.from) } : {}), ...(query.to ? { $lte: new Date(query.to) } : {}) };
    return em.find(
      AuditEvent,
      {
        organizationId: staff.organizationId,
        ...(query.staffId ? { actorStaffId: query.staffId } : {}),
        ...(query.patientId ? { patientId: query.patientId } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.from || query.to ? { occurredAt } : {}),
        ...(query.cursor ? { seq: { $lt: query.cursor } } : {}),
      },
      { orderBy: { seq: 'desc' }, limit },
    );
  }
}

const requireOwner = (staff: AuthenticatedStaff) => assertOwner(staff, 'see the audit trail');

function filtersOf(query: AuditQuery): Record<string, unknown> {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  return { filters };
}

function toView(r: IAuditEvent): AuditEventView {
  return {
    seq: r.seq,
    occurredAt: r.occurredAt.toISOString(),
    action: r.action,
    outcome: r.outcome,
    actor: { staffId: r.actorStaffId ?? null, label: r.actorLabel },
    patientId: r.patientId ?? null,
    target: r.targetType && r.targetId ? { type: r.targetType, id: r.targetId } : null,
    ip: r.ip ?? null,
    userAgent: r.userAgent ?? null,
    details: r.details,
    hash: r.hash,
  };
}

