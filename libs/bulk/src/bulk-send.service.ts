import { BULK_SEND_STATUSES, type BulkPerson, type BulkPreview, type BulkRecipientView, type BulkSendDetail, type BulkSendStarted, type BulkSendStatus, type BulkSendSummary } from '@beacon/contracts';
import { randomUUID } from 'node:crypto';
import { enqueueOutbox, Location, Organization, type EntityManager, type ILocation } from '@beacon/db';
import { recordAudit } from '@beacon/audit';
import { DEFAULT_MARKETING_HOURS } from '@beacon/inbox';
import { maskPhone } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { conversationScope, patientAccessSpec, patientAccessSql, type ConversationScope, type PatientAccessSpec, type StaffAccessSubject } from '@beacon/staff';
import { BULK_SEND_CHANGED_SIGNAL, bulkSendWorkflowId } from '@beacon/workflows/bulk/definitions.js';
import { ALLOW_EVERYTHING, type AllowanceCheck } from './allowance.port.js';
import { assertCriteria, findAudience, type AudienceMember } from './bulk-audience.repository.js';
import { BULK_EXCLUSION_LABELS, exclusionFor, type BulkExclusion } from './bulk-exclusions.util.js';
import { bulkRatePerSecond, sendingNumberType } from './bulk-pacing.util.js';
import { DEFAULT_BULK_TEMPLATES, renderBulkText, validateBulkTemplate, type BulkCriteria, type BulkScenario } from './bulk-scenarios.js';
import { bulkTextValues } from './bulk-text.util.js';
import { BulkError, BulkErrorCode } from './bulk.errors.js';

/** Who asks: the access rule's subject, plus what the audit trail records. */
export interface BulkActor extends StaffAccessSubject {
  name: string;
  origin?: { ip?: string | null; userAgent?: string | null };
}

export interface BulkSendRequest {
  locationId: string;
  criteria: BulkCriteria;
  /** Edited wording; the scenario's default when absent. */
  template?: string | undefined;
  /** Texts per second from the location's number; the number type's default when absent. */
  ratePerSecond?: number | undefined;
}

export interface StartBulkSendRequest extends BulkSendRequest {
  /** Chosen by the console per send, so a double submit starts one send (it becomes the send's id). */
  clientRequestId?: string | undefined;
  /** Start even though the plan's allowance would be exceeded (the preview said so). */
  acceptOverage?: boolean | undefined;
}

interface Decided {
  member: AudienceMember;
  exclusion: BulkExclusion | null;
}

async function locationFor(em: EntityManager, actor: BulkActor, locationId: string): Promise<ILocation> {
  const location = actor.locationIds.includes(locationId) ? await em.findOne(Location, { id: locationId, organizationId: actor.organizationId }) : null;
  if (!location) throw new BulkError(BulkErrorCode.LocationNotFound, 'This location does not exist or you do not work there.');
  return location;
}

/** The audience of a request with each member's exclusion decided by the one rule, as of `now`. */
async function decide(em: EntityManager, actor: BulkActor, location: ILocation, request: BulkSendRequest, now: Date): Promise<{ decided: Decided[]; template: string }> {
  assertCriteria(request.criteria);
  const template = request.template ?? DEFAULT_BULK_TEMPLATES[request.criteria.scenario];
  validateBulkTemplate(request.criteria.scenario, template);
  const organization = await em.findOneOrFail(Organization, location.organizationId);
  const members = await findAudience(em, { organizationId: location.organizationId, locationId: location.id, timeZone: location.timeZone, criteria: request.criteria, now, viewer: patientAccessSpec(actor) });
  const ctx = { marketing: request.criteria.scenario === 'promotion', at: now, timeZone: location.timeZone, marketingHours: organization.marketingHours ?? DEFAULT_MARKETING_HOURS };
  return { decided: members.map((member) => ({ member, exclusion: exclusionFor(member, ctx) })), template };
}

function person(actor: BulkActor, m: AudienceMember): BulkPerson {
  return {
    patientId: m.patientId,
    name: m.visible ? `${m.firstName} ${m.lastName}`.trim() : null,
    phone: m.visible && actor.permissions.seeContactDetails ? m.phone : maskPhone(m.phone),
    appointmentStartsAt: m.appointmentStartsAt?.toISOString() ?? null,
  };
}

