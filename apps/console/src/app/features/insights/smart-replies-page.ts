import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../core/api-error';
import { LocationContext } from '../../core/location-context';
import { SuggestionStats } from '../../core/models';
import { SuggestionsApi } from '../../core/suggestions.api';

const INTENT_NAMES: Record<string, string> = {
  confirm: 'Confirm',
  reschedule: 'Reschedule',
  cancel_appointment: 'Cancel appointment',
  running_late: 'Running late',
  book_new: 'Book new visit',
  pricing: 'Pricing',
  directions_parking: 'Directions & parking',
  hours: 'Hours',
  aftercare: 'Aftercare',
  pre_treatment: 'Before treatment',
  bring_guest: 'Bringing a guest',
  complaint: 'Complaint',
  thanks: 'Thanks',
  help: 'Help',
  opt_in: 'Opt back in',
  other: 'Other',
};

/** Owners: how often staff use smart replies per kind of patient text, and the AI-engine switch. */
@Component({
  selector: 'bcn-smart-replies-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <header>
        <h1>Smart replies</h1>
        <p class="muted intro">Suggestions are prepared for every patient text. Here is how often your team uses them, by what the patient asked, over the last {{ days }} days at this location.</p>
      </header>

      @if (error(); as err) {
        <div class="card error" role="alert">{{ err }}</div>
      } @else if (!stats()) {
        <p class="muted center">Loading…</p>
      } @else {
        <section class="card" aria-labelledby="acceptance-title">
          <h2 id="acceptance-title">Acceptance by intent</h2>
          @if (rows().length === 0) {
            <p class="muted" data-testid="acceptance-empty">No suggestions have been shown yet. They appear above the reply box when a patient texts.</p>
          } @else {
            <table class="table" data-testid="acceptance-table">
              <thead>
                <tr><th scope="col">Patient asked</th><th scope="col">Texts</th><th scope="col">Used</th><th scope="col">Edited before sending</th><th scope="col">Acceptance</th></tr>
              </thead>
              <tbody>
                @for (r of rows(); track r.intent) {
                  <tr data-testid="acceptance-row" [attr.data-intent]="r.intent">
                    <th scope="row">{{ r.name }}</th>
                    <td>{{ r.shown }}</td>
                    <td>{{ r.accepted }}</td>
                    <td>{{ r.sentEdited }}</td>
                    <td class="rate">
                      <span class="bar" aria-hidden="true"><span [style.width.%]="r.percent"></span></span>
                      <span data-testid="acceptance-rate">{{ r.percent }}%</span>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          }
        </section>

        <section class="card" aria-labelledby="engine-title">
          <h2 id="engine-title">Suggestion engine</h2>
          @if (stats()!.engine.llmConfigured) {
            <p>Built-in suggestions always work, with no data leaving Beacon. You can also let your configured AI model write them; it only sees the patient's first name, appointment details and your clinic's replies.</p>
            <label class="check"><input type="checkbox" [checked]="baa()" (change)="baa.set($any($event.target).checked)" data-testid="baa-confirm" /> A Business Associate Agreement with our AI provider is in place.</label>
            <div class="actions">
              @if (stats()!.engine.llmEnabled) {
                <span data-testid="engine-state">AI-written suggestions are <strong>on</strong>.</span>
                <button type="button" class="btn btn-ghost" (click)="setLlm(false)">Turn off</button>
              } @else {
                <span data-testid="engine-state">Using the built-in engine.</span>
                <button type="button" class="btn" [disabled]="!baa()" (click)="setLlm(true)">Turn on AI-written suggestions</button>
              }
            </div>
          } @else {
            <p data-testid="engine-state">Using the built-in engine (no AI model is configured on this server).</p>
          }
        </section>
      }
    </div>
  `,
  styles: `
    .page { display: grid; gap: 16px; max-width: 900px; margin: 0 auto; padding: 20px 20px 40px; }
    h1 { font-size: 20px; } h2 { font-size: 16px; }
    .card { display: grid; gap: 8px; padding: 8px 20px 16px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
    .table { width: 100%; border-collapse: collapse; font-size: 14px; }
    .table th, .table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); }
    .rate { display: flex; align-items: center; gap: 8px; }
    .bar { flex: 1; height: 8px; background: var(--surface-2, #f1f5f9); border-radius: 4px; overflow: hidden; min-width: 80px; }
    .bar span { display: block; height: 100%; background: var(--accent, #6d28d9); }
    .actions { display: flex; align-items: center; gap: 12px; }
    .center { text-align: center; padding: 24px 0; }
    .error { color: var(--danger, #b91c1c); }
  `,
})
export class SmartRepliesPage {
  private readonly api = inject(SuggestionsApi);
  private readonly ctx = inject(LocationContext);
  protected readonly days = 30;
  protected readonly stats = signal<SuggestionStats | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly baa = signal(false);
  protected readonly rows = computed(() =>
    (this.stats()?.intents ?? [])
      .filter((i) => i.shown > 0)
      .map((i) => ({ ...i, name: INTENT_NAMES[i.intent] ?? i.intent, percent: Math.round(i.acceptanceRate * 100) }))
      .sort((a, b) => b.shown - a.shown),
  );

  constructor() {
    effect(() => {
      const locationId = this.ctx.selectedId();
      if (locationId) this.load(locationId);
    });
  }

  private load(locationId: string): void {
    this.api.stats(locationId, this.days).subscribe({
      next: (s) => {
        this.error.set(null);
        this.stats.set(s);
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load smart-reply statistics.")),
    });
  }

  protected setLlm(on: boolean): void {
    this.api.updateSettings(on, this.baa()).subscribe({
      next: () => {
        const locationId = this.ctx.selectedId();
        if (locationId) this.load(locationId);
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't change the engine.")),
    });
  }
}
