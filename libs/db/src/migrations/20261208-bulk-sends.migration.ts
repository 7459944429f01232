import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk sends (one Temporal workflow `bulk-send-<id>` each, background queue) and their recipients.
 * A recipient row is unique per send and patient, and its text carries the idempotency key
 * `bulk-<send id>:<patient id>`, so a retried or restarted send never texts anyone twice. The
 * message row knows the send it belongs to (outbound) or answers (inbound reply).
 */
export class Migration20261208BulkSends extends Migration {
  override name = '20261208_bulk_sends';

  override up(): void {
    this.addSql(`create table "bulk_send" (
      "id" uuid primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "location_id" uuid not null references "location" ("id"),
      "scenario" text not null check ("scenario" in ('provider_running_late', 'provider_sick', 'closure', 'promotion')),
      "template" text not null,
      "criteria" jsonb not null default '{}',
      "status" text not null default 'queued' check ("status" in ('queued', 'running', 'paused', 'cancelled', 'finished')),
      "rate_per_second" integer not null check ("rate_per_second" between 1 and 100),
      "from_number" text not null,
      "recipient_count" integer not null default 0,
      "queued_count" integer not null default 0,
      "sent_count" integer not null default 0,
      "delivered_count" integer not null default 0,
      "failed_count" integer not null default 0,
      "excluded_count" integer not null default 0,
      "created_by" uuid not null references "staff" ("id"),
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "finished_at" timestamptz null
    );`);
    this.addSql(`create index "bulk_send_location_created_idx" on "bulk_send" ("location_id", "created_at" desc);`);
    this.addSql(`create table "bulk_send_recipient" (
      "id" bigserial primary key,
      "bulk_send_id" uuid not null references "bulk_send" ("id") on delete cascade,
      "patient_id" uuid not null references "patient" ("id"),
      "appointment_id" uuid null references "appointment" ("id"),
      "status" text not null check ("status" in ('pending', 'sending', 'sent', 'failed', 'excluded', 'cancelled')),
      "exclusion" text null,
      "message_id" uuid null,
      "sent_at" timestamptz null,
      "updated_at" timestamptz not null default now(),
      constraint "bulk_send_recipient_unique" unique ("bulk_send_id", "patient_id")
    );`);
    this.addSql(`create index "bulk_send_recipient_pending_idx" on "bulk_send_recipient" ("bulk_send_id", "id") where "status" in ('pending', 'sending');`);
    this.addSql(`create index "bulk_send_recipient_patient_idx" on "bulk_send_recipient" ("patient_id", "sent_at");`);
    // Pacing per sending number, shared by every send from it: the next moment a text may leave.
    this.addSql(`create table "bulk_send_pace" ("from_number" text primary key, "next_at" timestamptz not null);`);
    this.addSql(`alter table "message" add column "bulk_send_id" uuid null;`);
    this.addSql(`create index "message_bulk_send_idx" on "message" ("bulk_send_id") where "bulk_send_id" is not null;`);
  }
}