/** What the preview says about whose patients it holds (the one access rule decides). */
const PATIENT_SCOPE_NOTES: Readonly<Record<ConversationScope, string | null>> = {
  all: null,
  own: 'Only your own patients are included (booked with you, or their conversation is assigned to you): you can see and text only them.',
  none: 'You cannot see any patients, so nobody is included.',
};

const scopeOf = (actor: BulkActor) => {
  const scope = conversationScope(actor);
  return { patientScope: scope, patientScopeNote: PATIENT_SCOPE_NOTES[scope] };
};

function presentPreview(actor: BulkActor, location: ILocation, request: BulkSendRequest, template: string, decided: Decided[], overageTexts: number): BulkPreview {
  const included = decided.filter((d) => d.exclusion === null);
  const excluded = decided.filter((d): d is Decided & { exclusion: BulkExclusion } => d.exclusion !== null);
  const rate = bulkRatePerSecond(location.phoneNumber, request.ratePerSecond);
  const first = included[0]?.member;
  const exclusionCounts: Partial<Record<BulkExclusion, number>> = {};
  for (const d of excluded) exclusionCounts[d.exclusion] = (exclusionCounts[d.exclusion] ?? 0) + 1;
  return {
    scenario: request.criteria.scenario,
    locationId: location.id,
    template,
    sampleText: renderBulkText(template, bulkTextValues(location, request.criteria, first ? { firstName: first.firstName, appointmentStartsAt: first.appointmentStartsAt, providerName: first.providerName } : null)),
    ratePerSecond: rate,
    numberType: sendingNumberType(location.phoneNumber),
    estimatedSeconds: Math.ceil(included.length / rate),
    recipientCount: included.length,
    recipients: included.map((d) => person(actor, d.member)),
    excludedCount: excluded.length,
    excluded: excluded.map((d) => ({ ...person(actor, d.member), reason: d.exclusion, reasonText: BULK_EXCLUSION_LABELS[d.exclusion] })),
    exclusionCounts,
    allowance: { overageTexts },
    ...scopeOf(actor),
  };
}

/** Who would get the text and who would not (and why), without sending anything. */
export async function previewBulkSend(em: EntityManager, actor: BulkActor, request: BulkSendRequest, allowance: AllowanceCheck = ALLOW_EVERYTHING): Promise<BulkPreview> {
  const location = await locationFor(em, actor, request.locationId);
  const { decided, template } = await decide(em, actor, location, request, new Date());
  // Each recipient's text is the template with their details filled in: its length stands for theirs.
  const texts = decided.filter((d) => d.exclusion === null).map(() => template);
  const { overageTexts } = await allowance.checkAllowance(actor.organizationId, texts);
  const preview = presentPreview(actor, location, request, template, decided, overageTexts);
  await recordAudit(em, {
    organizationId: actor.organizationId,
    action: 'bulk_send.preview',
    actor: { staffId: actor.id, label: actor.name },
    origin: actor.origin ?? {},
    details: { scenario: preview.scenario, locationId: location.id, recipientCount: preview.recipientCount, excludedCount: preview.excludedCount },
  });
  return preview;
}

/**
 * Starts a send: decides the audience again as of now, stores the send with one recipient row per
 * patient (pending, or excluded with the reason) and its workflow's start in the outbox, all in one
 * transaction, so the workflow exists exactly when the send does. Audited with every recipient.
 */
