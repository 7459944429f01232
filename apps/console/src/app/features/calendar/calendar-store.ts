import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Subject, catchError, debounceTime, filter, map, merge, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AppointmentsApi } from '../../core/appointments.api';
import { Clock } from '../../core/clock';
import { LocationContext } from '../../core/location-context';
import { Appointment, AppointmentDaySummary, AppointmentUpdatedEvent } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import { Ymd, addDays, sameDay, startOfDay, startOfWeek, ymdKey, zonedYmd } from './calendar-time';

export type CalendarView = 'day' | 'week';

/** What is on screen: a location and a run of local days, as the instants [from, to). */
export interface CalendarRange {
  locationId: string;
  timeZone: string;
  view: CalendarView;
  days: Ymd[];
  from: number;
  to: number;
  key: string;
}

type LoadResult =
  | { ok: true; range: CalendarRange; list: Appointment[] }
  | { ok: false; range: CalendarRange; error: string }
  | { ok: 'none' };

const BROWSER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function byStart(a: Appointment, b: Appointment): number {
  return Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id);
}

/** Puts a pushed appointment where it belongs now: replaced in place, added, or dropped if it left the range. */
export function applyAppointment(list: Appointment[], incoming: Appointment, range: CalendarRange): Appointment[] {
  const start = Date.parse(incoming.startsAt);
  const belongs = incoming.locationId === range.locationId && start >= range.from && start < range.to;
  const index = list.findIndex((a) => a.id === incoming.id);
  if (index === -1) return belongs ? [...list, incoming].sort(byStart) : list;
  if (!belongs) return list.filter((a) => a.id !== incoming.id);
  return list.map((a) => (a.id === incoming.id ? incoming : a)).sort(byStart);
}

/**
 * The calendar's data for the selected location: appointments in the visible day or week, the
 * "unconfirmed tomorrow" counts, and live updates from the socket. Provided by CalendarPage.
 */
@Injectable()
export class CalendarStore {
  private readonly api = inject(AppointmentsApi);
  private readonly realtime = inject(RealtimeService);
  private readonly ctx = inject(LocationContext);
  private readonly clock = inject(Clock);

  readonly view = signal<CalendarView>('day');
  /** The day the view is anchored on; null follows "today" at the location. */
  readonly anchor = signal<Ymd | null>(null);

  readonly timeZone = computed(() => this.ctx.selected()?.timeZone ?? BROWSER_TIME_ZONE);
  readonly today = computed(() => zonedYmd(this.clock.now(), this.timeZone()), { equal: sameDay });
  readonly tomorrow = computed(() => addDays(this.today(), 1), { equal: sameDay });
  readonly date = computed(() => this.anchor() ?? this.today(), { equal: sameDay });

  readonly range = computed<CalendarRange | null>(
    () => {
      const location = this.ctx.selected();
      if (!location) return null;
      const view = this.view();
      const first = view === 'day' ? this.date() : startOfWeek(this.date());
      const days = Array.from({ length: view === 'day' ? 1 : 7 }, (_, i) => addDays(first, i));
      const timeZone = location.timeZone;
      const from = startOfDay(first, timeZone);
      const to = startOfDay(addDays(first, days.length), timeZone);
      return { locationId: location.id, timeZone, view, days, from, to, key: `${location.id}|${timeZone}|${view}|${ymdKey(first)}` };
    },
    { equal: (a, b) => a?.key === b?.key },
  );

  private readonly list = signal<Appointment[]>([]);
  readonly appointments = this.list.asReadonly();
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  /** The range the current list belongs to. */
  readonly loaded = signal<CalendarRange | null>(null);

