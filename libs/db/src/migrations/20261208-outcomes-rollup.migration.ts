import { Migration } from '@mikro-orm/migrations';

/**
 * Outcomes rollup: per organisation and closed UTC day, the counts the outcomes rates read (appointments by
 * location and provider, texts and failure reasons by location, the scenario/template funnel, the
 * patients texted), written only by `rollOutcomeDays` (libs/outcomes). A rolled day is used only while
 * its fingerprint still equals the sum of the change counters of the days its figures can depend on
 * (the day itself and the 8 after it: the funnel looks 7 days ahead) plus the organisation-wide epoch
 * (day 1970-01-01). The counters are bumped by the triggers below, in the writer's own transaction, for
 * any change to a row of an earlier day than today (UTC): a late delivery receipt, a late status, a
 * deletion by retention, a thread moved. Rows written today never touch a counter (no hot-path cost),
 * and days are rolled only once they and their look-ahead are at least 2 days old.
 */
export class Migration20261208OutcomesRollup extends Migration {
  override name = '20261208_outcomes_rollup';

  override up(): void {
    // The baseline's "first automated text" (a min over all time) as an index probe.
    this.addSql(`create index "message_first_automated_idx" on "message" ("created_at") include ("conversation_id") where "automated" and "direction" = 'outbound';`);
    // Revenue recovered reads the 48 h requests of a period with their status: from the index alone (no heap visit per request).
    this.addSql(`drop index "message_confirmation_request_idx";`);
    this.addSql(`create index "message_confirmation_request_idx" on "message" ("created_at") include ("idempotency_key", "status") where "kind" = 'confirmation_request';`);
    this.addSql(`create table "outcomes_change" ("organization_id" uuid not null, "day" date not null, "changes" bigint not null default 0, primary key ("organization_id", "day"));`);
    this.addSql(`create table "outcomes_rolled_day" ("organization_id" uuid not null, "day" date not null, "fingerprint" bigint not null, "rolled_at" timestamptz not null default now(), primary key ("organization_id", "day"));`);
    this.addSql(
      `create table "outcomes_appointment_day" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "provider_name" text null, "appointments" int not null, "not_cancelled" int not null, "confirmed" int not null, "reached" int not null, "no_shows" int not null, "late_cancellations" int not null, "rescheduled" int not null);`,
    );
    this.addSql(`create index "outcomes_appointment_day_idx" on "outcomes_appointment_day" ("organization_id", "day");`);
    this.addSql(`create table "outcomes_message_day" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "outbound" int not null, "handed" int not null, "delivered" int not null, "failed" int not null);`);
    this.addSql(`create index "outcomes_message_day_idx" on "outcomes_message_day" ("organization_id", "day");`);
    this.addSql(`create table "outcomes_failure_day" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "code" text not null, "count" int not null);`);
    this.addSql(`create index "outcomes_failure_day_idx" on "outcomes_failure_day" ("organization_id", "day");`);
    this.addSql(
      `create table "outcomes_funnel_day" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "kind" text null, "template_id" uuid null, "sent" int not null, "delivered" int not null, "replied" int not null, "booked" int not null);`,
    );
    this.addSql(`create index "outcomes_funnel_day_idx" on "outcomes_funnel_day" ("organization_id", "day");`);
    this.addSql(`create table "outcomes_texted_day" ("organization_id" uuid not null, "day" date not null, "location_id" uuid not null, "patient_id" uuid not null, primary key ("organization_id", "day", "location_id", "patient_id"));`);

    // (No organisation: the text's thread is inserted later in the same transaction; its own trigger bumps.)
    this.addSql(`create function outcomes_bump(org uuid, d date) returns void language sql as $$
      insert into outcomes_change (organization_id, day, changes) select org, d, 1 where org is not null
      on conflict (organization_id, day) do update set changes = outcomes_change.changes + 1 $$;`);
    // Appointments: the day of their start (rates) and of their booking (the funnel's "booked").
    this.addSql(`create function outcomes_appointment_changed() returns trigger language plpgsql as $$
      declare today date := (now() at time zone 'UTC')::date;
      begin
        if tg_op <> 'INSERT' then
          if (old.starts_at at time zone 'UTC')::date < today then perform outcomes_bump(old.organization_id, (old.starts_at at time zone 'UTC')::date); end if;
          if (old.created_at at time zone 'UTC')::date < today then perform outcomes_bump(old.organization_id, (old.created_at at time zone 'UTC')::date); end if;
        end if;
        if tg_op <> 'DELETE' then
          if (new.starts_at at time zone 'UTC')::date < today then perform outcomes_bump(new.organization_id, (new.starts_at at time zone 'UTC')::date); end if;
          if (new.created_at at time zone 'UTC')::date < today then perform outcomes_bump(new.organization_id, (new.created_at at time zone 'UTC')::date); end if;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger outcomes_appointment_changed after insert or update or delete on "appointment" for each row execute function outcomes_appointment_changed();`);
    // Texts: the day they were written (the thread's organisation is looked up only for an earlier day).
    this.addSql(`create function outcomes_message_changed() returns trigger language plpgsql as $$
      declare today date := (now() at time zone 'UTC')::date;
      begin
        if tg_op <> 'INSERT' and (old.created_at at time zone 'UTC')::date < today then
          perform outcomes_bump((select c.organization_id from conversation c where c.id = old.conversation_id), (old.created_at at time zone 'UTC')::date);
        end if;
        if tg_op <> 'DELETE' and (new.created_at at time zone 'UTC')::date < today then
          perform outcomes_bump((select c.organization_id from conversation c where c.id = new.conversation_id), (new.created_at at time zone 'UTC')::date);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger outcomes_message_changed after insert or update or delete on "message" for each row execute function outcomes_message_changed();`);
    // A thread moved to another location or patient changes every day of the organisation: the epoch.
    this.addSql(`create function outcomes_conversation_moved() returns trigger language plpgsql as $$
      begin perform outcomes_bump(old.organization_id, date '1970-01-01'); perform outcomes_bump(new.organization_id, date '1970-01-01'); return null; end $$;`);
    this.addSql(
      `create trigger outcomes_conversation_moved after update of "organization_id", "location_id", "patient_id" on "conversation" for each row when (old.organization_id is distinct from new.organization_id or old.location_id is distinct from new.location_id or old.patient_id is distinct from new.patient_id) execute function outcomes_conversation_moved();`,
    );
    // A thread inserted after texts of earlier days (one transaction, the texts first): those days.
    this.addSql(`create function outcomes_conversation_inserted() returns trigger language plpgsql as $$
      begin
        perform outcomes_bump(new.organization_id, d) from (select distinct (m.created_at at time zone 'UTC')::date as d from message m
          where m.conversation_id = new.id and m.created_at < (now() at time zone 'UTC')::date::timestamp at time zone 'UTC') x;
        return null;
      end $$;`);
    this.addSql(`create trigger outcomes_conversation_inserted after insert on "conversation" for each row execute function outcomes_conversation_inserted();`);
    // Emptied tables (scratch databases): nothing rolled stays valid.
    this.addSql(`create function outcomes_forget_all() returns trigger language plpgsql as $$ begin delete from outcomes_rolled_day; return null; end $$;`);
    for (const table of ['message', 'appointment', 'conversation']) {
      this.addSql(`create trigger outcomes_${table}_truncated after truncate on "${table}" for each statement execute function outcomes_forget_all();`);
    }
  }
}
