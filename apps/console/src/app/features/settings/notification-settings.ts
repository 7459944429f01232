import { HttpClient } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { LocationContext } from '../../core/location-context';
import { ROLE_LABELS, StaffRole } from '../../core/models';
import type { NotificationSettingView as NotificationSetting } from '@beacon/contracts';

const ROLES = Object.keys(ROLE_LABELS) as StaffRole[];

/** Owners choose, per event and location, whether staff are emailed and which roles get it. */
@Component({
  selector: 'bcn-notification-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <form class="card" data-testid="notification-settings-form" (submit)="$event.preventDefault(); save()" novalidate>
      <fieldset class="section">
        <legend>Email notifications</legend>
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
  private readonly http = inject(HttpClient);
  private readonly ctx = inject(LocationContext);
  private readonly auth = inject(AuthService);

  /** Owners can read what the local mail server received (the "Sent email" page). */
  protected readonly isOwner = computed(() => this.auth.staff()?.role === 'owner');
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly settings = signal<NotificationSetting[]>([]);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    toObservable(this.ctx.selectedId)
      .pipe(
        switchMap((id) => {
          this.loading.set(true);
          this.loadError.set(null);
          if (!id) return of(null);
          return this.http.get<NotificationSetting[]>(`/api/locations/${encodeURIComponent(id)}/notifications`).pipe(
            map((v) => ({ ok: true as const, v })),
            catchError((err: unknown) => of({ ok: false as const, error: apiErrorMessage(err, "We couldn't load the notification settings.") })),
          );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((r) => {
        this.loading.set(false);
        if (!r) return;
        if (r.ok) this.settings.set(r.v);
        else this.loadError.set(r.error);
      });
  }

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
    const id = this.ctx.selectedId();
    if (!id) return;
    this.saving.set(true);
    this.saveError.set(null);
    const body = { settings: this.settings().map(({ eventType, emailEnabled, roles }) => ({ eventType, emailEnabled, roles })) };
    this.http.put<NotificationSetting[]>(`/api/locations/${encodeURIComponent(id)}/notifications`, body).subscribe({
      next: (v) => {
        this.saving.set(false);
        this.saved.set(true);
        this.settings.set(v);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.saveError.set(apiErrorMessage(err, "The notification settings weren't saved. Please try again."));
      },
    });
  }
}
