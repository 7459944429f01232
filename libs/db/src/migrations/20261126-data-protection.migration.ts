import { Migration } from '@mikro-orm/migrations';

/**
 * Data protection (issue 5): the search blind index for messages and patients, consent-ledger
 * columns for staff re-consent, and the organisation's retention / quiet-hours settings.
 * Message bodies and previews stay `text` columns: they now hold `bcn1:<keyId>:…` ciphertext
 * (run `npm run -s rotate-keys` once to encrypt rows written before this release).
 */
export class Migration20261126DataProtection extends Migration {
  override name = '20261126_data_protection';

  override up(): void {
    this.addSql(
      `create table "message_search_token" ("message_id" uuid not null, "token" varchar(32) not null, "conversation_id" uuid not null, "location_id" uuid null, "created_at" timestamptz not null, primary key ("message_id", "token"));`,
    );
    // The query walks one token's postings at one location, newest first.
    this.addSql(`create index "message_search_token_lookup_index" on "message_search_token" ("location_id", "token", "created_at" desc, "message_id" desc);`);
    this.addSql(
      `create function message_search_token_location() returns trigger language plpgsql as $$ begin
         if new.location_id is null then select location_id into new.location_id from conversation where id = new.conversation_id; end if;
         return new; end; $$;`,
    );
    this.addSql(`create trigger message_search_token_location before insert on "message_search_token" for each row execute function message_search_token_location();`);
    this.addSql(`alter table "patient" add column if not exists "search_tokens" text[] not null default '{}';`);
    this.addSql(`create index "patient_search_tokens_index" on "patient" using gin ("search_tokens");`);

    this.addSql(`alter table "organization" add column if not exists "retention_years" int not null default 7;`);
    this.addSql(`alter table "organization" add column if not exists "marketing_hours" jsonb not null default '{"start":"08:00","end":"20:00"}';`);
    // Consent changes and the sends that check consent serialise per number: an opt-out is recorded
    // only once no send that already passed its check is still being handed to the carrier, and no
    // send passes its check while an opt-out is being recorded (see enterConsentGate).
    this.addSql(
      `create function consent_event_gate() returns trigger language plpgsql as $$ begin
         perform pg_advisory_xact_lock(hashtextextended('consent:' || new.organization_id::text || ':' || new.phone, 0));
         return new; end; $$;`,
    );
    this.addSql(`create trigger consent_event_gate before insert on "consent_event" for each row execute function consent_event_gate();`);
  }
}