export async function startBulkSend(
  em: EntityManager,
  actor: BulkActor,
  request: StartBulkSendRequest,
  allowance: AllowanceCheck = ALLOW_EVERYTHING,
): Promise<BulkSendStarted> {
  const location = await locationFor(em, actor, request.locationId);
  const id = request.clientRequestId ?? randomUUID();
  const existing = await findSendRow(em, id);
  if (existing) {
    if (existing.organization_id !== actor.organizationId || existing.location_id !== location.id) throw new BulkError(BulkErrorCode.RequestIdConflict, 'This request id belongs to another bulk send.');
    return { id, preview: await previewOfStored(em, actor, id), duplicate: true };
  }
  const now = new Date();
  const { decided, template } = await decide(em, actor, location, request, now);
  const included = decided.filter((d) => d.exclusion === null);
  if (!included.length) throw new BulkError(BulkErrorCode.NoRecipients, 'Nobody would receive this message: everyone in the audience is excluded or there is nobody to text.');
  const { overageTexts } = await allowance.checkAllowance(actor.organizationId, included.map(() => template));
  if (overageTexts > 0 && !request.acceptOverage) {
    throw new BulkError(BulkErrorCode.AllowanceExceeded, `This send would go ${overageTexts} texts over this month's plan allowance. Confirm to send anyway, or narrow the audience.`);
  }
  const rate = bulkRatePerSecond(location.phoneNumber, request.ratePerSecond);
  const inserted = await em.transactional(async (tx) => {
    const created = await tx.execute<{ id: string }[]>(
      `insert into bulk_send (id, organization_id, location_id, scenario, template, criteria, status, rate_per_second, from_number, recipient_count, queued_count, excluded_count, created_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?::jsonb, 'queued', ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing returning id`,
      [id, location.organizationId, location.id, request.criteria.scenario, template, JSON.stringify(request.criteria), rate, location.phoneNumber, decided.length, included.length, decided.length - included.length, actor.id, now, now],
    );
    if (!created.length) return false;
    for (let i = 0; i < decided.length; i += 1000) {
      const chunk = decided.slice(i, i + 1000);
      await tx.execute(
        `insert into bulk_send_recipient (bulk_send_id, patient_id, appointment_id, status, exclusion) values ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((d) => [id, d.member.patientId, d.member.appointmentId, d.exclusion ? 'excluded' : 'pending', d.exclusion]),
      );
    }
    await enqueueOutbox(tx, { kind: 'workflow.start', workflowType: 'bulkSendWorkflow', workflowId: bulkSendWorkflowId(id), taskQueue: 'background', args: [{ bulkSendId: id }] });
    await publishEvent(tx, { type: 'bulk_send.updated', bulkSendId: id, locationId: location.id });
    return true;
  });
  if (!inserted) return { id, preview: await previewOfStored(em, actor, id), duplicate: true };
  await recordAudit(em, {
    organizationId: actor.organizationId,
    action: 'bulk_send.start',
    actor: { staffId: actor.id, label: actor.name },
    origin: actor.origin ?? {},
    target: { type: 'bulk_send', id },
    details: {
      scenario: request.criteria.scenario,
      locationId: location.id,
      ratePerSecond: rate,
      recipients: included.map((d) => d.member.patientId),
      excluded: decided.filter((d) => d.exclusion).map((d) => ({ patientId: d.member.patientId, reason: d.exclusion })),
    },
  });
  return { id, preview: presentPreview(actor, location, request, template, decided, overageTexts), duplicate: false };
}

/** A bulk_send row as stored. */
export interface BulkSendRow {
  id: string;
  organization_id: string;
  location_id: string;
  scenario: BulkScenario;
  template: string;
  criteria: BulkCriteria;
  status: BulkSendStatus;
  rate_per_second: number;
  from_number: string;
  recipient_count: number;
  queued_count: number;
  sent_count: number;
  delivered_count: number;
  failed_count: number;
  excluded_count: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

type SendRow = BulkSendRow & { created_by_name: string | null };

export { BULK_SEND_STATUSES, type BulkPerson, type BulkPreview, type BulkRecipientView, type BulkSendDetail, type BulkSendStatus, type BulkSendSummary };

async function findSendRow(em: EntityManager, id: string): Promise<SendRow | null> {
  const [row] = await em.execute<SendRow[]>(`select s.*, st.name as created_by_name from bulk_send s left join staff st on st.id = s.created_by where s.id = ?`, [id]);
  return row ?? null;
}

async function previewOfStored(em: EntityManager, actor: BulkActor, id: string): Promise<BulkPreview> {
  const detail = await getBulkSend(em, actor, id);
  return {
    scenario: detail.scenario,
    locationId: detail.locationId,
    template: detail.template,
    sampleText: '',
    ratePerSecond: detail.ratePerSecond,
    numberType: sendingNumberType(detail.fromNumber),
    estimatedSeconds: Math.ceil(detail.counts.recipients / detail.ratePerSecond),
    recipientCount: detail.recipients.filter((r) => r.status !== 'excluded').length,
    recipients: detail.recipients.filter((r) => r.status !== 'excluded'),
    excludedCount: detail.counts.excluded,
    excluded: detail.recipients.flatMap((r) => (r.status === 'excluded' && r.exclusion ? [{ ...r, reason: r.exclusion, reasonText: BULK_EXCLUSION_LABELS[r.exclusion] }] : [])),
    exclusionCounts: {},
    allowance: { overageTexts: 0 },
    ...scopeOf(actor),
  };
}

function summary(row: SendRow): BulkSendSummary {
  return {
    id: row.id,
    locationId: row.location_id,
    scenario: row.scenario,
    status: row.status,
    ratePerSecond: row.rate_per_second,
    fromNumber: row.from_number,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    counts: { recipients: row.recipient_count, queued: row.queued_count, sent: row.sent_count, delivered: row.delivered_count, failed: row.failed_count, excluded: row.excluded_count },
  };
}

/** Sends at the staff member's locations (or one of them), newest first. */
export async function listBulkSends(em: EntityManager, actor: BulkActor, locationId?: string): Promise<BulkSendSummary[]> {
  const locations = locationId ? actor.locationIds.filter((l) => l === locationId) : [...actor.locationIds];
  if (!locations.length) return [];
  const rows = await em.execute<SendRow[]>(
    `select s.*, st.name as created_by_name from bulk_send s left join staff st on st.id = s.created_by
      where s.organization_id = ? and s.location_id = any(?::uuid[]) order by s.created_at desc limit 200`,
    [actor.organizationId, `{${locations.join(',')}}`],
  );
  return rows.map(summary);
}

async function rowFor(em: EntityManager, actor: BulkActor, id: string): Promise<SendRow> {
  const row = await findSendRow(em, id);
  if (!row || row.organization_id !== actor.organizationId || !actor.locationIds.includes(row.location_id)) throw new BulkError(BulkErrorCode.NotFound, 'This bulk send does not exist.');
  return row;
}

/** One send with its live counters and every recipient (masked by the access rule and contact rights). */
export async function getBulkSend(em: EntityManager, actor: BulkActor, id: string): Promise<BulkSendDetail> {
  const row = await rowFor(em, actor, id);
  const counters = await countProgress(em, id);
  const access = patientAccessSpec(actor);
  const members = await em.execute<{ patient_id: string; first_name: string; last_name: string; phone: string; status: BulkRecipientView['status']; exclusion: BulkExclusion | null; message_id: string | null; message_status: string | null; starts_at: Date | null; visible: boolean }[]>(
    `select r.patient_id, p.first_name, p.last_name, p.phone, r.status, r.exclusion, r.message_id, m.status as message_status, a.starts_at, ${visibleSql(access)} as visible
       from bulk_send_recipient r join patient p on p.id = r.patient_id
       cross join (select ?::uuid as id) loc
       left join appointment a on a.id = r.appointment_id
       left join message m on m.id = r.message_id
      where r.bulk_send_id = ? order by r.id`,
    [...visibleParams(access), row.location_id, id],
  );
  const [replies] = await em.execute<{ n: number }[]>(`select count(*)::int as n from message where bulk_send_id = ? and direction = 'inbound'`, [id]);
  return {
    ...summary(row),
    counts: counters,
    template: row.template,
    criteria: row.criteria,
    replies: replies?.n ?? 0,
    recipients: members.map((m) => ({
      ...person(actor, {
        patientId: m.patient_id,
        firstName: m.first_name,
        lastName: m.last_name,
        phone: m.phone,
        visible: m.visible,
        appointmentStartsAt: m.starts_at ? new Date(m.starts_at) : null,
      } as AudienceMember),
      status: m.status,
      exclusion: m.exclusion,
      messageId: m.visible ? m.message_id : null,
      messageStatus: m.message_status,
    })),
  };
}

const visibleSql = (spec: PatientAccessSpec) => patientAccessSql(spec, { organizationId: 'p.organization_id', locationId: 'loc.id', patientId: 'p.id' }).sql;
const visibleParams = (spec: PatientAccessSpec) => patientAccessSql(spec, { organizationId: 'p.organization_id', locationId: 'loc.id', patientId: 'p.id' }).params;

/** Live progress: queued (not sent yet), sent (accepted by the carrier), delivered, failed, excluded. */
export async function countProgress(em: EntityManager, bulkSendId: string): Promise<BulkSendSummary['counts']> {
  const [c] = await em.execute<{ recipients: number; queued: number; sent: number; delivered: number; failed: number; excluded: number }[]>(
    `select count(*)::int as recipients,
            count(*) filter (where r.status in ('pending', 'sending'))::int as queued,
            count(*) filter (where r.status = 'sent' and coalesce(m.status, 'sent') not in ('failed', 'undelivered'))::int as sent,
            count(*) filter (where r.status = 'sent' and m.status = 'delivered')::int as delivered,
            count(*) filter (where r.status = 'failed' or (r.status = 'sent' and m.status in ('failed', 'undelivered')))::int as failed,
            count(*) filter (where r.status = 'excluded')::int as excluded
       from bulk_send_recipient r left join message m on m.id = r.message_id where r.bulk_send_id = ?`,
    [bulkSendId],
  );
  return c ?? { recipients: 0, queued: 0, sent: 0, delivered: 0, failed: 0, excluded: 0 };
}

/** Stores the live counters on the send's row and tells the consoles, in the caller's transaction. */
export async function storeProgress(tx: EntityManager, bulkSendId: string, locationId: string): Promise<BulkSendSummary['counts']> {
  const c = await countProgress(tx, bulkSendId);
  await tx.execute(
    `update bulk_send set recipient_count = ?, queued_count = ?, sent_count = ?, delivered_count = ?, failed_count = ?, excluded_count = ?, updated_at = now() where id = ?`,
    [c.recipients, c.queued, c.sent, c.delivered, c.failed, c.excluded, bulkSendId],
  );
  await publishEvent(tx, { type: 'bulk_send.updated', bulkSendId, locationId });
  return c;
}

export type BulkSendAction = 'pause' | 'resume' | 'cancel';

const TRANSITIONS: Record<BulkSendAction, { from: readonly BulkSendStatus[]; to: BulkSendStatus; verb: string }> = {
  pause: { from: ['queued', 'running'], to: 'paused', verb: 'paused' },
  resume: { from: ['paused'], to: 'running', verb: 'resumed' },
  cancel: { from: ['queued', 'running', 'paused'], to: 'cancelled', verb: 'cancelled' },
};

/**
 * Pauses, resumes or cancels a send: the row is the source of truth (the workflow reads it before
 * every batch and every text); the signal, relayed through the outbox, wakes the workflow at once.
 * A cancel also marks everyone not texted yet as cancelled. A state change that does not apply is 409.
 */
export async function changeBulkSend(em: EntityManager, actor: BulkActor, id: string, action: BulkSendAction): Promise<BulkSendSummary> {
  const row = await rowFor(em, actor, id);
  const rule = TRANSITIONS[action];
  const changed = await em.transactional(async (tx) => {
    const [locked] = await tx.execute<{ status: BulkSendStatus }[]>('select status from bulk_send where id = ? for update', [id]);
    if (!locked || !rule.from.includes(locked.status)) return locked?.status ?? null;
    await tx.execute(`update bulk_send set status = ?, updated_at = now(), finished_at = case when ? = 'cancelled' then now() else finished_at end where id = ?`, [rule.to, rule.to, id]);
    if (action === 'cancel') await tx.execute(`update bulk_send_recipient set status = 'cancelled', updated_at = now() where bulk_send_id = ? and status = 'pending'`, [id]);
    await enqueueOutbox(tx, { kind: 'workflow.signal', workflowId: bulkSendWorkflowId(id), signal: BULK_SEND_CHANGED_SIGNAL, args: [{ action }] });
    await storeProgress(tx, id, row.location_id);
    return true;
  });
  if (changed !== true) throw new BulkError(BulkErrorCode.InvalidTransition, `This bulk send is ${changed ?? 'gone'}; it cannot be ${rule.verb}.`);
  await recordAudit(em, { organizationId: actor.organizationId, action: `bulk_send.${action}`, actor: { staffId: actor.id, label: actor.name }, origin: actor.origin ?? {}, target: { type: 'bulk_send', id } });
  return summary((await findSendRow(em, id)) as SendRow);
}
