import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AuthService } from '../../core/auth.service';
import { PlanService } from '../../core/plan.service';
import { PlanLockComponent } from '../../shared/plan-lock';
import { ROLE_LABELS, StaffRole } from '../../core/models';
import { LocationSettingResource } from './location-setting.resource';
import type { NotificationSettingView as NotificationSetting } from '@beacon/contracts';

const ROLES = Object.keys(ROLE_LABELS) as StaffRole[];

/** Owners choose, per event and location, whether staff are emailed and which roles get it. */
@Component({
  selector: 'bcn-notification-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PlanLockComponent],
  template: `
    <form class="card" data-testid="notification-settings-form" (submit)="$event.preventDefault(); save()" novalidate>
      <fieldset class="section" [disabled]="locked()" data-testid="notification-settings-fieldset">
        <legend>Email notifications</legend>
        <bcn-plan-lock feature="staffNotifications" />
        @if (loading()) {
          <p class="muted">Loading…</p>
        } @else if (loadError(); as err) {
          <p class="alert alert-error" role="alert">{{ err }}</p>
        } @else {
          <p class="muted help">
            Every event also appears in the alerts menu. Emails say what happened, where and when, with a link into Beacon — never the patient's name, number or
            words — and go only to people who may see that patient. Many events at once arrive as one summary.
            @if (isOwner()) {
              <a routerLink="/sent-email" data-testid="nav-sent-email">See the emails sent</a>
            }
          </p>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Email</th>
                @for (r of roles; track r) {
                  <th scope="col">{{ roleLabels[r] }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (s of settings(); track s.eventType) {
                <tr [attr.data-testid]="'notification-' + s.eventType">
                  <th scope="row">{{ s.label }}</th>
                  <td><input type="checkbox" [attr.aria-label]="'Email: ' + s.label" [checked]="s.emailEnabled" (change)="setEnabled(s.eventType, $any($event.target).checked)" /></td>
                  @for (r of roles; track r) {
                    <td>
                      <input
                        type="checkbox"
                        [attr.aria-label]="s.label + ': ' + roleLabels[r]"
                        [disabled]="!s.emailEnabled"
                        [checked]="s.roles.includes(r)"
                        (change)="setRole(s.eventType, r, $any($event.target).checked)"
                      />
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
          @if (saveError(); as e) {
            <p class="alert alert-error" role="alert" data-testid="notification-settings-error">{{ e }}</p>
          }
          @if (saved()) {
            <p class="muted" role="status" data-testid="notification-settings-saved">Saved.</p>
          }
          <button type="submit" class="btn btn-primary" data-testid="notification-settings-save" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save notifications' }}</button>
        }
      </fieldset>
    </form>
  `,
  styles: `
    :host { display: block; margin-top: 16px; }
    td, th { text-align: left; }
    td { text-align: center; }
  `,
})
export class NotificationSettings {
  private readonly auth = inject(AuthService);
  private readonly plans = inject(PlanService);
  /** Staff email notifications outside the plan: the settings are shown disabled with the reason (the server refuses a save). */
  protected readonly locked = computed(() => this.plans.lock('staffNotifications') !== null);

  /** Owners can read what the local mail server received (the "Sent email" page). */
  protected readonly isOwner = computed(() => this.auth.staff()?.role === 'owner');
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly settings = signal<NotificationSetting[]>([]);
  protected readonly resource = new LocationSettingResource<NotificationSetting[]>(
    'notifications',
    { loadError: "We couldn't load the notification settings.", saveError: "The notification settings weren't saved. Please try again." },
    (v) => this.settings.set(v),
  );
  protected readonly loading = this.resource.loading;
  protected readonly loadError = this.resource.loadError;
  protected readonly saving = this.resource.saving;
  protected readonly saveError = this.resource.saveError;
  protected readonly saved = this.resource.saved;

  protected setEnabled(eventType: string, emailEnabled: boolean): void {
    this.saved.set(false);
    this.settings.update((list) => list.map((s) => (s.eventType === eventType ? { ...s, emailEnabled } : s)));
  }

  protected setRole(eventType: string, role: StaffRole, on: boolean): void {
    this.saved.set(false);
    this.settings.update((list) =>
      list.map((s) => (s.eventType === eventType ? { ...s, roles: on ? [...new Set([...s.roles, role])] : s.roles.filter((r) => r !== role) } : s)),
    );
  }

  protected save(): void {
    this.resource.save({ settings: this.settings().map(({ eventType, emailEnabled, roles }) => ({ eventType, emailEnabled, roles })) });
  }
}
