import type { EntityManager, StaffRole } from '@beacon/db';
import { defaultNotificationSetting, effectiveNotificationSettings, type NotificationEventType, type NotificationSetting } from './notification-events.js';

interface SettingRow {
  event_type: NotificationEventType;
  email_enabled: boolean;
  roles: StaffRole[];
}

const toSetting = (r: SettingRow): NotificationSetting => ({ eventType: r.event_type, emailEnabled: r.email_enabled, roles: r.roles });

/** The location's setting for one event (the default when owners have not changed it). */
export async function loadNotificationSetting(em: EntityManager, locationId: string, eventType: NotificationEventType): Promise<NotificationSetting> {
  const [row] = await em.execute<SettingRow[]>(`select event_type, email_enabled, roles from notification_setting where location_id = ? and event_type = ?`, [locationId, eventType]);
  return row ? toSetting(row) : defaultNotificationSetting(eventType);
}

/** Every event's setting at a location. */
export async function listNotificationSettings(em: EntityManager, locationId: string): Promise<NotificationSetting[]> {
  const rows = await em.execute<SettingRow[]>(`select event_type, email_enabled, roles from notification_setting where location_id = ?`, [locationId]);
  return effectiveNotificationSettings(rows.map(toSetting));
}

/** The one writer of notification settings (owners, through the API). */
export async function saveNotificationSettings(
  em: EntityManager,
  input: { organizationId: string; locationId: string; staffId: string; settings: readonly NotificationSetting[] },
): Promise<NotificationSetting[]> {
  await em.transactional(async (tx) => {
    for (const s of input.settings) {
      await tx.execute(
        `insert into notification_setting (location_id, event_type, organization_id, email_enabled, roles, updated_by, updated_at)
         values (?, ?, ?, ?, ?::text[], ?, now())
         on conflict (location_id, event_type) do update set email_enabled = excluded.email_enabled, roles = excluded.roles, updated_by = excluded.updated_by, updated_at = now()`,
        [input.locationId, s.eventType, input.organizationId, s.emailEnabled, `{${[...new Set(s.roles)].join(',')}}`, input.staffId],
      );
    }
  });
  return listNotificationSettings(em, input.locationId);
}
