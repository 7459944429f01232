import { Migration } from '@mikro-orm/migrations';

/** The HIPAA audit trail: append-only (trigger) and hash-chained per organisation (see AuditEvent). */
export class Migration20261125AuditTrail extends Migration {
  override name = '20261125_audit_trail';

  override up(): void {
    this.addSql(
      `create table "audit_event" ("id" uuid not null, "chain_key" uuid not null, "seq" bigint not null, "organization_id" uuid null, "occurred_at" timestamptz not null, "actor_staff_id" uuid null, "actor_label" varchar(255) not null, "action" varchar(255) not null, "outcome" text not null, "patient_id" uuid null, "target_type" varchar(255) null, "target_id" varchar(255) null, "ip" varchar(255) null, "user_agent" text null, "details" jsonb not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, primary key ("id"));`,
    );
    this.addSql(`alter table "audit_event" add constraint "audit_event_chain_key_seq_unique" unique ("chain_key", "seq");`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_outcome_check" check ("outcome" in ('success', 'denied', 'failure'));`);
    this.addSql(`create index "audit_event_organization_id_occurred_at_index" on "audit_event" ("organization_id", "occurred_at");`);
    this.addSql(`create index "audit_event_patient_id_occurred_at_index" on "audit_event" ("patient_id", "occurred_at");`);
    this.addSql(`create index "audit_event_actor_staff_id_occurred_at_index" on "audit_event" ("actor_staff_id", "occurred_at");`);
    this.addSql(
      `create function audit_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only'; end; $$;`,
    );
    this.addSql(`create trigger audit_event_no_change before update or delete on "audit_event" for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`);
  }
}
