import { Migration } from '@mikro-orm/migrations';

/**
 * Onboarding email (verification, invitations, "you already have an account") leaves the request: the
 * request writes one `onboarding_email` row (the email sealed like message bodies: it carries a one-time
 * link) and the outbox row that starts its workflow, in its own transaction; the worker sends it with
 * retries and clears the sealed copy once sent.
 */
export class Migration20261209OnboardingEmail extends Migration {
  override name = '20261209_onboarding_email';

  override up(): void {
    this.addSql(
      `create table "onboarding_email" ("id" uuid not null, "staff_id" uuid not null references "staff" ("id") on delete cascade, "kind" text not null, "status" text not null default 'pending', "email_sealed" text null, "claimed_until" timestamptz null, "attempts" int not null default 0, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, primary key ("id"), constraint "onboarding_email_kind_check" check ("kind" in ('verify_email', 'invitation', 'already_registered')), constraint "onboarding_email_status_check" check ("status" in ('pending', 'sending', 'sent')));`,
    );
    this.addSql(`create index "onboarding_email_staff_id_index" on "onboarding_email" ("staff_id");`);
  }
}
