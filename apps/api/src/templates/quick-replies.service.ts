import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { QuickReply, type IQuickReply, type MikroORM } from '@beacon/db';
import { fillTemplate, type FilledTemplate } from '@beacon/templates';
import { AuditService } from '../audit/audit.service.js';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import type { QuickReplyInput } from '@beacon/contracts';
import { assertCompliant } from './templates.service.js';
import { THREAD_VARIABLES, ThreadContextService } from './thread-context.service.js';
import { assertPlanFeature } from '@beacon/plans';
import type { QuickReplyView, QuickReplyAnalytics } from '@beacon/contracts';

export type { QuickReplyView };

const present = (q: IQuickReply): QuickReplyView => ({ id: q.id, locationId: q.locationId ?? null, category: q.category, shortcut: q.shortcut, title: q.title, body: q.body, kind: q.kind, updatedAt: q.updatedAt.toISOString() });
const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'QUICK_REPLY_NOT_FOUND', 'This quick reply does not exist.');

export type { QuickReplyAnalytics };

@Injectable()
export class QuickRepliesService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
    private readonly threads: ThreadContextService,
  ) {}

  /** The replies usable at a location: its own and the organisation-wide ones, by category then shortcut. */
  async list(staff: AuthenticatedStaff, locationId: string): Promise<QuickReplyView[]> {
    assertLocationAccess(staff, locationId);
    const rows = await this.orm.em
      .fork()
      .find(QuickReply, { organizationId: staff.organizationId, archivedAt: null, $or: [{ locationId }, { locationId: null }] }, { orderBy: { category: 'asc', shortcut: 'asc' } });
    return rows.map(present);
  }

  async create(staff: AuthenticatedStaff, input: QuickReplyInput): Promise<QuickReplyView> {
    if (input.locationId) assertLocationAccess(staff, input.locationId);
    assertCompliant(input);
    const em = this.orm.em.fork();
    await this.assertShortcutFree(staff, input.locationId, input.shortcut, null);
    const now = new Date();
    const reply = em.create(QuickReply, { id: randomUUID(), organizationId: staff.organizationId, ...input, createdByStaffId: staff.id, createdAt: now, updatedAt: now, archivedAt: null });
    await em.flush();
    await this.audit.recordStaffAction(staff, 'template.update', { target: { type: 'quick_reply', id: reply.id }, details: { change: 'created', shortcut: reply.shortcut, locationId: reply.locationId ?? null } });
    return present(reply);
  }

  async update(staff: AuthenticatedStaff, id: string, input: QuickReplyInput): Promise<QuickReplyView> {
    const em = this.orm.em.fork();
    const reply = await this.find(staff, id, em);
    if (input.locationId) assertLocationAccess(staff, input.locationId);
    assertCompliant(input);
    await this.assertShortcutFree(staff, input.locationId, input.shortcut, reply.id);
    const changed = (Object.keys(input) as (keyof QuickReplyInput)[]).filter((k) => (reply[k] ?? null) !== input[k]);
    Object.assign(reply, input);
    await em.flush();
    await this.audit.recordStaffAction(staff, 'template.update', { target: { type: 'quick_reply', id: reply.id }, details: { change: 'edited', fields: changed } });
    return present(reply);
  }

  async archive(staff: AuthenticatedStaff, id: string): Promise<void> {
    const em = this.orm.em.fork();
    const reply = await this.find(staff, id, em);
    reply.archivedAt = new Date();
    await em.flush();
    await this.audit.recordStaffAction(staff, 'template.update', { target: { type: 'quick_reply', id: reply.id }, details: { change: 'archived' } });
  }

  /** The reply filled from the conversation; `missing` names what could not be filled (left as `{{name}}`). */
  async render(staff: AuthenticatedStaff, conversationId: string, quickReplyId: string): Promise<FilledTemplate & { quickReplyId: string }> {
    const conversation = await this.threads.conversation(staff, conversationId);
    const reply = await this.find(staff, quickReplyId);
    if (reply.locationId && reply.locationId !== conversation.locationId) throw notFound();
    return { quickReplyId: reply.id, ...fillTemplate(reply.body, await this.threads.values(conversation), THREAD_VARIABLES) };
  }

  /** Most used replies at a location (all time), and uses per week for the last `weeks` weeks (Monday-based, UTC). */
  async analytics(staff: AuthenticatedStaff, locationId: string, weeks: number): Promise<QuickReplyAnalytics> {
    assertLocationAccess(staff, locationId);
    await assertPlanFeature(this.orm.em.fork(), staff.organizationId, 'templateAnalytics');
    const conn = this.orm.em.getConnection();
    const [top, weekly] = await Promise.all([
      conn.execute<{ id: string; title: string; shortcut: string; uses: string }[]>(
        `select q.id, q.title, q.shortcut, count(*) as uses from quick_reply_usage u join quick_reply q on q.id = u.quick_reply_id
          where u.organization_id = ? and u.location_id = ? group by q.id, q.title, q.shortcut order by count(*) desc, q.shortcut asc limit 10`,
        [staff.organizationId, locationId],
      ),
      conn.execute<{ week_start: Date | string; uses: string }[]>(
        `select w.week_start, count(u.id) as uses
           from generate_series(date_trunc('week', now() at time zone 'UTC') - ((?::int - 1) * interval '1 week'), date_trunc('week', now() at time zone 'UTC'), interval '1 week') as w(week_start)
           left join quick_reply_usage u on u.organization_id = ? and u.location_id = ? and date_trunc('week', u.used_at at time zone 'UTC') = w.week_start
          group by w.week_start order by w.week_start`,
        [weeks, staff.organizationId, locationId],
      ),
    ]);
    return {
      locationId,
      top: top.map((r) => ({ id: r.id, title: r.title, shortcut: r.shortcut, uses: Number(r.uses) })),
      weekly: weekly.map((r) => ({ weekStart: new Date(r.week_start).toISOString().slice(0, 10), uses: Number(r.uses) })),
    };
  }

  private async find(staff: AuthenticatedStaff, id: string, em = this.orm.em.fork()): Promise<IQuickReply> {
    const reply = await em.findOne(QuickReply, { id, organizationId: staff.organizationId, archivedAt: null });
    if (!reply || (reply.locationId && !staff.locationIds.includes(reply.locationId))) throw notFound();
    return reply;
  }

  private async assertShortcutFree(staff: AuthenticatedStaff, locationId: string | null, shortcut: string, exceptId: string | null): Promise<void> {
    const clash = await this.orm.em
      .fork()
      .findOne(QuickReply, { organizationId: staff.organizationId, shortcut, archivedAt: null, locationId, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (clash) throw new ApiError(HttpStatus.CONFLICT, 'SHORTCUT_TAKEN', `The shortcut /${shortcut} is already used by "${clash.title}". Pick another one.`);
  }
}
