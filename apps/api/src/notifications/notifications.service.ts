import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { Location, type ILocation, type MikroORM } from '@beacon/db';
import { listLocalMail, listNotificationSettings, NOTIFICATION_EVENT_LABELS, saveNotificationSettings, type NotificationSetting } from '@beacon/notifications';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import { requireManageSettings } from '../settings/manage-settings.guard.js';
import type { NotificationSettingsInput, NotificationSettingView, SentEmailView, VipRuleInput, VipRuleView } from '@beacon/contracts';
import { assertPlanFeature } from '@beacon/plans';

export type { NotificationSettingView };

const view = (settings: NotificationSetting[]): NotificationSettingView[] => settings.map((s) => ({ ...s, label: NOTIFICATION_EVENT_LABELS[s.eventType] }));

/** Who is emailed about which event at a location, and (local development) the email the loopback server received. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async settings(staff: AuthenticatedStaff, locationId: string): Promise<NotificationSettingView[]> {
    await this.location(staff, locationId);
    return view(await listNotificationSettings(this.orm.em.fork(), locationId));
  }

  async replace(staff: AuthenticatedStaff, locationId: string, input: NotificationSettingsInput): Promise<NotificationSettingView[]> {
    requireManageSettings(staff);
    await this.location(staff, locationId);
    await assertPlanFeature(this.orm.em.fork(), staff.organizationId, 'staffNotifications');
    const saved = await saveNotificationSettings(this.orm.em.fork(), { organizationId: staff.organizationId, locationId, staffId: staff.id, settings: input.settings });
    await this.audit.recordStaffAction(staff, 'settings.update', {
      target: { type: 'location', id: locationId },
      details: { section: 'notifications', events: input.settings.map((s) => ({ eventType: s.eventType, emailEnabled: s.emailEnabled, roles: s.roles })) },
    });
    return view(saved);
  }

  async vipRule(staff: AuthenticatedStaff, locationId: string): Promise<VipRuleView> {
    const location = await this.location(staff, locationId);
    return { lifetimeSpendCents: location.vipLifetimeSpendCents ?? null };
  }

  async replaceVipRule(staff: AuthenticatedStaff, locationId: string, input: VipRuleInput): Promise<VipRuleView> {
    requireManageSettings(staff);
    await this.location(staff, locationId);
    await this.orm.em.fork().nativeUpdate(Location, { id: locationId, organizationId: staff.organizationId }, { vipLifetimeSpendCents: input.lifetimeSpendCents });
    await this.audit.recordStaffAction(staff, 'settings.update', { target: { type: 'location', id: locationId }, details: { section: 'vip_rule', lifetimeSpendCents: input.lifetimeSpendCents } });
    return { lifetimeSpendCents: input.lifetimeSpendCents };
  }

  /** What the loopback SMTP server received for this organisation's staff (nothing when email goes to a real SMTP server). */
  async sentEmail(staff: AuthenticatedStaff): Promise<SentEmailView> {
    if (!this.config.SMTP_LOCAL_SERVER) return { localServer: false, emails: [] };
    return { localServer: true, emails: await listLocalMail(this.orm.em.fork(), staff.organizationId) };
  }

  private async location(staff: AuthenticatedStaff, locationId: string): Promise<ILocation> {
    const location = await this.orm.em.fork().findOne(Location, { id: locationId, organizationId: staff.organizationId });
    if (!location) throw new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.');
    assertLocationAccess(staff, locationId);
    return location;
  }
}
