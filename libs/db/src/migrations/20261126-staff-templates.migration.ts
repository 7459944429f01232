import { Migration } from '@mikro-orm/migrations';

/**
 * Staff ↔ provider link (own-patients visibility), quick replies with usage, the template library with
 * favourites, and the template a message was sent from (analytics). Columns other branches may also add
 * (conversation.assigned_staff_id) use `if not exists` so the migrations apply in either order.
 */
export class Migration20261126StaffTemplates extends Migration {
  override name = '20261126_staff_templates';

  override up(): void {
    this.addSql(`alter table "staff" add column if not exists "provider_name" varchar(255) null;`);
    this.addSql(`alter table "conversation" add column if not exists "assigned_staff_id" uuid null;`);
    this.addSql(`alter table "message" add column if not exists "template_id" uuid null;`);
    this.addSql(`create index if not exists "message_template_id_index" on "message" ("template_id") where "template_id" is not null;`);

    this.addSql(
      `create table "quick_reply" ("id" uuid not null, "organization_id" uuid not null, "location_id" uuid null, "category" varchar(60) not null, "shortcut" varchar(40) not null, "title" varchar(120) not null, "body" text not null, "created_by_staff_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "quick_reply_organization_id_index" on "quick_reply" ("organization_id");`);
    this.addSql(`alter table "quick_reply" add constraint "quick_reply_organization_id_fk" foreign key ("organization_id") references "organization" ("id") deferrable initially deferred;`);
    this.addSql(`alter table "quick_reply" add constraint "quick_reply_location_id_fk" foreign key ("location_id") references "location" ("id") deferrable initially deferred;`);

    this.addSql(
      `create table "quick_reply_usage" ("id" uuid not null, "quick_reply_id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null, "staff_id" uuid not null, "message_id" uuid not null, "used_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "quick_reply_usage" add constraint "quick_reply_usage_message_reply_unique" unique ("message_id", "quick_reply_id");`);
    this.addSql(`create index "quick_reply_usage_location_id_used_at_index" on "quick_reply_usage" ("location_id", "used_at");`);

    this.addSql(
      `create table "message_template" ("id" uuid not null, "organization_id" uuid not null, "name" varchar(120) not null, "category" varchar(60) not null, "kind" text not null, "body" text not null, "built_in" boolean not null default false, "created_by_staff_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "message_template" add constraint "message_template_kind_check" check ("kind" in ('transactional', 'marketing'));`);
    this.addSql(`create index "message_template_organization_id_index" on "message_template" ("organization_id");`);
    this.addSql(`alter table "message_template" add constraint "message_template_organization_id_fk" foreign key ("organization_id") references "organization" ("id") deferrable initially deferred;`);

    // Login throttling counts recent failures per email and address from the audit trail.
    this.addSql(`create index if not exists "audit_event_login_throttle_index" on "audit_event" ("actor_label", "occurred_at") where "action" in ('auth.login', 'auth.login_failed');`);
    this.addSql(`create table "template_favorite" ("staff_id" uuid not null, "template_id" uuid not null, "created_at" timestamptz not null, primary key ("staff_id", "template_id"));`);
  }
}
