import { Migration } from '@mikro-orm/migrations';

/**
 * PHI at rest (issue 12): nothing a patient wrote or a booking system sent about a patient stays
 * readable outside the sealed columns.
 * - Smart replies are rendered with the patient's name, provider and service: `reply_suggestion.suggestions`
 *   becomes a sealed text (`EncryptedJson`); `patient.notes` is sealed too (`EncryptedText`). Rows written
 *   before this release hold plaintext until the migrate CLI / `rotate-keys` seals them in place.
 * - The classifier's record keeps rule names only: the model's evidence words (the patient's own words)
 *   are scrubbed from `message.classification.matched` and replaced by the rule that decided.
 * - `booking_event.payload` (name, phone, email as the booking system sent them) was never read: dropped.
 *   The event id, type and appointment are what replay protection needs.
 * - `search_reindex_progress`: how far the blind index has been moved to the active index key, so an
 *   interrupted `search:reindex` / `rotate-keys` continues where it stopped.
 */
export class Migration20261207PhiAtRest extends Migration {
  override name = '20261207_phi_at_rest';

  override up(): void {
    this.addSql(`alter table "reply_suggestion" alter column "suggestions" type text using "suggestions"::text;`);
    this.addSql(`alter table "booking_event" drop column if exists "payload";`);
    this.addSql(
      `update "message" set "classification" = jsonb_set("classification", '{matched}',
         coalesce((select jsonb_agg(e) from jsonb_array_elements("classification"->'matched') e where e #>> '{}' not like 'model:%'), '[]'::jsonb)
         || case when "classification"->>'source' = 'model' then '["model:naive-bayes"]'::jsonb else '[]'::jsonb end)
       where "classification" is not null and jsonb_typeof("classification"->'matched') = 'array'
         and exists (select 1 from jsonb_array_elements("classification"->'matched') e where e #>> '{}' like 'model:%');`,
    );
    this.addSql(
      `create table "search_reindex_progress" ("index_key" text not null, "messages_after" uuid null, "patients_after" uuid null, "completed_at" timestamptz null, "updated_at" timestamptz not null default now(), primary key ("index_key"));`,
    );
  }
}
