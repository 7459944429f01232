import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth.service';
import { Clock } from '../../core/clock';
import { LocationContext } from '../../core/location-context';
import { Appointment } from '../../core/models';
import { AppointmentCard } from './appointment-card';
import { AppointmentPanel } from './appointment-panel';
import { providerColor } from './calendar-labels';
import { CalendarStore, CalendarView } from './calendar-store';
import {
  Ymd,
  addDays,
  formatLongDay,
  formatShortDay,
  formatWeekRange,
  formatWeekday,
  minuteOfDay,
  parseYmd,
  sameDay,
  ymdKey,
  zonedYmd,
  zoneAbbreviation,
} from './calendar-time';

/** Vertical scale of the day view. */
const PX_PER_MINUTE = 1.6;
/** The day view always shows at least these hours (covers both demo clinics' opening hours). */
const DEFAULT_FIRST_HOUR = 8;
const DEFAULT_LAST_HOUR = 19;
const MIN_CARD_PX = 26;

interface PlacedCard {
  appointment: Appointment;
  top: number;
  height: number;
  left: number;
  width: number;
}

interface ProviderColumn {
  name: string;
  color: string;
  cards: PlacedCard[];
}

interface WeekColumn {
  key: string;
  day: Ymd;
  weekday: string;
  date: string;
  isToday: boolean;
  appointments: Appointment[];
}

const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

/** Side-by-side lanes for overlapping appointments of one provider. */
function placeCards(items: { appointment: Appointment; start: number; end: number }[], firstMinute: number): PlacedCard[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: PlacedCard[] = [];
  let cluster: { card: PlacedCard; lane: number }[] = [];
  let clusterEnd = -1;
  let laneEnds: number[] = [];
  const closeCluster = () => {
    const lanes = Math.max(1, laneEnds.length);
    for (const { card, lane } of cluster) {
      card.left = (lane / lanes) * 100;
      card.width = 100 / lanes;
    }
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    clusterEnd = Math.max(clusterEnd, item.end);
    const card: PlacedCard = {
      appointment: item.appointment,
      top: (item.start - firstMinute) * PX_PER_MINUTE,
      height: Math.max(MIN_CARD_PX, (item.end - item.start) * PX_PER_MINUTE - 3),
      left: 0,
      width: 100,
    };
    cluster.push({ card, lane });
    placed.push(card);
  }
  closeCluster();
  return placed;
}

