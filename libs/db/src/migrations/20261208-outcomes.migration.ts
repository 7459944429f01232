import { Migration } from '@mikro-orm/migrations';

/**
 * Outcomes and usage: every text records the SMS segments a carrier bills for it (bodies are encrypted,
 * so SQL cannot count them afterwards; rows older than this column count one), and the indexes the
 * outcomes and usage queries read (a month of one organisation's texts, a period of its appointments,
 * the 48 h confirmation requests) so they answer in well under 300 ms at 1M texts / 200k appointments.
 */
export class Migration20261208Outcomes extends Migration {
  override name = '20261208_outcomes';

  override up(): void {
    this.addSql(`alter table "message" add column "segments" int not null default 1;`);
    this.addSql(`alter table "message" add constraint "message_segments_check" check ("segments" >= 1);`);
    // Usage and delivery: texts of a period, covering what the meters read (no heap visit per row).
    this.addSql(`create index "message_created_at_usage_idx" on "message" ("created_at") include ("conversation_id", "direction", "status", "segments", "kind", "automated", "template_id");`);
    // Revenue recovered: the 48 h confirmation requests of a period (their appointment is in the idempotency key).
    this.addSql(`create index "message_confirmation_request_idx" on "message" ("created_at") include ("idempotency_key") where "kind" = 'confirmation_request';`);
    // Outcomes: an organisation's appointments of a period, with what the rates read.
    this.addSql(
      `create index "appointment_outcomes_idx" on "appointment" ("organization_id", "starts_at") include ("location_id", "provider_name", "status", "confirmation_status", "version", "last_event_at", "price_cents", "created_at");`,
    );
    // Funnel "booked within 7 days": an organisation's bookings by when they were made.
    this.addSql(`create index "appointment_org_created_idx" on "appointment" ("organization_id", "created_at") include ("patient_id");`);
    // Opt-out rate: an organisation's consent events of a period.
    this.addSql(`create index "consent_event_org_created_idx" on "consent_event" ("organization_id", "created_at");`);
    // Usage per location: an organisation's threads with their location.
    this.addSql(`create index "conversation_org_location_idx" on "conversation" ("organization_id", "location_id");`);
  }
}
