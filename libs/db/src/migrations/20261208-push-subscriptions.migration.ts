import { Migration } from '@mikro-orm/migrations';

/**
 * Web Push to staff devices: one subscription per browser that opted in (its push service endpoint is
 * unique — a device signed in by someone else moves to them), and one row per push owed to one device
 * about one event (its idempotency key makes a retried activity a no-op once the push went out).
 */
export class Migration20261208PushSubscriptions extends Migration {
  override name = '20261208_push_subscriptions';

  override up(): void {
    this.addSql(
      `create table "push_subscription" ("id" uuid not null, "organization_id" uuid not null, "staff_id" uuid not null references "staff" ("id") on delete cascade, "endpoint" text not null, "p256dh" text not null, "auth" text not null, "user_agent_label" text null, "created_at" timestamptz not null default now(), "last_success_at" timestamptz null, primary key ("id"), constraint "push_subscription_endpoint_unique" unique ("endpoint"));`,
    );
    this.addSql(`create index "push_subscription_staff_index" on "push_subscription" ("staff_id");`);
    this.addSql(`create index "push_subscription_organization_index" on "push_subscription" ("organization_id");`);
    this.addSql(
      `create table "push_delivery" ("idempotency_key" text not null, "subscription_id" uuid not null references "push_subscription" ("id") on delete cascade, "status" text not null, "claimed_until" timestamptz null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, primary key ("idempotency_key"), constraint "push_delivery_status_check" check ("status" in ('sending', 'sent')));`,
    );
    this.addSql(`create index "push_delivery_subscription_index" on "push_delivery" ("subscription_id");`);
  }
}
