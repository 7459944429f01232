import { Migration } from '@mikro-orm/migrations';

/**
 * Staff notifications by email: who gets which event at a location (owners' settings), one row per
 * email owed to one person about one alert (its idempotency key makes a retried activity a no-op),
 * and the mailbox of the local SMTP server `npm start` runs. A complaint from a patient is an alert too.
 */
export class Migration20261207StaffNotifications extends Migration {
  override name = '20261207_staff_notifications';

  override up(): void {
    this.addSql(`alter table "staff_alert" drop constraint if exists "staff_alert_kind_check";`);
    this.addSql(
      `alter table "staff_alert" add constraint "staff_alert_kind_check" check ("kind" in ('high_risk', 'reschedule_requested', 'cancel_requested', 'message_failed', 'opted_out', 'daily_digest', 'possible_opt_out', 'patient_complaint'));`,
    );
    this.addSql(
      `create table "notification_setting" ("location_id" uuid not null references "location" ("id") on delete cascade, "event_type" text not null, "organization_id" uuid not null, "email_enabled" boolean not null, "roles" text[] not null, "updated_by" uuid null, "updated_at" timestamptz not null default now(), primary key ("location_id", "event_type"));`,
    );
    this.addSql(
      `create table "notification_email" ("id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null, "alert_id" uuid not null, "staff_id" uuid not null references "staff" ("id") on delete cascade, "event_type" text not null, "idempotency_key" text not null, "status" text not null, "claimed_until" timestamptz null, "digest_key" text null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, primary key ("id"), constraint "notification_email_idempotency_key_unique" unique ("idempotency_key"), constraint "notification_email_status_check" check ("status" in ('pending', 'sending', 'sent', 'held', 'digest_sending', 'digested')));`,
    );
    this.addSql(`create index "notification_email_staff_created_index" on "notification_email" ("staff_id", "created_at");`);
    this.addSql(`create index "notification_email_held_index" on "notification_email" ("staff_id") where "status" in ('held', 'digest_sending');`);
    this.addSql(
      `create table "local_mail" ("id" uuid not null, "message_id" text null, "mail_from" text not null, "recipients" text[] not null, "subject" text not null, "body" text not null, "received_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "local_mail_received_at_index" on "local_mail" ("received_at");`);
  }
}
