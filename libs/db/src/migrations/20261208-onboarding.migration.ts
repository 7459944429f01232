import { Migration } from '@mikro-orm/migrations';

/**
 * Self-service onboarding: staff accounts carry when their email was proven (existing accounts count as
 * proven), one-time tokens for email verification and staff invitations (only their SHA-256 is stored),
 * and booking-system integration keys that owners manage themselves (last use, revocation, rotation).
 */
export class Migration20261208Onboarding extends Migration {
  override name = '20261208_onboarding';

  override up(): void {
    this.addSql(`alter table "staff" add column "email_verified_at" timestamptz null;`);
    this.addSql(`update "staff" set "email_verified_at" = "created_at";`);
    this.addSql(
      `create table "staff_token" ("id" uuid not null, "staff_id" uuid not null, "purpose" text not null, "token_hash" varchar(255) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"), constraint "staff_token_purpose_check" check ("purpose" in ('verify_email', 'set_password')));`,
    );
    this.addSql(`alter table "staff_token" add constraint "staff_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "staff_token_staff_id_index" on "staff_token" ("staff_id");`);
    this.addSql(`alter table "staff_token" add constraint "staff_token_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on delete cascade deferrable initially deferred;`);
    // The sign-up throttle counts recent sign-up requests per address.
    this.addSql(`create index "audit_event_signup_throttle_index" on "audit_event" ("ip", "occurred_at") where "action" = 'auth.signup';`);
    this.addSql(`alter table "integration" add column "last_used_at" timestamptz null, add column "revoked_at" timestamptz null, add column "rotated_at" timestamptz null;`);
  }
}
