import type { AppConfig } from '@beacon/config';
import { Location, Staff, StaffAlert, type EntityManager } from '@beacon/db';
import { loadPatientAccessFacts } from '@beacon/staff';
import { organizationHasFeature } from '@beacon/plans';
import type { NotificationActivities } from '@beacon/workflows/notifications/definitions.js';
import { notificationDigestEmail, notificationEmail } from './notification-email.util.js';
import { HIGH_PRIORITY_EVENTS, notificationEventOf, type NotificationEventType } from './notification-events.js';
import { notificationRecipients } from './notification-recipients.util.js';
import { loadNotificationSetting } from './notification-settings.js';
import type { Mailer } from './smtp-mailer.js';

export type NotificationConfig = Pick<AppConfig, 'CONSOLE_BASE_URL' | 'NOTIFICATION_DIGEST_THRESHOLD' | 'NOTIFICATION_DIGEST_WINDOW_SECONDS'>;

export interface NotificationDeps {
  em: () => EntityManager;
  mailer: Mailer;
  config: NotificationConfig;
  now?: () => number;
}

/** Alerts that count every patient at the location (see the alerts menu's rule). */
const COUNTS_EVERY_PATIENT = new Set(['daily_digest']);

const consoleLink = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;

/**
 * Emails staff about alerts. Every email is a `notification_email` row with an idempotency key
 * (`alert:<alert id>:<staff id>`, `digest:<alert id>:<staff id>`) written before it is sent, claimed
 * under a lease while it is sent and marked sent after: a retried activity sends only what is not
 * marked yet, so an email delivered and recorded is never sent again.
 */
