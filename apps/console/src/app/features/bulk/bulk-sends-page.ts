import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { countSmsSegments } from '@beacon/contracts/sms-segments.util';
import { apiErrorMessage } from '../../core/api-error';
import { LocationContext } from '../../core/location-context';
import { RealtimeService } from '../../core/realtime.service';
import { PlanService } from '../../core/plan.service';
import { PlanLockComponent } from '../../shared/plan-lock';
import { BulkApi, BulkCriteria, BulkPreview, BulkScenario, BulkSendSummary, SCENARIO_LABELS, STATUS_LABELS } from './bulk.api';

const SCENARIOS = Object.keys(SCENARIO_LABELS) as BulkScenario[];

/** Bulk messaging: start a send (with its preview: who gets it, who is left out and why) and the sends at this location. */
@Component({
  selector: 'bcn-bulk-sends-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, DatePipe, PlanLockComponent],
  template: `
    <div class="page">
      <h1>Bulk messaging</h1>
      <bcn-plan-lock feature="bulkMessaging" />
      <section class="card" aria-label="New bulk send" data-testid="bulk-new">
        <h2>New bulk send · {{ ctx.selected()?.name }}</h2>
        <fieldset class="plain-fieldset" data-testid="bulk-form" [disabled]="locked()">
        <label>What happened
          <select data-testid="bulk-scenario" [ngModel]="scenario()" (ngModelChange)="setScenario($event)">
            @for (s of scenarios; track s) {
              <option [value]="s">{{ labels[s] }}</option>
            }
          </select>
        </label>
        @switch (scenario()) {
          @case ('provider_running_late') {
            <label>Provider <input data-testid="bulk-provider" [ngModel]="provider()" (ngModelChange)="provider.set($event); changed()" /></label>
            <label>About how many minutes late <input type="number" min="5" max="240" data-testid="bulk-delay" [ngModel]="delay()" (ngModelChange)="delay.set($event); changed()" /></label>
            <p class="muted">Texts that provider's remaining patients today.</p>
          }
          @case ('provider_sick') {
            <label>Provider <input data-testid="bulk-provider" [ngModel]="provider()" (ngModelChange)="provider.set($event); changed()" /></label>
            <p class="muted">Asks that provider's remaining patients today to pick a new time (with the rebooking link when one is set).</p>
          }
          @case ('closure') {
            <label>Reason (in the text) <input data-testid="bulk-reason" maxlength="80" [ngModel]="reason()" (ngModelChange)="reason.set($event); changed()" /></label>
            <p class="muted">Texts every patient booked for the rest of today at this location.</p>
          }
          @case ('promotion') {
            <label>Last visit before <input type="date" data-testid="bulk-before" [ngModel]="before()" (ngModelChange)="before.set($event); changed()" /></label>
            <label>Last visit on or after <input type="date" data-testid="bulk-after" [ngModel]="after()" (ngModelChange)="after.set($event); changed()" /></label>
            <label>Had one of these services (comma-separated) <input data-testid="bulk-services" [ngModel]="services()" (ngModelChange)="services.set($event); changed()" /></label>
            <label>Lifetime spend at least ($) <input type="number" min="0" data-testid="bulk-min-spend" [ngModel]="minSpend()" (ngModelChange)="minSpend.set($event); changed()" /></label>
            <p class="muted">Only patients who agreed to promotional texts get it, inside the marketing hours. Spend is the sum of completed visits' prices.</p>
          }
        }
        <label>Message
          <textarea rows="4" data-testid="bulk-template" [ngModel]="template()" (ngModelChange)="template.set($event); changed()" placeholder="Preview to start from the default wording"></textarea>
        </label>
        <p class="muted"><span data-testid="bulk-segments">{{ segmentLine() }}</span> You can use {{ '{{firstName}}' }}, {{ '{{appointmentTime}}' }}, {{ '{{providerName}}' }}, {{ '{{delayMinutes}}' }}, {{ '{{clinicName}}' }}, {{ '{{clinicPhone}}' }}, {{ '{{reason}}' }}, {{ '{{rebookingUrl}}' }}.</p>
        </fieldset>
        <div class="actions">
          <button type="button" class="btn" data-testid="bulk-preview" [disabled]="busy() || locked()" (click)="runPreview()">Preview</button>
          @if (preview(); as p) {
            <button type="button" class="btn btn-primary" data-testid="bulk-start" [disabled]="busy() || p.recipientCount === 0" (click)="start(p)">
              Send to {{ p.recipientCount }} {{ p.recipientCount === 1 ? 'patient' : 'patients' }}
            </button>
          }
        </div>
        @if (error(); as err) {
          <p class="error" role="alert" data-testid="bulk-error">{{ err }}</p>
        }
        @if (preview(); as p) {
          <div class="preview" data-testid="bulk-preview-result">
            <p><strong data-testid="bulk-recipient-count">{{ p.recipientCount }}</strong> will receive it · {{ p.excludedCount }} left out · {{ p.ratePerSecond }} texts/s ({{ p.numberType === 'toll_free' ? 'toll-free' : '10DLC' }} number), about {{ p.estimatedSeconds }} s</p>
            @if (p.patientScopeNote; as note) {
              <p class="muted" data-testid="bulk-scope-note">{{ note }}</p>
            }
            @if (p.allowance.overageTexts > 0) {
              <p class="warn" data-testid="bulk-overage">This send goes {{ p.allowance.overageTexts }} texts over this month's plan allowance.</p>
            }
            <blockquote data-testid="bulk-sample">{{ p.sampleText }}</blockquote>
            <h3>Recipients</h3>
            <ul class="people">
              @for (r of p.recipients; track r.patientId) {
                <li data-testid="bulk-recipient">{{ r.name ?? 'A patient you cannot see' }} · {{ r.phone }}@if (r.appointmentStartsAt) { · {{ r.appointmentStartsAt | date: 'shortTime' }}}</li>
              }
            </ul>
            @if (p.excluded.length) {
              <h3>Left out</h3>
              <ul class="people">
                @for (r of p.excluded; track r.patientId) {
                  <li data-testid="bulk-excluded">{{ r.name ?? 'A patient you cannot see' }} · {{ r.phone }} — <span data-testid="bulk-excluded-reason">{{ r.reasonText }}</span></li>
                }
              </ul>
            }
          </div>
        }
      </section>

      <section class="card" aria-label="Bulk sends">
        <h2>Sends at {{ ctx.selected()?.name }}</h2>
        @for (s of sends(); track s.id) {
          <a class="send" data-testid="bulk-send-row" [routerLink]="['/bulk', s.id]">
            <strong>{{ labels[s.scenario] }}</strong>
            <span class="status" [attr.data-status]="s.status">{{ statusLabels[s.status] }}</span>
            <span class="muted">{{ s.counts.sent }} sent · {{ s.counts.delivered }} delivered · {{ s.counts.failed }} failed · {{ s.counts.excluded }} left out · {{ s.createdAt | date: 'short' }} by {{ s.createdBy.name }}</span>
          </a>
        } @empty {
          <p class="muted">No bulk sends yet.</p>
        }
      </section>
    </div>
  `,
  styles: `
    .page { display: grid; gap: 16px; max-width: 900px; margin: 0 auto; padding: 20px 20px 40px; }
    h1 { font-size: 20px; }
    .plain-fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: inherit; min-width: 0; }
    h2 { font-size: 16px; margin: 0; }
    h3 { font-size: 14px; margin: 8px 0 0; }
    .card { display: grid; gap: 8px; padding: 12px 20px 16px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
    label { display: grid; gap: 4px; font-size: 13px; }
    .actions { display: flex; gap: 8px; }
    .error, .warn { color: var(--danger, #b42318); }
    .people { margin: 0; padding-left: 18px; font-size: 13px; }
    blockquote { margin: 0; padding: 8px 12px; background: var(--surface-2, #f4f4f5); border-radius: 8px; }
    .send { display: grid; grid-template-columns: 1fr auto; gap: 2px 12px; padding: 8px 0; border-top: 1px solid var(--border); color: inherit; text-decoration: none; }
    .send .muted { grid-column: 1 / -1; font-size: 13px; }
  `,
})
export class BulkSendsPage {
  protected readonly ctx = inject(LocationContext);
  private readonly api = inject(BulkApi);
  private readonly router = inject(Router);
  protected readonly scenarios = SCENARIOS;
  protected readonly labels = SCENARIO_LABELS;
  protected readonly statusLabels = STATUS_LABELS;

