import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, catchError, filter, map, merge, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { Clock } from '../../core/clock';
import { InboxApi } from '../../core/inbox.api';
import { ConversationContext } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import { RISK_LABELS, confirmationLabel } from '../calendar/calendar-labels';
import { fromNow } from '../../shared/relative-date';

type Load = { ok: true; context: ConversationContext } | { ok: false; error: string };

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "She is in for Botox in 20 minutes, last visit 3 months ago, spent $800" — beside every thread. */
@Component({
  selector: 'bcn-context-panel',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-label="Patient context" data-testid="context-panel">
      @if (loading() && !context()) {
        <p class="muted">Loading patient details…</p>
      } @else if (error(); as err) {
        <div role="alert" class="error-box">
          <p>{{ err }}</p>
          <button type="button" class="btn btn-ghost btn-sm" (click)="reload$.next()">Try again</button>
        </div>
      } @else if (context(); as c) {
        <div class="vip-row" data-testid="context-vip">
          @if (c.vip.vip) {
            <span class="chip vip" data-testid="context-vip-badge" [attr.title]="c.vip.marked ? 'Marked VIP by staff' : 'VIP by lifetime spend'">VIP</span>
            @if (!c.vip.marked && c.vip.thresholdCents !== null) {
              <span class="muted">lifetime spend {{ spend(c.vip.thresholdCents) }} or more</span>
            }
          }
          @if (c.vip.canMark) {
            <button type="button" class="btn btn-ghost btn-sm" data-testid="context-vip-toggle" [disabled]="vipSaving()" (click)="setVip(!c.vip.marked)">
              {{ c.vip.marked ? 'Remove VIP mark' : 'Mark as VIP' }}
            </button>
          }
        </div>
        @if (vipError(); as e) {
          <p class="error" role="alert">{{ e }}</p>
        }
        <h3>Next appointment</h3>
        @if (c.nextAppointment; as n) {
          <div class="next" data-testid="context-next-appointment">
            <strong data-testid="context-next-service">{{ n.serviceName }}</strong>
            <span data-testid="context-next-time">{{ n.startsAtLocal }} · {{ fromNow(n.startsAt) }}</span>
            <span>with {{ n.providerName }}</span>
            <span class="chips">
              <span class="chip" data-testid="context-next-confirmation">{{ confirmation(n.confirmationStatus) }}</span>
              <span class="chip" [class]="'chip risk-' + n.risk.level" data-testid="context-next-risk" [attr.title]="n.risk.reasons.join('; ')">{{ riskLabel(n.risk.level) }}</span>
            </span>
            <a class="link" [routerLink]="['/calendar']" [queryParams]="{ appointment: n.id }">View in calendar</a>
          </div>
        } @else {
          <p class="muted" data-testid="context-no-appointment">No upcoming appointment.</p>
        }

        <h3>History</h3>
        <dl class="facts">
          <dt>Last visit</dt>
          <dd data-testid="context-last-visit">{{ c.lastVisit ? c.lastVisit.serviceName + ', ' + fromNow(c.lastVisit.startsAt) : 'None yet' }}</dd>
          <dt>Visits</dt>
          <dd data-testid="context-visit-count">{{ c.visitCount }}</dd>
          <dt>Lifetime spend</dt>
          <dd data-testid="context-lifetime-spend">{{ spend(c.lifetimeSpendCents) }}</dd>
          <dt>Services</dt>
          <dd data-testid="context-services">{{ c.servicesUsed.length ? c.servicesUsed.join(', ') : '—' }}</dd>
        </dl>

        <h3><label for="patient-notes">Notes</label></h3>
        @if (c.patient.canEditNotes) {
          <textarea id="patient-notes" data-testid="context-notes" rows="4" maxlength="4000" [value]="draft()" (input)="draft.set($any($event.target).value)"></textarea>
          <div class="notes-bar">
            @if (saved()) {
              <span class="muted" role="status">Saved</span>
            }
            <button type="button" class="btn btn-ghost btn-sm" data-testid="context-notes-save" [disabled]="saving() || draft().trim() === c.patient.notes" (click)="saveNotes()">
              {{ saving() ? 'Saving…' : 'Save notes' }}
            </button>
          </div>
          @if (notesError(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
        } @else {
          <p id="patient-notes" data-testid="context-notes-readonly">{{ c.patient.notes || 'No notes.' }}</p>
        }
      }
    </section>
  `,
  styles: `
    :host { display: block; height: 100%; overflow-y: auto; background: var(--surface); border-left: 1px solid var(--border); }
    .panel { padding: 16px; display: flex; flex-direction: column; gap: 8px; font-size: 13px; }
    h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--text-faint, #667); margin-top: 8px; }
    .next { display: flex; flex-direction: column; gap: 3px; }
    .chips { display: flex; gap: 4px; flex-wrap: wrap; margin-top: 2px; }
    .chip { font-size: 11px; padding: 1px 6px; border-radius: 999px; background: var(--accent-soft); color: var(--accent); }
    .risk-high { background: #fde8e8; color: #b42318; }
    .risk-medium { background: #fef3c7; color: #92400e; }
    .facts { display: grid; grid-template-columns: auto 1fr; gap: 4px 10px; }
    dt { color: var(--text-faint, #667); }
    textarea { width: 100%; font: inherit; padding: 6px 8px; border: 1px solid var(--border); border-radius: var(--radius-sm, 6px); resize: vertical; }
    .notes-bar { display: flex; justify-content: flex-end; align-items: center; gap: 8px; }
    .error { color: var(--danger, #b42318); }
    .link { font-size: 12px; }
    .vip-row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
    .vip { background: #fef3c7; color: #92400e; font-weight: 600; }
  `,
})
export class ContextPanel {
  readonly conversationId = input.required<string>();

  private readonly api = inject(InboxApi);
  private readonly clock = inject(Clock);
  private readonly realtime = inject(RealtimeService);

  protected readonly context = signal<ConversationContext | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly draft = signal('');
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly notesError = signal<string | null>(null);
  protected readonly vipSaving = signal(false);
  protected readonly vipError = signal<string | null>(null);
  protected readonly reload$ = new Subject<void>();
  private readonly patientId = computed(() => this.context()?.patient.id ?? null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    merge(
      toObservable(this.conversationId).pipe(
        map((id) => {
          this.context.set(null);
          return id;
        }),
      ),
      this.reload$.pipe(map(() => this.conversationId())),
      // The next appointment's confirmation or risk changed.
      this.realtime.appointmentUpdated$.pipe(
        filter((e) => !!e.patientId && e.patientId === this.patientId()),
        map(() => this.conversationId()),
      ),
    )
      .pipe(
        switchMap((id) => {
          this.loading.set(true);
          this.error.set(null);
          return this.api.context(id).pipe(
            map((context): Load => ({ ok: true, context })),
            catchError((err: unknown) => of<Load>({ ok: false, error: apiErrorMessage(err, "We couldn't load this patient's details.") })),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if (!result.ok) {
          this.error.set(result.error);
          return;
        }
        const keepDraft = this.context()?.patient.id === result.context.patient.id && this.draft() !== this.context()?.patient.notes;
        this.context.set(result.context);
        if (!keepDraft) this.draft.set(result.context.patient.notes);
        this.saved.set(false);
      });
  }

  protected fromNow(iso: string): string {
    const timeZone = this.context()?.timeZone;
    return timeZone ? fromNow(iso, this.clock.now(), timeZone) : '';
  }

  protected confirmation(status: string): string {
    return confirmationLabel(status);
  }

  protected riskLabel(level: string): string {
    return RISK_LABELS[level as keyof typeof RISK_LABELS] ?? level;
  }

  protected spend(cents: number): string {
    return money.format(cents / 100);
  }

  protected saveNotes(): void {
    this.saving.set(true);
    this.notesError.set(null);
    this.api.saveNotes(this.conversationId(), this.draft()).subscribe({
      next: (context) => {
        this.saving.set(false);
        this.saved.set(true);
        this.context.set(context);
        this.draft.set(context.patient.notes);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.notesError.set(apiErrorMessage(err, "The notes weren't saved. Please try again."));
      },
    });
  }

  protected setVip(vip: boolean): void {
    this.vipSaving.set(true);
    this.vipError.set(null);
    this.api.setVip(this.conversationId(), vip).subscribe({
      next: (context) => {
        this.vipSaving.set(false);
        this.context.set(context);
      },
      error: (err: unknown) => {
        this.vipSaving.set(false);
        this.vipError.set(apiErrorMessage(err, "The VIP mark wasn't saved. Please try again."));
      },
    });
  }
}
