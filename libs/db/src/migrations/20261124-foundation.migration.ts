import { Migration } from '@mikro-orm/migrations';

/** Foundation schema: organisations, locations, staff, patients, appointments, inbox, consent ledger. */
export class Migration20261124Foundation extends Migration {
  override name = '20261124_foundation';

  override up(): void {
    this.addSql(`create table "appointment" ("id" uuid not null, "organization_id" uuid not null, "integration_id" uuid not null, "external_id" varchar(255) not null, "location_id" uuid not null, "patient_id" uuid not null, "starts_at" timestamptz not null, "duration_minutes" int not null, "provider_name" varchar(255) not null, "service_name" varchar(255) not null, "source" text not null, "status" text not null, "confirmation_status" text not null, "version" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "appointment_organization_id_index" on "appointment" ("organization_id");`);
    this.addSql(`create index "appointment_location_id_index" on "appointment" ("location_id");`);
    this.addSql(`create index "appointment_patient_id_index" on "appointment" ("patient_id");`);
    this.addSql(`create index "appointment_starts_at_index" on "appointment" ("starts_at");`);
    this.addSql(`alter table "appointment" add constraint "appointment_integration_id_external_id_unique" unique ("integration_id", "external_id");`);
    this.addSql(`alter table "appointment" add constraint "appointment_source_check" check ("source" in ('online', 'staff'));`);
    this.addSql(`alter table "appointment" add constraint "appointment_status_check" check ("status" in ('booked', 'cancelled', 'checked_in', 'completed', 'no_show'));`);
    this.addSql(`alter table "appointment" add constraint "appointment_confirmation_status_check" check ("confirmation_status" in ('unconfirmed', 'confirmed', 'high_risk', 'reschedule_requested'));`);
    this.addSql(`create table "booking_event" ("id" uuid not null, "integration_id" uuid not null, "event_id" varchar(255) not null, "type" varchar(255) not null, "appointment_id" uuid not null, "payload" jsonb not null, "received_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "booking_event_appointment_id_index" on "booking_event" ("appointment_id");`);
    this.addSql(`alter table "booking_event" add constraint "booking_event_integration_id_event_id_unique" unique ("integration_id", "event_id");`);
    this.addSql(`create table "consent_event" ("id" uuid not null, "organization_id" uuid not null, "patient_id" uuid null, "phone" varchar(255) not null, "kind" text not null, "action" text not null, "method" text not null, "message_id" uuid null, "staff_id" uuid null, "reason" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "consent_event_organization_id_phone_created_at_index" on "consent_event" ("organization_id", "phone", "created_at");`);
    this.addSql(`alter table "consent_event" add constraint "consent_event_kind_check" check ("kind" in ('transactional', 'marketing'));`);
    this.addSql(`alter table "consent_event" add constraint "consent_event_action_check" check ("action" in ('opt_in', 'opt_out'));`);
    this.addSql(`alter table "consent_event" add constraint "consent_event_method_check" check ("method" in ('keyword', 'plain_language', 'web_form', 'verbal_staff', 'import', 'carrier_error_21610', 'booking'));`);
    this.addSql(`create table "conversation" ("id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null, "patient_id" uuid not null, "status" text not null, "last_message_at" timestamptz not null, "last_message_preview" text not null, "last_inbound_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "conversation_patient_id_index" on "conversation" ("patient_id");`);
    this.addSql(`create index "conversation_location_id_last_message_at_index" on "conversation" ("location_id", "last_message_at");`);
    this.addSql(`alter table "conversation" add constraint "conversation_location_id_patient_id_unique" unique ("location_id", "patient_id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_status_check" check ("status" in ('open', 'closed'));`);
    this.addSql(`create table "conversation_read" ("id" uuid not null, "staff_id" uuid not null, "conversation_id" uuid not null, "last_read_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "conversation_read_conversation_id_index" on "conversation_read" ("conversation_id");`);
    this.addSql(`alter table "conversation_read" add constraint "conversation_read_staff_id_conversation_id_unique" unique ("staff_id", "conversation_id");`);
    this.addSql(`create table "integration" ("id" uuid not null, "organization_id" uuid not null, "name" varchar(255) not null, "key_id" varchar(255) not null, "secret_encrypted" text not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "integration_organization_id_index" on "integration" ("organization_id");`);
    this.addSql(`alter table "integration" add constraint "integration_key_id_unique" unique ("key_id");`);
    this.addSql(`create table "location" ("id" uuid not null, "organization_id" uuid not null, "name" varchar(255) not null, "time_zone" varchar(255) not null, "phone_number" varchar(255) not null, "address" text not null, "business_hours" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "location_organization_id_index" on "location" ("organization_id");`);
    this.addSql(`alter table "location" add constraint "location_phone_number_unique" unique ("phone_number");`);
    this.addSql(`create table "message" ("id" uuid not null, "conversation_id" uuid not null, "direction" text not null, "body" text not null, "status" text not null, "automated" boolean not null, "kind" varchar(255) not null, "from_number" varchar(255) not null, "to_number" varchar(255) not null, "provider_sid" varchar(255) null, "idempotency_key" varchar(255) null, "error_code" varchar(255) null, "error_message" text null, "sent_by_staff_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "message" add constraint "message_provider_sid_unique" unique ("provider_sid");`);
    this.addSql(`alter table "message" add constraint "message_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "message_conversation_id_created_at_index" on "message" ("conversation_id", "created_at");`);
    this.addSql(`alter table "message" add constraint "message_direction_check" check ("direction" in ('inbound', 'outbound'));`);
    this.addSql(`alter table "message" add constraint "message_status_check" check ("status" in ('received', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'blocked'));`);
    this.addSql(`create table "organization" ("id" uuid not null, "name" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "patient" ("id" uuid not null, "organization_id" uuid not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "phone" varchar(255) not null, "email" varchar(255) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "patient_organization_id_index" on "patient" ("organization_id");`);
    this.addSql(`alter table "patient" add constraint "patient_organization_id_phone_unique" unique ("organization_id", "phone");`);
    this.addSql(`create table "simulator_message" ("id" uuid not null, "sid" varchar(255) not null, "direction" text not null, "patient_phone" varchar(255) not null, "clinic_phone" varchar(255) not null, "body" text not null, "media_urls" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "simulator_message" add constraint "simulator_message_sid_unique" unique ("sid");`);
    this.addSql(`create index "simulator_message_patient_phone_created_at_index" on "simulator_message" ("patient_phone", "created_at");`);
    this.addSql(`alter table "simulator_message" add constraint "simulator_message_direction_check" check ("direction" in ('to_patient', 'from_patient'));`);
    this.addSql(`create table "staff" ("id" uuid not null, "organization_id" uuid not null, "email" varchar(255) not null, "name" varchar(255) not null, "password_hash" varchar(255) not null, "role" text not null, "permissions" jsonb not null, "location_ids" jsonb not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "staff_organization_id_index" on "staff" ("organization_id");`);
    this.addSql(`alter table "staff" add constraint "staff_email_unique" unique ("email");`);
    this.addSql(`alter table "staff" add constraint "staff_role_check" check ("role" in ('owner', 'front_desk', 'provider', 'treatment_coordinator', 'medical_assistant'));`);
    this.addSql(`create table "staff_session" ("id" uuid not null, "staff_id" uuid not null, "token_hash" varchar(255) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(255) null, "user_agent" text null, primary key ("id"));`);
    this.addSql(`create index "staff_session_staff_id_index" on "staff_session" ("staff_id");`);
    this.addSql(`alter table "staff_session" add constraint "staff_session_token_hash_unique" unique ("token_hash");`);

    // Referential integrity the ORM metadata does not express (ids are plain columns in the entities),
    // checked at commit so the unit of work may insert rows of one transaction in any order.
    const fk = (table: string, column: string, target: string, onDelete = 'restrict') =>
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_fk" foreign key ("${column}") references "${target}" ("id") on delete ${onDelete} deferrable initially deferred;`);
    fk('location', 'organization_id', 'organization');
    fk('staff', 'organization_id', 'organization');
    fk('staff_session', 'staff_id', 'staff', 'cascade');
    fk('patient', 'organization_id', 'organization');
    fk('integration', 'organization_id', 'organization');
    fk('appointment', 'organization_id', 'organization');
    fk('appointment', 'integration_id', 'integration');
    fk('appointment', 'location_id', 'location');
    fk('appointment', 'patient_id', 'patient');
    fk('booking_event', 'integration_id', 'integration');
    fk('booking_event', 'appointment_id', 'appointment');
    fk('conversation', 'organization_id', 'organization');
    fk('conversation', 'location_id', 'location');
    fk('conversation', 'patient_id', 'patient');
    fk('conversation_read', 'staff_id', 'staff', 'cascade');
    fk('conversation_read', 'conversation_id', 'conversation', 'cascade');
    fk('message', 'conversation_id', 'conversation');
    fk('consent_event', 'organization_id', 'organization');
    fk('consent_event', 'patient_id', 'patient');
    // Staff emails are matched case-insensitively at login.
    this.addSql(`create unique index "staff_email_lower_unique" on "staff" (lower("email"));`);
    // The consent ledger is append-only: updates and deletes are refused by the database itself.
    this.addSql(`create function consent_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'consent_event is append-only'; end $$;`);
    this.addSql(`create trigger consent_event_no_update before update or delete on "consent_event" for each row execute function consent_event_append_only();`);
  }
}