export function createNotificationActivities(deps: NotificationDeps): NotificationActivities {
  const now = deps.now ?? Date.now;
  const windowMs = deps.config.NOTIFICATION_DIGEST_WINDOW_SECONDS * 1000;
  return {
    async notifyStaffOfAlert({ alertId }) {
      const em = deps.em();
      const alert = await em.findOne(StaffAlert, alertId);
      if (!alert) return { digestStaffIds: [], digestInMs: 0 };
      // Email notifications are a plan feature (Professional and up); the alert still shows in the console.
      if (!(await organizationHasFeature(em, alert.organizationId, 'staffNotifications'))) return { digestStaffIds: [], digestInMs: 0 };
      const location = await em.findOneOrFail(Location, alert.locationId);
      const eventType = notificationEventOf(alert.kind);
      const setting = await loadNotificationSetting(em, alert.locationId, eventType);
      const staff = await em.find(Staff, { organizationId: alert.organizationId, active: true });
      const candidates = staff.map((s) => ({ id: s.id, organizationId: s.organizationId, email: s.email, role: s.role, active: s.active, permissions: s.permissions, locationIds: s.locationIds, providerName: s.providerName ?? null }));
      const patient = alert.patientId ? await loadPatientAccessFacts(em, alert.organizationId, alert.locationId, alert.patientId) : null;
      const recipients = notificationRecipients(candidates, setting, {
        organizationId: alert.organizationId,
        locationId: alert.locationId,
        patient: patient?.facts ?? null,
        countsEveryPatient: COUNTS_EVERY_PATIENT.has(alert.kind),
      });

      // Decide per person, once (a retry keeps the decision): an email now, or held for a summary
      // when they already had the threshold's worth within the window.
      const at = new Date(now());
      // Urgent events are never held back for a summary, however many emails the person just had.
      const urgent = HIGH_PRIORITY_EVENTS.has(eventType);
      await em.transactional(async (tx) => {
        for (const person of [...recipients].sort((a, b) => a.id.localeCompare(b.id))) {
          await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`notification:${person.id}`]);
          await tx.execute(
            `insert into notification_email (id, organization_id, location_id, alert_id, staff_id, event_type, idempotency_key, status, created_at)
             select gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::text, ?::text,
                    case when not ?::boolean and (select count(*) from notification_email w where w.staff_id = ?::uuid and w.created_at > ?::timestamptz) >= ?::int then 'held' else 'pending' end, ?::timestamptz
             on conflict (idempotency_key) do nothing`,
            [alert.organizationId, alert.locationId, alert.id, person.id, eventType, `alert:${alert.id}:${person.id}`, urgent, person.id, new Date(at.getTime() - windowMs), deps.config.NOTIFICATION_DIGEST_THRESHOLD, at],
          );
        }
      });

      const rows = await em.execute<{ id: string; staff_id: string; status: string; idempotency_key: string; email: string }[]>(
        `select n.id, n.staff_id, n.status, n.idempotency_key, s.email from notification_email n join staff s on s.id = n.staff_id where n.alert_id = ? order by n.staff_id`,
        [alert.id],
      );
      // A finished bulk send names no patient: its link is the bulk sends page, where it is listed.
      const path = patient?.conversationId ? `/inbox/${patient.conversationId}` : alert.appointmentId ? '/calendar' : alert.kind === 'bulk_send_finished' ? '/bulk' : '/inbox';
      let inProgress = false;
      for (const row of rows.filter((r) => r.status === 'pending' || r.status === 'sending')) {
        // Claimed under a lease, so an attempt running beside a timed-out one never sends the same email.
        if (!(await claim(em, row.id))) {
          inProgress = true;
          continue;
        }
        const email = notificationEmail({
          to: row.email,
          idempotencyKey: row.idempotency_key,
          eventType,
          locationName: location.name,
          timeZone: location.timeZone,
          occurredAt: alert.createdAt,
          link: consoleLink(deps.config.CONSOLE_BASE_URL, path),
          alertText: alert.message,
        });
        // Outside any transaction: no connection is held across the SMTP call.
        await deps.mailer.send(email).catch(async (error: unknown) => {
          await em.execute(`update notification_email set status = 'pending', claimed_until = null where id = ? and status = 'sending'`, [row.id]);
          throw error;
        });
        await em.execute(`update notification_email set status = 'sent', sent_at = now(), claimed_until = null where id = ? and status = 'sending'`, [row.id]);
      }
      if (inProgress) throw new Error('Another attempt is sending some of these emails; trying again once its claim expires.');
      const held = rows.filter((r) => r.status === 'held').map((r) => r.staff_id);
      const elapsed = now() - alert.createdAt.getTime();
      return { digestStaffIds: held, digestInMs: held.length ? Math.max(1000, windowMs - Math.max(0, elapsed)) : 0 };
    },

    async sendNotificationDigests({ alertId, staffIds }) {
      const em = deps.em();
      for (const staffId of staffIds) {
        const key = `digest:${alertId}:${staffId}`;
        // Claims everything held for the person (a retry finds its own claim under the same key).
        await em.execute(`update notification_email set status = 'digest_sending', digest_key = ? where staff_id = ? and status = 'held'`, [key, staffId]);
        const items = await em.execute<{ event_type: NotificationEventType; location_name: string }[]>(
          `select n.event_type, l.name as location_name from notification_email n join location l on l.id = n.location_id where n.digest_key = ? and n.status = 'digest_sending' order by n.created_at`,
          [key],
        );
        if (!items.length) continue;
        // One attempt at a time sends the summary (as claim() does for single emails).
        const taken = await em.execute<{ id: string }[]>(
          `update notification_email set claimed_until = now() + make_interval(secs => ?)
            where digest_key = ? and status = 'digest_sending'
              and not exists (select 1 from notification_email c where c.digest_key = ? and c.status = 'digest_sending' and c.claimed_until > now()) returning id`,
          [SEND_CLAIM_SECONDS, key, key],
        );
        if (!taken.length) throw new Error('Another attempt is sending this summary; trying again once its claim expires.');
        const staff = await em.findOne(Staff, { id: staffId, active: true });
        if (staff) {
          const email = notificationDigestEmail({
            to: staff.email,
            idempotencyKey: key,
            items: items.map((i) => ({ eventType: i.event_type, locationName: i.location_name })),
            consoleUrl: consoleLink(deps.config.CONSOLE_BASE_URL, '/inbox'),
          });
          await deps.mailer.send(email).catch(async (error: unknown) => {
            await em.execute(`update notification_email set claimed_until = null where digest_key = ? and status = 'digest_sending'`, [key]);
            throw error;
          });
        }
        await em.execute(`update notification_email set status = 'digested', sent_at = now(), claimed_until = null where digest_key = ? and status = 'digest_sending'`, [key]);
      }
    },
  };
}

/** How long one attempt may hold an email it is sending (longer than nodemailer's timeouts together). */
const SEND_CLAIM_SECONDS = 90;

async function claim(em: EntityManager, id: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `update notification_email set status = 'sending', claimed_until = now() + make_interval(secs => ?)
      where id = ? and (status = 'pending' or (status = 'sending' and claimed_until < now())) returning id`,
    [SEND_CLAIM_SECONDS, id],
  );
  return rows.length > 0;
}
