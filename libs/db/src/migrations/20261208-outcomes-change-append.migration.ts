import { Migration } from '@mikro-orm/migrations';

/**
 * The outcomes change counters become append-only. An upsert on one (organisation, day) row made
 * every late change to that day wait on the same row lock until its transaction committed, and two
 * transactions bumping two days in opposite orders (an appointment's start day and booking day)
 * could deadlock on the hot path. Readers already sum `changes` per day, so one row per bump counts
 * the same.
 */
export class Migration20261208OutcomesChangeAppend extends Migration {
  override name = '20261208_outcomes_change_append';

  override up(): void {
    this.addSql(`alter table "outcomes_change" drop constraint "outcomes_change_pkey";`);
    this.addSql(`create index "outcomes_change_org_day_idx" on "outcomes_change" ("organization_id", "day");`);
    this.addSql(`create or replace function outcomes_bump(org uuid, d date) returns void language sql as $$
      insert into outcomes_change (organization_id, day, changes) select org, d, 1 where org is not null $$;`);
  }
}
