import { Migration } from '@mikro-orm/migrations';

/**
 * Why an inbound text was read the way it was (intent, confidence, consent flags, reasons), stored
 * with the message. consent_event already has method (keyword / plain_language), reason and kind
 * (the scope of an opt-out), so it needs no change.
 */
export class Migration20261126MessageClassification extends Migration {
  override name = '20261126_message_classification';

  override up(): void {
    this.addSql(`alter table "message" add column "classification" jsonb null;`);
  }
}
