import { Migration } from '@mikro-orm/migrations';

/**
 * The outcomes rollup reaches two days back instead of ten, and counts distinct patients without a
 * distinct over every rolled day (written only by `rollOutcomeDays`, libs/outcomes):
 * - each rolled day records its `horizon`, the first day whose rows the roll did not read; what the
 *   funnel and staff response time of the day still wait for after it (a reply within 24 h, a booking
 *   within 7 days, a staff answer within 7 days) is kept per send / per patient turn in the two
 *   `_pending` tables, and the report completes those from the rows written since (index probes);
 * - `outcomes_texted_block`: per location, patient and block of 366 days (from 1970-01-01), one bit per
 *   day the patient was texted (the days of `outcomes_texted_day`), so the patients texted over any
 *   run of rolled days is one bit test per patient and block.
 * Every day is rolled again with the new tables (the worker triggers the rollup when it starts).
 */
export class Migration20261211OutcomesRecentDays extends Migration {
  override name = '20261211_outcomes_recent_days';

  override up(): void {
    this.addSql(`delete from "outcomes_rolled_day";`);
    this.addSql(`alter table "outcomes_rolled_day" add column "horizon" date not null;`);
    this.addSql(
      `create table "outcomes_funnel_pending" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "kind" text null, "template_id" uuid null, "at" timestamptz not null, "conversation_id" uuid not null, "patient_id" uuid not null, "replied" boolean not null, "booked" boolean not null, "since" timestamptz not null);`,
    );
    this.addSql(`create index "outcomes_funnel_pending_idx" on "outcomes_funnel_pending" ("organization_id", "day");`);
    this.addSql(`create table "outcomes_response_pending" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "conversation_id" uuid not null, "at" timestamptz not null, "since" timestamptz not null);`);
    this.addSql(`create index "outcomes_response_pending_idx" on "outcomes_response_pending" ("organization_id", "day");`);
    this.addSql(
      `create table "outcomes_texted_block" ("organization_id" uuid not null, "block" int not null, "location_id" uuid not null, "patient_id" uuid not null, "days" bit(366) not null, primary key ("organization_id", "block", "location_id", "patient_id") include ("days"));`,
    );
  }
}
