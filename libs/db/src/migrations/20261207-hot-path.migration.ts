import { Migration } from '@mikro-orm/migrations';

/**
 * The hot path: a transactional outbox (work for Temporal is stored in the same transaction as the
 * row it belongs to, and relayed by the worker), and a hand-over lease on outbound messages (a
 * retried send waits until an earlier attempt's provider call can no longer be in flight).
 */
export class Migration20261207HotPath extends Migration {
  override name = '20261207_hot_path';

  override up(): void {
    this.addSql(
      `create table "outbox" ("id" bigserial not null, "kind" text not null, "ordering_key" text not null, "payload" jsonb not null, "lane" text not null default 'interactive', "attempts" int not null default 0, "available_at" timestamptz not null default now(), "claimed_until" timestamptz null, "last_error" text null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "outbox_ordering_key_id_index" on "outbox" ("ordering_key", "id");`);
    // Each lane (interactive, scheduled, background) is relayed by its own loop: a burst of one never queues another.
    this.addSql(`create index "outbox_lane_available_at_id_index" on "outbox" ("lane", "available_at", "id");`);
    this.addSql(`alter table "message" add column if not exists "handover_until" timestamptz null;`);
    // Realtime notices are written unnumbered (no lock shared by every writer) and numbered after
    // commit by the sequencer, which hands seqs out in the order they become visible.
    this.addSql(`alter table "realtime_event" add column "id" bigserial;`);
    this.addSql(`alter table "realtime_event" drop constraint "realtime_event_pkey";`);
    this.addSql(`alter table "realtime_event" add primary key ("id");`);
    this.addSql(`alter table "realtime_event" alter column "seq" drop default, alter column "seq" drop not null;`);
    this.addSql(`create unique index "realtime_event_seq_unique" on "realtime_event" ("seq");`);
    this.addSql(`create index "realtime_event_unsequenced_index" on "realtime_event" ("id") where "seq" is null;`);
    // The classifier's unsure middle: staff confirm a possible opt-out (marketing paused meanwhile).
    this.addSql(`alter table "staff_alert" drop constraint if exists "staff_alert_kind_check";`);
    this.addSql(
      `alter table "staff_alert" add constraint "staff_alert_kind_check" check ("kind" in ('high_risk', 'reschedule_requested', 'cancel_requested', 'message_failed', 'opted_out', 'daily_digest', 'possible_opt_out'));`,
    );
  }
}
