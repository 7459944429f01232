import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { EMPTY, Subject, catchError, debounceTime, interval, merge, startWith, switchMap, tap } from 'rxjs';
import { AlertsApi } from '../../core/alerts.api';
import { apiErrorMessage } from '../../core/api-error';
import { Clock } from '../../core/clock';
import { LocationContext } from '../../core/location-context';
import { ALERT_KIND_LABELS, StaffAlert } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import { fullDateTime, relativeTime } from '../../shared/format';

const REFRESH_MS = 60_000;
/** The API returns at most this many; the badge shows "50+" then. */
const MAX_ALERTS = 50;

/** The top bar's "Alerts" button and its panel of open staff alerts for the selected location. */
@Component({
  selector: 'bcn-alerts-menu',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alerts-menu.html',
  styleUrl: './alerts-menu.css',
  host: {
    '(document:click)': 'onDocumentClick($event)',
    '(document:keydown.escape)': 'close()',
  },
})
export class AlertsMenu {
  private readonly api = inject(AlertsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly clock = inject(Clock);
  private readonly locations = inject(LocationContext);
  private readonly refresh$ = new Subject<void>();

  protected readonly alerts = signal<StaffAlert[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly open = signal(false);
  protected readonly acking = signal<ReadonlySet<string>>(new Set());
  protected readonly count = computed(() => this.alerts().length);
  protected readonly countLabel = computed(() => (this.count() >= MAX_ALERTS ? `${MAX_ALERTS}+` : String(this.count())));
  protected readonly labels = ALERT_KIND_LABELS;

  constructor() {
    const realtime = inject(RealtimeService);
    toObservable(this.locations.selectedId)
      .pipe(
        tap(() => {
          this.alerts.set([]);
          this.error.set(null);
        }),
        switchMap((locationId) => {
          if (!locationId) return EMPTY;
          return merge(interval(REFRESH_MS), realtime.appointmentUpdated$, realtime.messageCreated$, realtime.reconnected$, this.refresh$).pipe(
            // A burst of pushes (e.g. a conversation) becomes one refetch.
            debounceTime(300),
            startWith(null),
            switchMap(() =>
              this.api.list(locationId).pipe(
                catchError((err: unknown) => {
                  this.error.set(apiErrorMessage(err, "We couldn't load alerts."));
                  return EMPTY;
                }),
              ),
            ),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((alerts) => {
        this.error.set(null);
        this.alerts.set(alerts);
      });
  }

  protected toggle(): void {
    this.open.update((o) => !o);
    if (this.open()) this.refresh$.next();
  }

  close(): void {
    this.open.set(false);
  }

  protected onDocumentClick(event: MouseEvent): void {
    if (this.open() && event.target instanceof Node && !this.host.nativeElement.contains(event.target)) this.close();
  }

  protected acknowledge(alert: StaffAlert): void {
    if (this.acking().has(alert.id)) return;
    this.acking.update((s) => new Set(s).add(alert.id));
    const settle = () =>
      this.acking.update((s) => {
        const next = new Set(s);
        next.delete(alert.id);
        return next;
      });
    this.api.acknowledge(alert.id).subscribe({
      next: () => {
        settle();
        this.alerts.update((list) => list.filter((a) => a.id !== alert.id));
      },
      error: (err: unknown) => {
        settle();
        this.error.set(apiErrorMessage(err, "We couldn't mark that alert as done."));
        this.refresh$.next();
      },
    });
  }

  protected when(alert: StaffAlert): string {
    return relativeTime(alert.createdAt, this.clock.now());
  }

  protected whenFull(alert: StaffAlert): string {
    return fullDateTime(alert.createdAt);
  }
}