  protected readonly scenario = signal<BulkScenario>('provider_running_late');
  protected readonly provider = signal('');
  protected readonly delay = signal(15);
  protected readonly reason = signal('severe weather');
  protected readonly before = signal('');
  protected readonly after = signal('');
  protected readonly services = signal('');
  protected readonly minSpend = signal<number | null>(null);
  protected readonly template = signal('');
  protected readonly preview = signal<BulkPreview | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** Outside the plan the form is shown disabled with the reason (the server refuses it too). */
  private readonly plans = inject(PlanService);
  protected readonly locked = computed(() => this.plans.lock('bulkMessaging') !== null);
  protected readonly sends = signal<BulkSendSummary[]>([]);
  private readonly clientRequestId = signal(crypto.randomUUID());

  /** Live, as staff edit the wording: how many texts each patient gets (before their details are filled in). */
  protected readonly segmentLine = computed(() => {
    const text = this.template();
    const s = countSmsSegments(text);
    if (s.segments === 0) return '';
    return `${text.length} characters · ${s.segments} ${s.segments === 1 ? 'text' : 'texts'} per patient (${s.encoding}), before names and times are filled in.`;
  });

  private readonly criteria = computed<BulkCriteria>(() => {
    switch (this.scenario()) {
      case 'provider_running_late':
        return { scenario: 'provider_running_late', providerName: this.provider().trim(), delayMinutes: Number(this.delay()) };
      case 'provider_sick':
        return { scenario: 'provider_sick', providerName: this.provider().trim() };
      case 'closure':
        return { scenario: 'closure', reason: this.reason().trim() };
      case 'promotion': {
        const services = this.services().split(',').map((s) => s.trim()).filter(Boolean);
        const min = this.minSpend();
        return {
          scenario: 'promotion',
          ...(this.before() ? { lastVisitBefore: this.before() } : {}),
          ...(this.after() ? { lastVisitAfter: this.after() } : {}),
          ...(services.length ? { services } : {}),
          ...(min !== null && String(min) !== '' ? { minLifetimeSpendCents: Math.round(Number(min) * 100) } : {}),
        };
      }
    }
  });

