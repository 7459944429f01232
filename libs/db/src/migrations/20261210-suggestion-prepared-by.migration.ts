import { Migration } from '@mikro-orm/migrations';

/**
 * Each smart-reply row names the workflow that prepared it (a batch started by the outbox relay, or
 * a single-text workflow): ops open it in the Temporal Web UI from the row, and tests see how a burst
 * was batched without relying on Temporal's eventually consistent list.
 */
export class Migration20261210SuggestionPreparedBy extends Migration {
  override name = '20261210_suggestion_prepared_by';

  override up(): void {
    this.addSql(`alter table "reply_suggestion" add column "prepared_by" varchar(255) null;`);
  }
}
