import { Migration } from '@mikro-orm/migrations';

/**
 * An audit entry written by a step that may run again (a retried Temporal activity) carries a key,
 * unique per chain, so the retry finds the entry instead of appending a second one. Not part of the
 * hashed fields: existing chains verify as before.
 */
export class Migration20261209AuditIdempotencyKey extends Migration {
  override name = '20261209_audit_idempotency_key';

  override up(): void {
    this.addSql(`alter table "audit_event" add column "idempotency_key" text null;`);
    this.addSql(`create unique index "audit_event_chain_key_idempotency_key_unique" on "audit_event" ("chain_key", "idempotency_key") where "idempotency_key" is not null;`);
  }
}
