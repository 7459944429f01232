import { Migration } from '@mikro-orm/migrations';

/**
 * The two outcomes figures still computed over the raw tables move into the rollup (per closed UTC day
 * and location): each answered patient turn's staff response time (a median cannot be summed, so one row
 * per turn: the report takes the median over these rows and the live days together), and revenue
 * recovered per day of the appointment's first 48 h request (and its current location and provider).
 * Their inputs that the existing counters did not see now bump them too: an appointment changed after
 * its request bumps the request's day; a location's business hours or time zone (which decide what
 * counts as a turn) bump the organisation's epoch. Every day is rolled again with the new tables.
 */
export class Migration20261209OutcomesResponseRevenue extends Migration {
  override name = '20261209_outcomes_response_revenue';

  override up(): void {
    this.addSql(`create table "outcomes_response_day" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "minutes" double precision not null);`);
    this.addSql(`create index "outcomes_response_day_idx" on "outcomes_response_day" ("organization_id", "day") include ("location_id", "minutes");`);
    this.addSql(
      `create table "outcomes_revenue_day" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "provider_name" text null, "appointments" int not null, "cents" bigint null, "unpriced" int not null);`,
    );
    this.addSql(`create index "outcomes_revenue_day_idx" on "outcomes_revenue_day" ("organization_id", "day");`);
    // As in 20261208_outcomes_rollup, plus: a change to what revenue recovered reads of an appointment bumps its 48 h requests' days.
    this.addSql(`create or replace function outcomes_appointment_changed() returns trigger language plpgsql as $$
      declare today date := (now() at time zone 'UTC')::date;
      begin
        if tg_op <> 'INSERT' then
          if (old.starts_at at time zone 'UTC')::date < today then perform outcomes_bump(old.organization_id, (old.starts_at at time zone 'UTC')::date); end if;
          if (old.created_at at time zone 'UTC')::date < today then perform outcomes_bump(old.organization_id, (old.created_at at time zone 'UTC')::date); end if;
          if tg_op = 'DELETE' or (old.status, old.confirmation_status, old.version, old.price_cents, old.location_id, old.provider_name, old.organization_id)
                                  is distinct from (new.status, new.confirmation_status, new.version, new.price_cents, new.location_id, new.provider_name, new.organization_id) then
            perform outcomes_bump(old.organization_id, x.d) from (
              select distinct (m.created_at at time zone 'UTC')::date as d
                from generate_series(1, old.version) v
                join message m on m.idempotency_key = 'appointment-' || old.id || ':confirmation_request:v' || v) x
             where x.d < today;
          end if;
        end if;
        if tg_op <> 'DELETE' then
          if (new.starts_at at time zone 'UTC')::date < today then perform outcomes_bump(new.organization_id, (new.starts_at at time zone 'UTC')::date); end if;
          if (new.created_at at time zone 'UTC')::date < today then perform outcomes_bump(new.organization_id, (new.created_at at time zone 'UTC')::date); end if;
        end if;
        return null;
      end $$;`);
    this.addSql(`create function outcomes_location_hours_changed() returns trigger language plpgsql as $$
      begin perform outcomes_bump(new.organization_id, date '1970-01-01'); return null; end $$;`);
    this.addSql(
      `create trigger outcomes_location_hours_changed after update of "business_hours", "time_zone" on "location" for each row when (old.business_hours is distinct from new.business_hours or old.time_zone is distinct from new.time_zone) execute function outcomes_location_hours_changed();`,
    );
    // Days rolled before these tables existed have no rows in them: roll every day again.
    this.addSql(`delete from "outcomes_rolled_day";`);
  }
}
