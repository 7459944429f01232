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
  }
}
