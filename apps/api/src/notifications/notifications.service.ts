import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { Location, type MikroORM } from '@beacon/db';
import { listLocalMail, listNotificationSettings, NOTIFICATION_EVENT_LABELS, saveNotificationSettings, type NotificationSetting } from '@beacon/notifications';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import { requireManageSettings } from '../settings/messaging-settings.service.js';
import type { NotificationSettingsInput } from '@beacon/contracts';
import type { NotificationSettingView } from '@beacon/contracts';
import type { SentEmailView } from '@beacon/contracts';

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
    const saved = await saveNotificationSettings(this.orm.em.fork(), { organizationId: staff.organizationId, locationId, staffId: staff.id, settings: input.settings });
    await this.audit.recordStaffAction(staff, 'settings.update', {
      target: { type: 'location', id: locationId },
      details: { section: 'notifications', events: input.settings.map((s) => ({ eventType: s.eventType, emailEnabled: s.emailEnabled, roles: s.roles })) },
    });
    return view(saved);
  }

  /** What the loopback SMTP server received for this organisation's staff (nothing when email goes to a real SMTP server). */
  async sentEmail(staff: AuthenticatedStaff): Promise<SentEmailView> {
    if (!this.config.SMTP_LOCAL_SERVER) return { localServer: false, emails: [] };
    return { localServer: true, emails: await listLocalMail(this.orm.em.fork(), staff.organizationId) };
  }

  private async location(staff: AuthenticatedStaff, locationId: string): Promise<void> {
    const location = await this.orm.em.fork().findOne(Location, { id: locationId, organizationId: staff.organizationId });
    if (!location) throw new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.');
    assertLocationAccess(staff, locationId);
  }
}
