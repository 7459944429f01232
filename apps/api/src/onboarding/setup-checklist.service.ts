import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import type { MikroORM } from '@beacon/db';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import { SETUP_STEPS, type SetupChecklist } from '@beacon/contracts';

/**
 * A new owner's setup steps, each read from the data itself (never a stored flag), so a step done some
 * other way (an API call, another owner) shows as done too.
 */
@Injectable()
export class SetupChecklistService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async checklist(staff: AuthenticatedStaff): Promise<SetupChecklist> {
    const [row] = await this.orm.em.getConnection().execute<{ location: boolean; staff: boolean; integration: boolean; test_text: boolean }[]>(
      `select
         exists (select 1 from location l where l.organization_id = ?
                  and exists (select 1 from jsonb_each(l.business_hours) d where jsonb_array_length(d.value) > 0)) as location,
         (select count(*) from staff s where s.organization_id = ?) > 1 as staff,
         exists (select 1 from integration i where i.organization_id = ? and i.active) as integration,
         exists (select 1 from message m join conversation c on c.id = m.conversation_id
                  where c.organization_id = ? and m.kind = 'settings_test' and m.status = 'delivered') as test_text`,
      [staff.organizationId, staff.organizationId, staff.organizationId, staff.organizationId],
    );
    const steps = SETUP_STEPS.map((id) => ({ id, done: Boolean(row?.[id]) }));
    return { steps, complete: steps.every((s) => s.done), sendingNumber: await this.sendingNumber() };
  }

  private async sendingNumber(): Promise<SetupChecklist['sendingNumber']> {
    if (this.config.SMS_PROVIDER === 'twilio') return { provider: 'twilio', suggestion: null };
    // Fictional 555-01xx numbers: they never reach a real phone, and each location needs its own.
    const candidates = Array.from({ length: 100 }, (_, i) => `+1737555${String(100 + i).padStart(4, '0')}`);
    const taken = await this.orm.em.getConnection().execute<{ phone_number: string }[]>(`select phone_number from location where phone_number = any(?::text[])`, [`{${candidates.join(',')}}`]);
    const used = new Set(taken.map((t) => t.phone_number));
    return { provider: 'simulator', suggestion: candidates.find((c) => !used.has(c)) ?? null };
  }
}
