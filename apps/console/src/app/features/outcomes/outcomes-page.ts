import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ChartConfiguration } from 'chart.js';
import { apiErrorMessage } from '../../core/api-error';
import { LocationContext } from '../../core/location-context';
import { OutcomeChart } from './outcome-chart';
import { OutcomesApi, type AppointmentRates, type MonthlyUsage, type OutcomesFilters, type OutcomesReport, type PlanView } from './outcomes.api';

const SCENARIOS: Record<string, string> = {
  booking_confirmation: 'Booking confirmation',
  reminder: 'Reminder',
  confirmation_request: '48 h confirmation request',
  confirmation_follow_up: 'Confirmation follow-up',
  confirmation_ack: 'Confirmation thanks',
  manual: 'Staff message',
  marketing: 'Promotion',
};

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`);
const money = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const day = (iso: string) => iso.slice(0, 10);

/** Owners: outcomes, usage and plan at a glance. */
@Component({
  selector: 'bcn-outcomes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OutcomeChart, RouterLink],
  template: `
    <div class="page">
      <header class="head">
        <h1>Outcomes &amp; usage</h1>
        <a class="link" routerLink="/insights/smart-replies" data-testid="outcomes-insights-link">Smart-reply insights</a>
        <div class="filters">
          <label>Period
            <select data-testid="outcomes-granularity" [value]="filters().granularity" (change)="set({ granularity: $any($event.target).value })">
              <option value="week">Weekly (last 12 weeks)</option>
              <option value="month">Monthly (last 12 months)</option>
            </select>
          </label>
          <label>Location
            <select data-testid="outcomes-location" (change)="set({ locationId: $any($event.target).value || null })">
              <option value="">All locations</option>
              @for (l of ctx.locations(); track l.id) { <option [value]="l.id">{{ l.name }}</option> }
            </select>
          </label>
          <label>Provider
            <select data-testid="outcomes-provider" (change)="set({ provider: $any($event.target).value || null })">
              <option value="">All providers</option>
              @for (p of providers(); track p) { <option [value]="p">{{ p }}</option> }
            </select>
          </label>
          <a class="btn btn-ghost btn-sm" data-testid="outcomes-export" [href]="exportUrl()" download>Download CSV</a>
        </div>
      </header>

      @if (error(); as err) { <div class="card error" role="alert">{{ err }}</div> }

      @if (usage(); as u) {
        <section class="card" aria-labelledby="usage-title" data-testid="usage-card">
          <h2 id="usage-title">Texts this month · {{ u.planName }} plan</h2>
          <div class="meter-row">
            <meter data-testid="usage-meter" min="0" [max]="u.allowance" [value]="u.used" [attr.high]="u.allowance * 0.8" [attr.optimum]="0"></meter>
            <span data-testid="usage-figures"><strong>{{ u.used.toLocaleString('en-US') }}</strong> of {{ u.allowance.toLocaleString('en-US') }} included ({{ u.percentUsed }}%)</span>
          </div>
          <p data-testid="usage-projection">
            Projected by month end: <strong>{{ u.projected.toLocaleString('en-US') }}</strong>.
            @if (u.projectedOverageTexts > 0) {
              That is {{ u.projectedOverageTexts.toLocaleString('en-US') }} over the allowance: about <strong>{{ money(u.projectedOverageCents) }}</strong> overage ($0.02 per text). Texts are never held back.
            } @else { Within the allowance. }
          </p>
          @if (u.overageTexts > 0) { <p class="warn" data-testid="usage-overage">Already {{ u.overageTexts.toLocaleString('en-US') }} over: {{ money(u.overageCents) }} so far.</p> }
          <p class="muted small">Counted as carriers bill: SMS segments (160 plain characters, or 70 with emoji or other special characters, per segment), texts in and out.</p>
          <table class="table" data-testid="usage-locations">
            <thead><tr><th scope="col">Location</th><th scope="col">In (segments)</th><th scope="col">Out (segments)</th><th scope="col">Texts</th></tr></thead>
            <tbody>
              @for (l of u.locations; track l.locationId) {
                <tr><th scope="row">{{ l.locationName }}</th><td>{{ l.inboundSegments }}</td><td>{{ l.outboundSegments }}</td><td>{{ l.inboundTexts + l.outboundTexts }}</td></tr>
              }
            </tbody>
          </table>
        </section>
      }

      @if (plan(); as p) {
        <section class="card" id="plan" aria-labelledby="plan-title" data-testid="plan-card">
          <h2 id="plan-title">{{ p.plan.name }} plan</h2>
          <p class="muted">{{ p.plan.monthlyTexts.toLocaleString('en-US') }} texts a month · {{ p.plan.maxStaff === null ? 'unlimited staff' : 'up to ' + p.plan.maxStaff + ' staff' }} · $0.02 per text over the allowance</p>
          <ul class="features">
            @for (f of p.features; track f.feature) {
              <li [class.off]="!f.available" [attr.aria-disabled]="!f.available" data-testid="plan-feature" [attr.data-feature]="f.feature">
                <input type="checkbox" [checked]="f.available" disabled [attr.aria-label]="f.label" />
                {{ f.label }}
                @if (f.reason) { <span class="muted small" data-testid="plan-feature-reason">— {{ f.reason }}</span> }
              </li>
            }
          </ul>
        </section>
      }

      @if (report(); as r) {
        <section class="card" aria-labelledby="rates-title">
          <h2 id="rates-title">Appointments {{ day(r.from) }} – {{ day(r.to) }}</h2>
          <div class="tiles">
            @for (t of tiles(); track t.key) {
              <div class="tile" data-testid="outcome-tile" [attr.data-metric]="t.key">
                <span class="muted small">{{ t.label }}</span>
                <strong>{{ t.value }}</strong>
                @if (t.baseline !== null) { <span class="muted small">before reminders: {{ t.baseline }}</span> }
              </div>
            }
          </div>
          <p class="muted small" data-testid="baseline-note">{{ r.baselineNote }}</p>
          <bcn-outcome-chart [config]="ratesChart()" label="Confirmation and no-show rates by period" data-testid="rates-chart" />
        </section>

        <section class="card" aria-labelledby="revenue-title" data-testid="revenue-card">
          <h2 id="revenue-title">Revenue recovered</h2>
          <p><strong class="big" data-testid="revenue-figure">{{ money(r.revenueRecovered.cents) }}</strong> from {{ r.revenueRecovered.appointments }} appointments</p>
          <p class="muted small" data-testid="revenue-method">How: {{ r.revenueRecovered.method }}</p>
        </section>

        <section class="card" aria-labelledby="messages-title">
          <h2 id="messages-title">Texts</h2>
          <bcn-outcome-chart [config]="textsChart()" label="Texts sent and delivery rate by period" data-testid="texts-chart" />
          <p>Opt-outs: <strong>{{ pct(r.optOut.rate) }}</strong> ({{ r.optOut.optedOut }} of {{ r.optOut.patientsTexted }} patients texted). <span class="muted small">{{ r.optOut.method }}</span></p>
          <p>Median staff response: <strong data-testid="response-median">{{ r.responseTime.medianMinutes === null ? '—' : r.responseTime.medianMinutes + ' min' }}</strong> over {{ r.responseTime.answered }} patient texts. <span class="muted small">{{ r.responseTime.method }}</span></p>
          @if (r.delivery.failureReasons.length) {
            <h3>Why texts did not arrive</h3>
            <table class="table" data-testid="failure-reasons">
              <thead><tr><th scope="col">Reason</th><th scope="col">Texts</th></tr></thead>
              <tbody>@for (f of r.delivery.failureReasons; track f.code) { <tr><td>{{ f.description }} ({{ f.code }})</td><td>{{ f.count }}</td></tr> }</tbody>
            </table>
          }
        </section>

        <section class="card" aria-labelledby="funnel-title">
          <h2 id="funnel-title">Scenarios and templates</h2>
          <table class="table" data-testid="funnel">
            <thead><tr><th scope="col">Text</th><th scope="col">Sent</th><th scope="col">Delivered</th><th scope="col">Replied (24 h)</th><th scope="col">Booked (7 days)</th></tr></thead>
            <tbody>
              @for (f of r.funnel; track f.scenario + (f.templateId ?? '')) {
                <tr><th scope="row">{{ scenario(f.scenario) }}{{ f.templateId ? ' (template)' : '' }}</th><td>{{ f.sent }}</td><td>{{ f.delivered }}</td><td>{{ f.replied }}</td><td>{{ f.booked }}</td></tr>
              }
            </tbody>
          </table>
        </section>

        <section class="card" aria-labelledby="breakdown-title">
          <h2 id="breakdown-title">By location and provider</h2>
          <table class="table" data-testid="breakdown">
            <thead><tr><th scope="col"></th><th scope="col">Appointments</th><th scope="col">Confirmed</th><th scope="col">No-shows</th><th scope="col">Late cancellations</th><th scope="col">Rescheduled</th></tr></thead>
            <tbody>
              @for (b of breakdown(); track b.key) {
                <tr><th scope="row">{{ b.label }}</th><td>{{ b.appointments }}</td><td>{{ pct(b.confirmationRate) }}</td><td>{{ pct(b.noShowRate) }}</td><td>{{ pct(b.lateCancellationRate) }}</td><td>{{ pct(b.rescheduleRate) }}</td></tr>
              }
            </tbody>
          </table>
        </section>
      } @else if (!error()) {
        <p class="muted center">Loading…</p>
      }
    </div>
  `,
  styles: `
    .page { display: grid; gap: 16px; max-width: 1000px; margin: 0 auto; padding: 20px 20px 40px; }
    h1 { font-size: 20px; } h2 { font-size: 16px; } h3 { font-size: 14px; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 12px; }
    .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; }
    .filters label { display: grid; gap: 2px; font-size: 12px; }
    .card { display: grid; gap: 8px; padding: 8px 20px 16px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
    .meter-row { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
    meter { flex: 1; min-width: 200px; height: 18px; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
    .tile { display: grid; gap: 2px; padding: 8px; border: 1px solid var(--border); border-radius: var(--radius); }
    .tile strong { font-size: 20px; }
    .big { font-size: 24px; }
    .features { list-style: none; padding: 0; margin: 0; display: grid; gap: 4px; }
    .features .off { color: var(--muted, #64748b); }
    .table { width: 100%; border-collapse: collapse; font-size: 14px; }
    .table th, .table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); }
    .small { font-size: 12px; }
    .warn { color: var(--danger, #b91c1c); }
    .center { text-align: center; padding: 24px 0; }
    .error { color: var(--danger, #b91c1c); }
  `,
})
export class OutcomesPage {
  private readonly api = inject(OutcomesApi);
  protected readonly ctx = inject(LocationContext);
  protected readonly filters = signal<OutcomesFilters>({ granularity: 'week', locationId: null, provider: null });
  protected readonly report = signal<OutcomesReport | null>(null);
  protected readonly usage = signal<MonthlyUsage | null>(null);
  protected readonly plan = signal<PlanView | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly providers = signal<string[]>([]);
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.filters()));
  protected readonly pct = pct;
  protected readonly money = money;
  protected readonly day = day;

  protected readonly tiles = computed(() => {
    const r = this.report();
    if (!r) return [];
    const b = r.baseline?.rates ?? null;
    const rate = (key: keyof AppointmentRates, label: string) => ({ key, label, value: pct(r.totals[key] as number | null), baseline: b ? pct(b[key] as number | null) : null });
    return [
      rate('confirmationRate', 'Confirmed'),
      rate('noShowRate', 'No-shows'),
      rate('lateCancellationRate', 'Late cancellations (< 24 h)'),
      rate('rescheduleRate', 'Rescheduled'),
      { key: 'deliveryRate', label: 'Delivered', value: pct(r.delivery.deliveryRate), baseline: null },
      { key: 'optOutRate', label: 'Opted out', value: pct(r.optOut.rate), baseline: null },
    ];
  });

  protected readonly breakdown = computed(() => {
    const r = this.report();
    return r ? [...r.byLocation, ...r.byProvider.map((p) => ({ ...p, key: `provider:${p.key}` }))] : [];
  });

  protected readonly ratesChart = computed((): ChartConfiguration => {
    const s = this.report()?.series ?? [];
    const asPct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
    return {
      type: 'line',
      data: {
        labels: s.map((b) => day(b.periodStart)),
        datasets: [
          { label: 'Confirmed %', data: s.map((b) => asPct(b.confirmationRate)), borderColor: '#16a34a', backgroundColor: '#16a34a' },
          { label: 'No-shows %', data: s.map((b) => asPct(b.noShowRate)), borderColor: '#dc2626', backgroundColor: '#dc2626' },
          { label: 'Late cancellations %', data: s.map((b) => asPct(b.lateCancellationRate)), borderColor: '#d97706', backgroundColor: '#d97706' },
        ],
      },
      options: { scales: { y: { min: 0, max: 100 } } },
    };
  });

  protected readonly textsChart = computed((): ChartConfiguration => {
    const s = this.report()?.series ?? [];
    return {
      type: 'bar',
      data: { labels: s.map((b) => day(b.periodStart)), datasets: [{ label: 'Texts sent', data: s.map((b) => b.outboundTexts), backgroundColor: '#6d28d9' }] },
    };
  });

  constructor() {
    effect(() => this.loadReport(this.filters()));
    this.api.usage().subscribe({ next: (u) => this.usage.set(u), error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load this month's usage.")) });
    this.api.plan().subscribe({ next: (p) => this.plan.set(p), error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load your plan.")) });
  }

  protected set(change: Partial<OutcomesFilters>): void {
    this.filters.update((f) => ({ ...f, ...change }));
  }

  protected scenario(kind: string): string {
    return SCENARIOS[kind] ?? kind.replace(/_/g, ' ');
  }

  private loadReport(f: OutcomesFilters): void {
    this.api.outcomes(f).subscribe({
      next: (r) => {
        this.error.set(null);
        this.report.set(r);
        if (!f.provider) this.providers.set(r.byProvider.map((p) => p.key));
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load outcomes.")),
    });
  }
}