  constructor() {
    // Deep links from the calendar's day view: /bulk?scenario=provider_running_late&provider=Dr.%20Priya%20Lee
    const params = inject(ActivatedRoute).snapshot.queryParamMap;
    const scenario = params.get('scenario');
    if (scenario && (SCENARIOS as string[]).includes(scenario)) this.scenario.set(scenario as BulkScenario);
    this.provider.set(params.get('provider') ?? '');
    effect(() => {
      if (this.ctx.selectedId()) this.load();
    });
    inject(RealtimeService).bulkSendUpdated$.pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e.locationId === this.ctx.selectedId()) this.load();
    });
  }

  protected setScenario(s: BulkScenario): void {
    this.scenario.set(s);
    this.template.set('');
    this.changed();
  }

  /** Any edit makes the preview stale: preview again before sending. */
  protected changed(): void {
    this.preview.set(null);
    this.error.set(null);
  }

  private request() {
    const locationId = this.ctx.selectedId() ?? '';
    return { locationId, criteria: this.criteria(), ...(this.template().trim() ? { template: this.template() } : {}) };
  }

  protected runPreview(): void {
    this.busy.set(true);
    this.api.preview(this.request()).subscribe({
      next: (p) => {
        this.busy.set(false);
        this.error.set(null);
        this.template.set(p.template);
        this.preview.set(p);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't preview this send."));
      },
    });
  }

  protected start(p: BulkPreview): void {
    this.busy.set(true);
    this.api.start({ ...this.request(), clientRequestId: this.clientRequestId(), ...(p.allowance.overageTexts > 0 ? { acceptOverage: true } : {}) }).subscribe({
      next: (r) => {
        this.busy.set(false);
        this.clientRequestId.set(crypto.randomUUID());
        void this.router.navigate(['/bulk', r.id]);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't start this send."));
      },
    });
  }

  private load(): void {
    const locationId = this.ctx.selectedId();
    if (!locationId) return;
    this.api.list(locationId).subscribe({ next: (s) => this.sends.set(s), error: () => undefined });
  }
}
