import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { MessageTemplate, TemplateFavorite, type IMessageTemplate, type MikroORM } from '@beacon/db';
import { OPT_OUT_LANGUAGE, STARTER_TEMPLATES, fillTemplate, type FilledTemplate } from '@beacon/templates';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import type { TemplateInput, TemplateListQuery } from '@beacon/contracts';
import { THREAD_VARIABLES, ThreadContextService } from './thread-context.service.js';
import { assertPlanFeature } from '@beacon/plans';
import type { TemplateView, TemplateAnalytics } from '@beacon/contracts';

export type { TemplateView };

export type { TemplateAnalytics };

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'TEMPLATE_NOT_FOUND', 'This template does not exist.');
const pgUuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** The organisation's template library: starters + custom templates, search, favourites per person, analytics. */
@Injectable()
export class TemplatesService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
    private readonly threads: ThreadContextService,
  ) {}

  async list(staff: AuthenticatedStaff, query: TemplateListQuery): Promise<TemplateView[]> {
    await this.ensureStarters(staff.organizationId);
    const em = this.orm.em.fork();
    const q = query.q?.toLowerCase();
    const [rows, favorites] = await Promise.all([
      em.find(MessageTemplate, { organizationId: staff.organizationId, archivedAt: null, ...(query.category ? { category: query.category } : {}) }, { orderBy: { category: 'asc', name: 'asc' } }),
      em.find(TemplateFavorite, { staffId: staff.id }),
    ]);
    const fav = new Set(favorites.map((f) => f.templateId));
    return rows
      .filter((t) => !q || `${t.name} ${t.category} ${t.body}`.toLowerCase().includes(q))
      .filter((t) => query.favorites !== 'true' || fav.has(t.id))
      .map((t) => ({ id: t.id, name: t.name, category: t.category, kind: t.kind, body: t.body, builtIn: t.builtIn, favorite: fav.has(t.id) }))
      .sort((a, b) => Number(b.favorite) - Number(a.favorite));
  }

  async create(staff: AuthenticatedStaff, input: TemplateInput): Promise<TemplateView> {
    assertCompliant(input);
    const em = this.orm.em.fork();
    const now = new Date();
    const t = em.create(MessageTemplate, { id: randomUUID(), organizationId: staff.organizationId, ...input, builtIn: false, createdByStaffId: staff.id, createdAt: now, updatedAt: now, archivedAt: null });
    await em.flush();
    await this.audit.recordStaffAction(staff, 'template.update', { target: { type: 'message_template', id: t.id }, details: { change: 'created', kind: t.kind, category: t.category } });
    return { id: t.id, name: t.name, category: t.category, kind: t.kind, body: t.body, builtIn: false, favorite: false };
  }

  async update(staff: AuthenticatedStaff, id: string, input: TemplateInput): Promise<TemplateView> {
    assertCompliant(input);
    const em = this.orm.em.fork();
    const t = await this.find(staff, id, em);
    const fields = (Object.keys(input) as (keyof TemplateInput)[]).filter((k) => t[k] !== input[k]);
    Object.assign(t, input);
    await em.flush();
    await this.audit.recordStaffAction(staff, 'template.update', { target: { type: 'message_template', id: t.id }, details: { change: 'edited', fields } });
    const favorite = !!(await em.findOne(TemplateFavorite, { staffId: staff.id, templateId: t.id }));
    return { id: t.id, name: t.name, category: t.category, kind: t.kind, body: t.body, builtIn: t.builtIn, favorite };
  }

  async archive(staff: AuthenticatedStaff, id: string): Promise<void> {
    const em = this.orm.em.fork();
    const t = await this.find(staff, id, em);
    t.archivedAt = new Date();
    await em.flush();
    await this.audit.recordStaffAction(staff, 'template.update', { target: { type: 'message_template', id: t.id }, details: { change: 'archived' } });
  }

  async setFavorite(staff: AuthenticatedStaff, id: string, favorite: boolean): Promise<{ favorite: boolean }> {
    const t = await this.find(staff, id);
    const conn = this.orm.em.getConnection();
    if (favorite) await conn.execute('insert into template_favorite (staff_id, template_id, created_at) values (?, ?, now()) on conflict do nothing', [staff.id, t.id]);
    else await conn.execute('delete from template_favorite where staff_id = ? and template_id = ?', [staff.id, t.id]);
    return { favorite };
  }

  async render(staff: AuthenticatedStaff, conversationId: string, templateId: string): Promise<FilledTemplate & { templateId: string; kind: IMessageTemplate['kind'] }> {
    const conversation = await this.threads.conversation(staff, conversationId);
    const t = await this.find(staff, templateId);
    return { templateId: t.id, kind: t.kind, ...fillTemplate(t.body, await this.threads.values(conversation), THREAD_VARIABLES) };
  }

  /** Sends from this template at the caller's locations, and what came of them; computed from the messages themselves. */
  async analytics(staff: AuthenticatedStaff, id: string): Promise<TemplateAnalytics> {
    const t = await this.find(staff, id);
    await assertPlanFeature(this.orm.em.fork(), staff.organizationId, 'templateAnalytics');
    const [row] = await this.orm.em.getConnection().execute<{ sent: string; delivered: string; replied: string; converted: string }[]>(
      `with sends as (
         select m.id, m.conversation_id, m.created_at, m.status, c.patient_id
           from message m join conversation c on c.id = m.conversation_id
          where m.template_id = ? and m.direction = 'outbound' and c.organization_id = ? and c.location_id = any(?::uuid[]))
       select count(*) filter (where s.status not in ('blocked', 'failed')) as sent,
              count(*) filter (where s.status = 'delivered') as delivered,
              count(*) filter (where exists (select 1 from message r where r.conversation_id = s.conversation_id and r.direction = 'inbound'
                                               and r.created_at > s.created_at and r.created_at <= s.created_at + interval '24 hours')) as replied,
              count(*) filter (where exists (select 1 from appointment a where a.patient_id = s.patient_id
                                               and a.created_at > s.created_at and a.created_at <= s.created_at + interval '7 days')) as converted
         from sends s`,
      [t.id, staff.organizationId, pgUuidArray(staff.locationIds)],
    );
    return { templateId: t.id, sent: Number(row?.sent ?? 0), delivered: Number(row?.delivered ?? 0), repliedWithin24h: Number(row?.replied ?? 0), convertedWithin7d: Number(row?.converted ?? 0) };
  }

  private async find(staff: AuthenticatedStaff, id: string, em = this.orm.em.fork()): Promise<IMessageTemplate> {
    const t = await em.findOne(MessageTemplate, { id, organizationId: staff.organizationId, archivedAt: null });
    if (!t) throw notFound();
    return t;
  }

  /** Every organisation starts with the ready-made library (once; concurrent first requests do not duplicate it). */
  private async ensureStarters(organizationId: string): Promise<void> {
    const em = this.orm.em.fork();
    if (await em.count(MessageTemplate, { organizationId, builtIn: true })) return;
    await em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 11))', [`starter-templates:${organizationId}`]);
      if (await tx.count(MessageTemplate, { organizationId, builtIn: true })) return;
      const now = new Date();
      for (const s of STARTER_TEMPLATES) {
        tx.create(MessageTemplate, { id: randomUUID(), organizationId, name: s.name, category: s.category, kind: s.kind, body: s.body, builtIn: true, createdByStaffId: null, createdAt: now, updatedAt: now, archivedAt: null });
      }
    });
  }
}

/** Marketing texts (templates and quick replies) must tell patients how to opt out. */
export function assertCompliant(input: { kind: 'transactional' | 'marketing'; body: string }): void {
  if (input.kind === 'marketing' && !/\bSTOP\b/.test(input.body)) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'OPT_OUT_LANGUAGE_REQUIRED', `Marketing templates and quick replies must tell patients how to opt out. Add "${OPT_OUT_LANGUAGE}" to the text.`);
  }
}
