import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, filter, map, merge, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AppointmentsApi } from '../../core/appointments.api';
import { InboxApi } from '../../core/inbox.api';
import { Appointment, AppointmentDetail, AppointmentTimelineEntry } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import { patientName } from '../../shared/format';
import { ConversationView } from '../inbox/conversation-view';
import { InboxStore } from '../inbox/inbox-store';
import { RISK_LABELS, appointmentStatusLabel, confirmationLabel, describeTimelineEntry, describeUpcomingStep } from './calendar-labels';
import { formatDateTime, formatLongDay, formatTime, zonedYmd } from './calendar-time';

type LoadResult = { ok: true; id: string; detail: AppointmentDetail } | { ok: false; id: string; error: string };

interface TimelineRow {
  key: string;
  kind: string;
  at: string;
  when: string;
  title: string;
  detail: string;
  raw: string;
}

/**
 * The side panel for one appointment: what it is and how risky, what its workflow did (timeline),
 * and the patient's conversation at that location — the inbox's own conversation view, live.
 */
@Component({
  selector: 'bcn-appointment-panel',
  imports: [NgTemplateOutlet, RouterLink, ConversationView],
  // The conversation view reads the location's conversation list from an InboxStore.
  providers: [InboxStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './appointment-panel.html',
  styleUrl: './appointment-panel.css',
})
export class AppointmentPanel {
  readonly appointmentId = input.required<string>();
  readonly timeZone = input.required<string>();
  /** The calendar's latest copy (kept live by the calendar), preferred over the loaded one. */
  readonly live = input<Appointment | null>(null);
  readonly closed = output<void>();

  private readonly api = inject(AppointmentsApi);
  private readonly realtime = inject(RealtimeService);
  private readonly inboxApi = inject(InboxApi);
  private readonly router = inject(Router);
  protected readonly openingThread = signal(false);
  protected readonly threadError = signal<string | null>(null);

  /** "Message from calendar": opens the patient's thread (created if needed) in the inbox, with its context panel. */
  protected messagePatient(appointmentId: string): void {
    this.openingThread.set(true);
    this.threadError.set(null);
    this.inboxApi.conversationForAppointment(appointmentId).subscribe({
      next: ({ conversation }) => {
        this.openingThread.set(false);
        void this.router.navigate(['/inbox', conversation.id]);
      },
      error: (err: unknown) => {
        this.openingThread.set(false);
        this.threadError.set(apiErrorMessage(err, "We couldn't open the patient's conversation. Please try again."));
      },
    });
  }

  private readonly detail = signal<AppointmentDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  /** The appointment as shown: the loaded detail, with fresher list fields on top. */
  protected readonly appointment = computed<AppointmentDetail | null>(() => {
    const detail = this.detail();
    if (!detail || detail.id !== this.appointmentId()) return null;
    const live = this.live();
    return live && live.id === detail.id ? { ...detail, ...live } : detail;
  });

  protected readonly name = computed(() => {
    const a = this.appointment();
    return a ? patientName(a.patient) : '';
  });
  protected readonly when = computed(() => {
    const a = this.appointment();
    if (!a) return '';
    const tz = this.timeZone();
    const start = Date.parse(a.startsAt);
    const end = new Date(start + a.durationMinutes * 60_000).toISOString();
    return `${formatLongDay(zonedYmd(start, tz))} · ${formatTime(a.startsAt, tz)} – ${formatTime(end, tz)}`;
  });
  protected readonly chipLabel = computed(() => confirmationLabel(this.appointment()?.confirmationStatus ?? ''));
  protected readonly statusLabel = computed(() => appointmentStatusLabel(this.appointment()?.status ?? ''));
  protected readonly riskLabel = computed(() => {
    const a = this.appointment();
    return a ? RISK_LABELS[a.risk.level] : '';
  });

  protected readonly timeline = computed<TimelineRow[]>(() => {
    const a = this.appointment();
    if (!a) return [];
    const tz = this.timeZone();
    return a.timeline.map((entry: AppointmentTimelineEntry, i) => {
      const text = describeTimelineEntry(entry);
      return { key: `${i}-${entry.at}`, kind: entry.kind, at: entry.at, when: formatDateTime(entry.at, tz), title: text.title, detail: text.detail, raw: entry.detail };
    });
  });

  /** What the workflow will do next, soonest first: so the timeline shows the future, not only the past. */
  protected readonly upcoming = computed<TimelineRow[]>(() => {
    const a = this.appointment();
    if (!a || a.status !== 'booked') return [];
    const tz = this.timeZone();
    return a.upcoming.map((step) => {
      const text = describeUpcomingStep(step.id);
      return { key: step.id, kind: 'upcoming', at: step.at, when: formatDateTime(step.at, tz), title: text.title, detail: text.detail, raw: step.id };
    });
  });

  private readonly refresh$ = new Subject<void>();

  constructor() {
    const destroyRef = inject(DestroyRef);

    merge(
      toObservable(this.appointmentId).pipe(
        map((id) => {
          this.loading.set(true);
          this.error.set(null);
          return id;
        }),
      ),
      this.refresh$.pipe(
        debounceTime(400),
        map(() => this.appointmentId()),
      ),
    )
      .pipe(
        switchMap((id) =>
          this.api.get(id).pipe(
            map((detail): LoadResult => ({ ok: true, id, detail })),
            catchError((err: unknown) => of<LoadResult>({ ok: false, id, error: apiErrorMessage(err, "We couldn't load this appointment.") })),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => {
        if (result.id !== this.appointmentId()) return;
        this.loading.set(false);
        if (!result.ok) {
          // Keep showing what we had if a quiet refresh fails.
          if (!this.appointment()) this.error.set(result.error);
          return;
        }
        this.error.set(null);
        this.detail.set(result.detail);
      });

    // The workflow adds to the timeline when the appointment changes or a text goes out: re-ask it.
    merge(
      this.realtime.appointmentUpdated$.pipe(filter((e) => e.appointmentId === this.appointmentId())),
      merge(this.realtime.messageCreated$, this.realtime.messageUpdated$).pipe(filter((e) => e.conversationId === this.detail()?.conversationId)),
    )
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.refresh$.next());
    this.realtime.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.refresh$.next());
  }

  protected retry(): void {
    this.loading.set(true);
    this.error.set(null);
    this.refresh$.next();
  }
}
