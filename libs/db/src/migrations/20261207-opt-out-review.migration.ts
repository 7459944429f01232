import { Migration } from '@mikro-orm/migrations';

/**
 * A person decides the classifier's unsure middle: one review per possible opt-out text, written
 * with the pause, decided once (by whom, when, what). Staff decisions are a consent method of their own.
 */
export class Migration20261207OptOutReview extends Migration {
  override name = '20261207_opt_out_review';

  override up(): void {
    this.addSql(
      `create table "opt_out_review" ("message_id" uuid not null, "organization_id" uuid not null, "conversation_id" uuid not null, "created_at" timestamptz not null default now(), "decision" text null, "decided_by" uuid null, "decided_at" timestamptz null, primary key ("message_id"), constraint "opt_out_review_decision_check" check ("decision" in ('opt_out', 'not_opt_out')), constraint "opt_out_review_decided_check" check (("decision" is null) = ("decided_by" is null) and ("decision" is null) = ("decided_at" is null)));`,
    );
    this.addSql(`create index "opt_out_review_pending_index" on "opt_out_review" ("conversation_id") where "decision" is null;`);
    this.addSql(`alter table "opt_out_review" add constraint "opt_out_review_message_fk" foreign key ("message_id") references "message" ("id") on delete cascade deferrable initially deferred;`);
    this.addSql(`alter table "opt_out_review" add constraint "opt_out_review_decided_by_fk" foreign key ("decided_by") references "staff" ("id");`);
    this.addSql(`alter table "consent_event" drop constraint if exists "consent_event_method_check";`);
    this.addSql(
      `alter table "consent_event" add constraint "consent_event_method_check" check ("method" in ('keyword', 'plain_language', 'web_form', 'verbal_staff', 'import', 'carrier_error_21610', 'booking', 'staff_decision'));`,
    );
  }
}
