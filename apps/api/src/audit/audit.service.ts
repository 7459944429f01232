import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { csvCell, recordAudit, verifyAuditTrail, type AuditAction, type AuditEntryInput } from '@beacon/audit';
import { AuditEvent, Patient, Staff, type AuditOutcome, type IAuditEvent, type MikroORM } from '@beacon/db';
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
    const names = await this.patientNames(staff, page.flatMap((r) => (r.patientId ? [r.patientId] : [])));
    return { events: page.map((r) => toView(r, r.patientId ? (names.get(r.patientId) ?? null) : null)), nextCursor: rows.length > query.limit ? page[page.length - 1]!.seq : null };
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
    const named = query.patient ? await this.patientsNamed(staff, query.patient) : null;
    const patientIds = named ? named.filter((id) => !query.patientId || id === query.patientId) : query.patientId ? [query.patientId] : null;
    if (patientIds && !patientIds.length) return [];
    return em.find(
      AuditEvent,
      {
        organizationId: staff.organizationId,
        ...(query.staffId ? { actorStaffId: query.staffId } : {}),
        ...(patientIds ? { patientId: { $in: patientIds } } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.from || query.to ? { occurredAt } : {}),
        ...(query.cursor ? { seq: { $lt: query.cursor } } : {}),
      },
      { orderBy: { seq: 'desc' }, limit },
    );
  }

  /** Ids of the organisation's patients whose name contains `text` (the patient directory is readable on purpose). */
  private async patientsNamed(staff: AuthenticatedStaff, text: string): Promise<string[]> {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.orm.em
      .fork()
      .execute<{ id: string }[]>(`select id from patient where organization_id = ? and (first_name || ' ' || last_name) ilike ? limit ?`, [staff.organizationId, like, MAX_NAMED_PATIENTS]);
    return rows.map((r) => r.id);
  }

  private async patientNames(staff: AuthenticatedStaff, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const patients = await this.orm.em.fork().find(Patient, { id: { $in: [...new Set(ids)] }, organizationId: staff.organizationId }, { fields: ['id', 'firstName', 'lastName'] });
    return new Map(patients.map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim()]));
  }
}

/** A name filter matching more patients than this is too vague to be useful; it reads the first ones. */
const MAX_NAMED_PATIENTS = 500;

const requireOwner = (staff: AuthenticatedStaff) => assertOwner(staff, 'see the audit trail');

function filtersOf(query: AuditQuery): Record<string, unknown> {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  return { filters };
}

function toView(r: IAuditEvent, patientName: string | null): AuditEventView {
  return {
    seq: r.seq,
    occurredAt: r.occurredAt.toISOString(),
    action: r.action,
    outcome: r.outcome,
    actor: { staffId: r.actorStaffId ?? null, label: r.actorLabel },
    patientId: r.patientId ?? null,
    patientName,
    target: r.targetType && r.targetId ? { type: r.targetType, id: r.targetId } : null,
    ip: r.ip ?? null,
    userAgent: r.userAgent ?? null,
    details: r.details,
    hash: r.hash,
  };
}

