import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { VipRuleView as VipRule } from '@beacon/contracts';
import { LocationSettingResource } from './location-setting.resource';

/** "Lifetime spend above $X counts as VIP" for a location; a text from a VIP alerts staff. */
@Component({
  selector: 'bcn-vip-rule-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card" data-testid="vip-rule-form" (submit)="$event.preventDefault(); save()" novalidate>
      <fieldset class="section">
        <legend>VIP patients</legend>
        @if (rule.loading()) {
          <p class="muted">Loading…</p>
        } @else if (rule.loadError(); as err) {
          <p class="alert alert-error" role="alert">{{ err }}</p>
        } @else {
          <p class="muted help">
            Staff are alerted (and emailed, per the notification settings) when a VIP texts, once per conversation per day. Staff mark a patient VIP beside their
            conversation; patients whose lifetime spend reaches the amount below count as VIP too. Leave it empty to count only marked patients.
          </p>
          <label for="vip-threshold">Lifetime spend from (USD)</label>
          <input id="vip-threshold" type="number" min="1" step="1" inputmode="numeric" data-testid="vip-threshold" [value]="dollars()" (input)="dollars.set($any($event.target).value)" />
          @if (inputError() ?? rule.saveError(); as e) {
            <p class="alert alert-error" role="alert" data-testid="vip-rule-error">{{ e }}</p>
          }
          @if (rule.saved()) {
            <p class="muted" role="status" data-testid="vip-rule-saved">Saved.</p>
          }
          <button type="submit" class="btn btn-primary" data-testid="vip-rule-save" [disabled]="rule.saving()">{{ rule.saving() ? 'Saving…' : 'Save VIP rule' }}</button>
        }
      </fieldset>
    </form>
  `,
  styles: `
    :host { display: block; margin-top: 16px; }
    input { max-width: 160px; display: block; margin: 4px 0 8px; }
  `,
})
export class VipRuleSettings {
  /** What the field shows: whole dollars, '' = off. */
  protected readonly dollars = signal('');
  protected readonly rule = new LocationSettingResource<VipRule>('vip-rule', { loadError: "We couldn't load the VIP rule.", saveError: "The VIP rule wasn't saved. Please try again." }, (rule) =>
    this.dollars.set(rule.lifetimeSpendCents === null ? '' : String(rule.lifetimeSpendCents / 100)),
  );
  protected readonly inputError = signal<string | null>(null);

  protected save(): void {
    const raw = String(this.dollars()).trim();
    const amount = raw === '' ? null : Number(raw);
    if (amount !== null && (!Number.isFinite(amount) || amount < 1)) {
      this.inputError.set('Enter an amount of at least $1, or leave it empty.');
      return;
    }
    this.inputError.set(null);
    this.rule.save({ lifetimeSpendCents: amount === null ? null : Math.round(amount * 100) });
  }
}