  private readonly summaryState = signal<{ key: string; summary: AppointmentDaySummary } | null>(null);
  private readonly summaryKey = computed(() => {
    const locationId = this.ctx.selectedId();
    return locationId && this.ctx.selected() ? `${locationId}|${ymdKey(this.tomorrow())}` : null;
  });
  /** Counts for tomorrow at the location (for the banner); null until loaded for the current location. */
  readonly tomorrowSummary = computed(() => {
    const s = this.summaryState();
    return s && s.key === this.summaryKey() ? s.summary : null;
  });

  private readonly refresh$ = new Subject<void>();
  private readonly refreshSummary$ = new Subject<void>();
  /** Pushes received while a (re)load is in flight, re-applied on top of the response. */
  private eventsDuringLoad: AppointmentUpdatedEvent[] | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);

    merge(
      toObservable(this.range).pipe(map((range) => ({ range, silent: false }))),
      this.refresh$.pipe(map(() => ({ range: this.range(), silent: true }))),
    )
      .pipe(
        switchMap(({ range, silent }) => {
          if (!range) return of<LoadResult>({ ok: 'none' });
          if (!silent || this.loaded()?.key !== range.key) {
            this.loading.set(true);
            this.error.set(null);
            this.list.set([]);
            this.loaded.set(range);
          }
          this.eventsDuringLoad = [];
          return this.api.list(range.locationId, new Date(range.from).toISOString(), new Date(range.to).toISOString()).pipe(
            map((list): LoadResult => ({ ok: true, range, list })),
            catchError((err: unknown) => of<LoadResult>({ ok: false, range, error: apiErrorMessage(err, "We couldn't load the calendar.") })),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => {
        const buffered = this.eventsDuringLoad ?? [];
        this.eventsDuringLoad = null;
        this.loading.set(false);
        if (result.ok === 'none') {
          this.list.set([]);
          this.loaded.set(null);
          return;
        }
        if (result.ok === false) {
          this.error.set(result.error);
          return;
        }
        this.error.set(null);
        let list = [...result.list].sort(byStart);
        for (const event of buffered) list = applyAppointment(list, event.appointment, result.range);
        this.list.set(list);
      });

    merge(
      toObservable(this.summaryKey),
      this.refreshSummary$.pipe(
        debounceTime(250),
        map(() => this.summaryKey()),
      ),
    )
      .pipe(
        switchMap((key) => {
          const locationId = key?.split('|')[0];
          const date = key?.split('|')[1];
          if (!key || !locationId || !date) return of(null);
          return this.api.summary(locationId, date).pipe(
            map((summary) => ({ key, summary })),
            catchError(() => of(null)),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((state) => {
        if (state) this.summaryState.set(state);
      });

    // A changed appointment (confirmation status…) is updated in place.
    this.realtime.appointmentUpdated$.pipe(takeUntilDestroyed(destroyRef)).subscribe((event) => {
      const range = this.loaded();
      if (!range || event.locationId !== range.locationId) return;
      this.eventsDuringLoad?.push(event);
      this.list.update((list) => applyAppointment(list, event.appointment, range));
      this.refreshSummary$.next();
    });

    // Automated texts go out when an appointment is booked, moved or cancelled: refetch quietly to pick those up.
    this.realtime.messageCreated$
      .pipe(
        filter((e) => e.locationId === this.loaded()?.locationId && e.message.direction === 'outbound' && e.message.automated),
        debounceTime(300),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(() => this.refresh());

    this.realtime.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.refresh());
  }

  /** Re-fetches the visible range and tomorrow's counts without blanking the screen. */
  refresh(): void {
    this.refresh$.next();
    this.refreshSummary$.next();
  }

  setView(view: CalendarView): void {
    this.view.set(view);
  }

  /** One day or one week back (-1) or forward (+1). */
  step(direction: -1 | 1): void {
    const days = this.view() === 'day' ? 1 : 7;
    this.goTo(addDays(this.date(), direction * days));
  }

  goToToday(): void {
    this.anchor.set(null);
  }

  goTo(day: Ymd): void {
    this.anchor.set(sameDay(day, this.today()) ? null : day);
  }
}
