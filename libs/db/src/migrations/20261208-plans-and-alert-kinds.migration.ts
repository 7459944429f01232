import { Migration } from '@mikro-orm/migrations';

/**
 * Shared ground for the next features: an organisation has a plan (Starter / Professional / Enterprise;
 * existing organisations keep every feature they use today), and staff alerts gain the kinds the
 * notifications, bulk-messaging and usage features raise.
 */
export class Migration20261208PlansAndAlertKinds extends Migration {
  override name = '20261208_plans_and_alert_kinds';

  override up(): void {
    this.addSql(`alter table "organization" add column "plan" text not null default 'professional';`);
    this.addSql(`alter table "organization" add constraint "organization_plan_check" check ("plan" in ('starter', 'professional', 'enterprise'));`);
    this.addSql(`alter table "staff_alert" drop constraint if exists "staff_alert_kind_check";`);
    this.addSql(
      `alter table "staff_alert" add constraint "staff_alert_kind_check" check ("kind" in ('high_risk', 'reschedule_requested', 'cancel_requested', 'message_failed', 'opted_out', 'daily_digest', 'possible_opt_out', 'patient_complaint', 'urgent_patient_message', 'vip_patient_texted', 'waitlist_opening', 'bulk_send_finished', 'usage_allowance'));`,
    );
  }
}
