import { Migration } from '@mikro-orm/migrations';

/** Per-location messaging settings, event ordering for appointments, staff alerts, delivery callback log. */
export class Migration20261125AppointmentLifecycle extends Migration {
  override name = '20261125_appointment_lifecycle';

  override up(): void {
    this.addSql(`alter table "location" add column "messaging_settings" jsonb not null default '{}';`);
    // When the booking system says the latest applied event happened; older events change nothing.
    this.addSql(`alter table "appointment" add column "last_event_at" timestamptz null;`);
    // The simulator counts repeated sends of one message, which a real carrier would deliver twice.
    this.addSql(`alter table "simulator_message" add column "duplicate_sends" int not null default 0;`);
    this.addSql(
      `create table "staff_alert" ("id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null, "appointment_id" uuid null, "patient_id" uuid null, "kind" text not null, "message" text not null, "dedupe_key" varchar(255) not null, "acknowledged_at" timestamptz null, "acknowledged_by" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "staff_alert_location_id_created_at_index" on "staff_alert" ("location_id", "created_at");`);
    this.addSql(
      `create table "delivery_status_event" ("id" uuid not null, "provider_sid" varchar(255) not null, "status" varchar(255) not null, "error_code" varchar(255) null, "error_message" text null, "received_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "delivery_status_event_provider_sid_index" on "delivery_status_event" ("provider_sid");`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_kind_check" check ("kind" in ('high_risk', 'reschedule_requested', 'cancel_requested', 'message_failed', 'opted_out', 'daily_digest'));`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_organization_id_fk" foreign key ("organization_id") references "organization" ("id") deferrable initially deferred;`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_location_id_fk" foreign key ("location_id") references "location" ("id") deferrable initially deferred;`);
    this.addSql(`alter table "staff_alert" add constraint "staff_alert_appointment_id_fk" foreign key ("appointment_id") references "appointment" ("id") deferrable initially deferred;`);
  }
}
