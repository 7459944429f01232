import { Migration } from '@mikro-orm/migrations';

/**
 * VIP patients: staff can mark a patient VIP, and a location can count every patient whose lifetime
 * spend (the prices of their visits) reaches a threshold as VIP. A text from a VIP alerts staff.
 */
export class Migration20261208VipPatients extends Migration {
  override name = '20261208_vip_patients';

  override up(): void {
    this.addSql(`alter table "patient" add column "vip" boolean not null default false;`);
    this.addSql(`alter table "location" add column "vip_lifetime_spend_cents" integer null;`);
    this.addSql(`alter table "location" add constraint "location_vip_lifetime_spend_cents_check" check ("vip_lifetime_spend_cents" is null or "vip_lifetime_spend_cents" >= 0);`);
  }
}
