import { Migration } from '@mikro-orm/migrations';

/** Smart replies prepared per inbound text, staff feedback on them, and the per-organisation AI switch. */
export class Migration20261126ReplySuggestions extends Migration {
  override name = '20261126_reply_suggestions';

  override up(): void {
    this.addSql(
      `create table "reply_suggestion" ("id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null, "conversation_id" uuid not null, "message_id" uuid not null, "intent" varchar(255) not null, "confidence" double precision not null, "engine" varchar(255) not null, "fallback_reason" text null, "suggestions" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "reply_suggestion_conversation_id_index" on "reply_suggestion" ("conversation_id");`);
    this.addSql(`alter table "reply_suggestion" add constraint "reply_suggestion_message_id_unique" unique ("message_id");`);
    this.addSql(`alter table "reply_suggestion" add constraint "reply_suggestion_message_id_fk" foreign key ("message_id") references "message" ("id") on delete cascade deferrable initially deferred;`);
    this.addSql(`alter table "reply_suggestion" add constraint "reply_suggestion_conversation_id_fk" foreign key ("conversation_id") references "conversation" ("id") deferrable initially deferred;`);
    this.addSql(
      `create table "suggestion_feedback" ("id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null, "message_id" uuid not null, "intent" varchar(255) not null, "suggestion_key" varchar(255) not null, "action" text not null, "edited" boolean not null default false, "staff_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "suggestion_feedback" add constraint "suggestion_feedback_action_check" check ("action" in ('shown', 'chosen', 'dismissed', 'sent'));`);
    this.addSql(`alter table "suggestion_feedback" add constraint "suggestion_feedback_message_id_suggestion_key_action_staff_id_unique" unique ("message_id", "suggestion_key", "action", "staff_id");`);
    this.addSql(`create index "suggestion_feedback_organization_id_intent_index" on "suggestion_feedback" ("organization_id", "intent");`);
    this.addSql(`alter table "suggestion_feedback" add constraint "suggestion_feedback_message_id_fk" foreign key ("message_id") references "message" ("id") on delete cascade deferrable initially deferred;`);
    // LLM suggestions send thread details to a model provider: off until the organisation turns them on (BAA).
    this.addSql(`alter table "organization" add column "ai_settings" jsonb not null default '{}';`);
  }
}
