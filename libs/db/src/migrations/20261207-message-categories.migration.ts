import { Migration } from '@mikro-orm/migrations';

/**
 * Quick replies carry a category of use like library templates: transactional (default) or
 * marketing. A staff message written from a marketing quick reply or template needs the patient's
 * marketing opt-in and the marketing hours, checked when it is sent.
 */
export class Migration20261207MessageCategories extends Migration {
  override name = '20261207_message_categories';

  override up(): void {
    this.addSql(`alter table "quick_reply" add column if not exists "kind" text not null default 'transactional';`);
    this.addSql(`alter table "quick_reply" add constraint "quick_reply_kind_check" check ("kind" in ('transactional', 'marketing'));`);
  }
}
