import { Migration } from '@mikro-orm/migrations';

/**
 * Unified inbox: assignment and star on conversations, a replayable realtime event log (so a
 * reconnecting console catches up without gaps), patient notes and visit prices for the context
 * panel, and encrypted MMS media stored by us.
 */
export class Migration20261126UnifiedInbox extends Migration {
  override name = '20261126_unified_inbox';

  override up(): void {
    // `if not exists`: the staff/roles branch may add the same column.
    this.addSql(`alter table "conversation" add column if not exists "assigned_staff_id" uuid null;`);
    this.addSql(`alter table "conversation" add column if not exists "starred" boolean not null default false;`);
    this.addSql(`create index if not exists "conversation_assigned_staff_id_index" on "conversation" ("assigned_staff_id");`);
    this.addSql(`create index if not exists "conversation_location_id_last_message_at_id_index" on "conversation" ("location_id", "last_message_at" desc, "id" desc);`);
    this.addSql(
      `create table "realtime_event" ("seq" bigserial not null, "location_id" uuid not null, "type" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), primary key ("seq"));`,
    );
    this.addSql(`create index "realtime_event_location_id_seq_index" on "realtime_event" ("location_id", "seq");`);
    this.addSql(`create index "realtime_event_created_at_index" on "realtime_event" ("created_at");`);
    this.addSql(`alter table "patient" add column if not exists "notes" text not null default '';`);
    this.addSql(`alter table "appointment" add column if not exists "price_cents" int null;`);
    // Pictures: uploaded by staff before sending (message_id null until sent) or fetched from an inbound MMS.
    this.addSql(
      `create table "message_media" ("id" uuid not null, "conversation_id" uuid not null, "message_id" uuid null, "position" int null, "uploaded_by_staff_id" uuid null, "content_type" varchar(255) not null, "size_bytes" int not null, "data_encrypted" bytea not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "message_media_message_id_index" on "message_media" ("message_id");`);
    this.addSql(`alter table "message_media" add constraint "message_media_message_id_position_unique" unique ("message_id", "position");`);
    this.addSql(`alter table "message_media" add constraint "message_media_conversation_id_fk" foreign key ("conversation_id") references "conversation" ("id") on delete cascade deferrable initially deferred;`);
    this.addSql(`alter table "message_media" add constraint "message_media_message_id_fk" foreign key ("message_id") references "message" ("id") on delete cascade deferrable initially deferred;`);
    // The simulated phone's own pictures (what a patient sends), served to our webhook like Twilio would.
    this.addSql(`create table "simulator_media" ("id" uuid not null, "content_type" varchar(255) not null, "data" bytea not null, "created_at" timestamptz not null, primary key ("id"));`);
  }
}