function hourLabel(hour: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h} ${hour < 12 || hour === 24 ? 'AM' : 'PM'}`;
}

@Component({
  selector: 'bcn-calendar-page',
  imports: [AppointmentCard, AppointmentPanel, RouterLink],
  providers: [CalendarStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.css',
  host: { '(document:keydown.escape)': 'select(null)' },
})
export class CalendarPage {
  protected readonly store = inject(CalendarStore);
  protected readonly ctx = inject(LocationContext);
  private readonly clock = inject(Clock);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly selectedId = signal<string | null>(null);
  /** Today's day view offers bulk texts (provider running late, closure) to staff with the bulk permission. */
  private readonly auth = inject(AuthService);
  protected readonly canBulk = computed(() => !!this.auth.staff()?.permissions?.bulkMessaging);
  protected readonly selectedLive = computed(() => this.store.appointments().find((a) => a.id === this.selectedId()) ?? null);

  protected readonly timeZone = this.store.timeZone;
  protected readonly isDay = computed(() => this.store.view() === 'day');
  protected readonly showingToday = computed(() => {
    const range = this.store.range();
    const today = this.store.today();
    return !!range && range.days.some((d) => sameDay(d, today));
  });
  protected readonly heading = computed(() => {
    const range = this.store.range();
    if (!range) return 'Calendar';
    const first = range.days[0]!;
    return range.view === 'day' ? formatLongDay(first) : formatWeekRange(first, range.days[range.days.length - 1]!);
  });
  protected readonly relativeDay = computed(() => {
    if (!this.isDay()) return '';
    const date = this.store.date();
    if (sameDay(date, this.store.today())) return 'Today';
    if (sameDay(date, this.store.tomorrow())) return 'Tomorrow';
    if (sameDay(date, addDays(this.store.today(), -1))) return 'Yesterday';
    return '';
  });
  protected readonly zoneNote = computed(() => {
    const location = this.ctx.selected();
    return location ? `${location.name} · times in ${zoneAbbreviation(this.clock.now(), location.timeZone)}` : '';
  });

  protected readonly banner = computed(() => {
    const s = this.store.tomorrowSummary();
    if (!s || s.unconfirmed <= 0) return null;
    const text = `${s.unconfirmed} unconfirmed appointment${s.unconfirmed === 1 ? '' : 's'} tomorrow`;
    const extra = s.highRisk > 0 ? `${s.highRisk} high risk` : '';
    const onTomorrow = this.isDay() && sameDay(this.store.date(), this.store.tomorrow());
    return { text, extra, onTomorrow };
  });

  /** Providers in the loaded range, alphabetical, each with a colour used in both views. */
  protected readonly providers = computed(() => {
    const names = [...new Set(this.store.appointments().map((a) => a.providerName))].sort(collator.compare);
    return names.map((name, i) => ({ name, color: providerColor(i) }));
  });
  private readonly colorByProvider = computed(() => new Map(this.providers().map((p) => [p.name, p.color])));

  protected readonly dayLayout = computed(() => {
    const tz = this.timeZone();
    const items = this.store.appointments().map((appointment) => {
      const start = minuteOfDay(Date.parse(appointment.startsAt), tz);
      return { appointment, start, end: Math.min(start + Math.max(appointment.durationMinutes, 5), 24 * 60) };
    });
    const firstHour = Math.max(0, Math.min(DEFAULT_FIRST_HOUR, ...items.map((i) => Math.floor(i.start / 60))));
    const lastHour = Math.min(24, Math.max(DEFAULT_LAST_HOUR, ...items.map((i) => Math.ceil(i.end / 60))));
    const firstMinute = firstHour * 60;
    const hours = Array.from({ length: lastHour - firstHour + 1 }, (_, i) => firstHour + i).map((h) => ({
      hour: h,
      label: hourLabel(h),
      top: (h * 60 - firstMinute) * PX_PER_MINUTE,
    }));
    const columns: ProviderColumn[] = this.providers().map((p) => ({
      name: p.name,
      color: p.color,
      cards: placeCards(
        items.filter((i) => i.appointment.providerName === p.name),
        firstMinute,
      ),
    }));
    const now = this.clock.now();
    const range = this.store.range();
    const nowMinute = minuteOfDay(now, tz);
    const nowTop =
      range && range.view === 'day' && now >= range.from && now < range.to && nowMinute >= firstMinute && nowMinute <= lastHour * 60
        ? (nowMinute - firstMinute) * PX_PER_MINUTE
        : null;
    return { hours, columns, height: (lastHour - firstHour) * 60 * PX_PER_MINUTE, nowTop };
  });

  protected readonly weekColumns = computed<WeekColumn[]>(() => {
    const range = this.store.range();
    if (!range) return [];
    const tz = this.timeZone();
    const today = this.store.today();
    const byDay = new Map<string, Appointment[]>();
    for (const a of this.store.appointments()) {
      const key = ymdKey(zonedYmd(Date.parse(a.startsAt), tz));
      byDay.set(key, [...(byDay.get(key) ?? []), a]);
    }
    return range.days.map((day) => ({
      key: ymdKey(day),
      day,
      weekday: formatWeekday(day),
      date: formatShortDay(day),
      isToday: sameDay(day, today),
      appointments: byDay.get(ymdKey(day)) ?? [],
    }));
  });

  protected readonly counts = computed(() => {
    const active = this.store.appointments().filter((a) => a.status !== 'cancelled');
    return { total: active.length, unconfirmed: active.filter((a) => a.status === 'booked' && a.confirmationStatus === 'unconfirmed').length };
  });

  /** Where the day view opens: at the current time today, else just above the first appointment. */
  private readonly scrollTarget = computed(() => {
    const range = this.store.loaded();
    if (!this.isDay() || this.store.loading() || !range) return null;
    const layout = this.dayLayout();
    const tops = layout.columns.flatMap((c) => c.cards.map((card) => card.top));
    const anchor = layout.nowTop ?? (tops.length ? Math.min(...tops) : 0);
    return { key: range.key, top: Math.max(0, anchor - 40) };
  });
  private readonly board = viewChild<ElementRef<HTMLElement>>('board');
  private scrolledFor: string | null = null;

  protected readonly noLocations = computed(() => this.ctx.loaded() && !this.ctx.loading() && !this.ctx.error() && this.ctx.locations().length === 0);

  constructor() {
    // Deep links: /calendar?view=week&date=2026-11-26&appointment=<id>
    const params = this.route.snapshot.queryParamMap;
    const view = params.get('view');
    if (view === 'day' || view === 'week') this.store.setView(view);
    const date = parseYmd(params.get('date'));
    if (date) this.store.anchor.set(date);
    this.selectedId.set(params.get('appointment'));
    // A link to an appointment while the calendar is already open (e.g. from the alerts panel).
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((p) => {
      const id = p.get('appointment');
      if (id && id !== untracked(this.selectedId)) this.selectedId.set(id);
    });

    effect(() => {
      const anchor = this.store.anchor();
      const queryParams = { view: this.store.view(), date: anchor ? ymdKey(anchor) : null, appointment: this.selectedId() };
      untracked(() => void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true }));
    });

    // Each newly shown day opens where the action is; live updates afterwards never move the view.
    afterRenderEffect({
      write: () => {
        const target = this.scrollTarget();
        const el = this.board()?.nativeElement;
        if (!target || !el || this.scrolledFor === target.key) return;
        this.scrolledFor = target.key;
        el.scrollTop = target.top;
      },
    });

    // An open appointment belongs to the location it was opened at.
    let previousLocation: string | null = this.ctx.selectedId();
    effect(() => {
      const location = this.ctx.selectedId();
      if (previousLocation && location !== previousLocation) untracked(() => this.selectedId.set(null));
      previousLocation = location;
    });
  }

  protected color(providerName: string): string {
    return this.colorByProvider().get(providerName) ?? providerColor(0);
  }

  protected select(id: string | null): void {
    this.selectedId.set(id);
  }

  protected setView(view: CalendarView): void {
    this.store.setView(view);
  }

  protected showTomorrow(): void {
    this.store.setView('day');
    this.store.goTo(this.store.tomorrow());
  }

  protected openDay(day: Ymd): void {
    this.store.setView('day');
    this.store.goTo(day);
  }
}
