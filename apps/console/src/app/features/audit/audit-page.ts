import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../core/api-error';
import { fullDateTime } from '../../shared/format';
import { StaffApi, StaffMember } from '../staff/staff.api';
import { AuditApi, AuditEventView, AuditFilters, ChainVerification, DataProtectionSettings } from './audit.api';
import { AUDIT_ACTIONS } from '@beacon/contracts/vocabulary';

/** The actions recorded, for the filter (the one list, in @beacon/contracts). */
const ACTIONS = AUDIT_ACTIONS;

/** Owners: browse, filter, export and verify the audit trail; set how long messages are kept. */
@Component({
  selector: 'bcn-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <header class="head">
        <h1>Audit log</h1>
        <div class="actions">
          <button type="button" class="btn btn-ghost btn-sm" data-testid="audit-verify" [disabled]="verifying()" (click)="verify()">Verify integrity</button>
          <a class="btn btn-ghost btn-sm" data-testid="audit-export" [href]="exportUrl()" download>Export CSV</a>
        </div>
      </header>
      @if (verification(); as v) {
        <p class="banner" [class.ok]="v.ok" [class.bad]="!v.ok" role="status" data-testid="audit-verify-result" [attr.data-ok]="v.ok">
          @if (v.ok) {
            Intact: all {{ v.checked }} entries check out (verified {{ when(v.verifiedAt) }}).
          } @else {
            Altered: entry {{ v.firstBroken?.seq }} does not match ({{ v.firstBroken?.reason }}); {{ v.checked }} entries before it are intact.
          }
        </p>
      }

      <section class="card" aria-label="Retention">
        <h2>Message retention</h2>
        @if (settings(); as s) {
          <form class="row" (submit)="$event.preventDefault(); saveRetention()">
            <label>Keep messages for
              <input type="number" min="1" max="30" class="input years" data-testid="retention-years" [value]="retentionDraft() ?? s.retentionYears" (input)="retentionDraft.set(+$any($event.target).value)" />
              years</label>
            <button type="submit" class="btn btn-primary btn-sm" data-testid="retention-save" [disabled]="!retentionDraft() || retentionDraft() === s.retentionYears">Save</button>
            <span class="muted small">Older messages are deleted every day. Promotions go out {{ s.marketingHours.start }}–{{ s.marketingHours.end }} patient time.</span>
          </form>
        }
        @if (settingsError(); as e) {
          <p class="error" role="alert">{{ e }}</p>
        }
      </section>

      <form class="filters" (submit)="$event.preventDefault(); search()">
        <select class="input" data-testid="audit-filter-action" [value]="filters().action ?? ''" (change)="patch({ action: $any($event.target).value })">
          <option value="">All actions</option>
          @for (a of actions; track a) {
            <option [value]="a">{{ a }}</option>
          }
        </select>
        <select class="input" aria-label="Staff member" data-testid="audit-filter-staff" [value]="filters().staffId ?? ''" (change)="patch({ staffId: $any($event.target).value })">
          <option value="">Everyone</option>
          @for (s of staff(); track s.id) {
            <option [value]="s.id">{{ s.name }}</option>
          }
        </select>
        <input class="input" type="search" placeholder="Patient name" aria-label="Patient name" data-testid="audit-filter-patient" [value]="filters().patient ?? ''" (change)="patch({ patient: $any($event.target).value.trim(), patientId: undefined })" />
        <input class="input" type="datetime-local" aria-label="From" (change)="patch({ from: iso($any($event.target).value) })" />
        <input class="input" type="datetime-local" aria-label="To" (change)="patch({ to: iso($any($event.target).value) })" />
        <button type="submit" class="btn btn-primary btn-sm" data-testid="audit-apply">Apply</button>
      </form>

      @if (error(); as e) {
        <p class="error" role="alert">{{ e }}</p>
      }
      <table class="table" data-testid="audit-table" [attr.aria-busy]="loading()">
        <thead>
          <tr><th>#</th><th>When</th><th>Who</th><th>Action</th><th>Outcome</th><th>Patient</th><th>From</th><th>Details</th></tr>
        </thead>
        <tbody>
          @for (e of events(); track e.seq) {
            <tr data-testid="audit-row" [attr.data-action]="e.action">
              <td>{{ e.seq }}</td>
              <td>{{ when(e.occurredAt) }}</td>
              <td>{{ e.actor.label }}</td>
              <td data-testid="audit-row-action">{{ e.action }}</td>
              <td [class.bad-text]="e.outcome !== 'success'">{{ e.outcome }}</td>
              <td data-testid="audit-row-patient" [attr.title]="e.patientId ?? ''">{{ e.patientName ?? (e.patientId ? 'Deleted patient' : '') }}</td>
              <td class="mono" [attr.title]="e.userAgent ?? ''">{{ e.ip ?? '' }}</td>
              <td class="mono small">{{ details(e) }}</td>
            </tr>
          } @empty {
            @if (!loading()) {
              <tr><td colspan="8" class="muted">No entries match these filters.</td></tr>
            }
          }
        </tbody>
      </table>
      @if (nextCursor()) {
        <button type="button" class="btn btn-ghost btn-sm" data-testid="audit-more" [disabled]="loading()" (click)="load(true)">Older entries</button>
      }
    </div>
  `,
  styles: `
    .page { padding: 20px; display: grid; gap: 14px; overflow: auto; height: 100%; align-content: start; }
    .head { display: flex; justify-content: space-between; align-items: center; }
    .actions, .filters, .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
    .card { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 12px 16px; display: grid; gap: 8px; }
    h2 { font-size: 15px; }
    .years { width: 70px; margin: 0 6px; }
    .banner { padding: 8px 12px; border-radius: 6px; margin: 0; }
    .ok { background: #e8f5ec; border: 1px solid #2e7d4f; }
    .bad { background: var(--danger-soft); border: 1px solid var(--danger); }
    .table { width: 100%; border-collapse: collapse; font-size: 13px; background: var(--surface); }
    .table th, .table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
    .mono { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
    .small { font-size: 12px; }
    .error, .bad-text { color: var(--danger); }
  `,
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly staffApi = inject(StaffApi);
  /** For the "who" filter, by name (an owner without staff management keeps "Everyone"). */
  protected readonly staff = signal<StaffMember[]>([]);
  protected readonly actions = ACTIONS;

  protected readonly filters = signal<AuditFilters>({});
  protected readonly events = signal<AuditEventView[]>([]);
  protected readonly nextCursor = signal<number | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly verification = signal<ChainVerification | null>(null);
  protected readonly verifying = signal(false);
  protected readonly settings = signal<DataProtectionSettings | null>(null);
  protected readonly settingsError = signal<string | null>(null);
  protected readonly retentionDraft = signal<number | null>(null);
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.filters()));

  constructor() {
    this.load(false);
    this.staffApi.list().subscribe({ next: (people) => this.staff.set(people), error: () => this.staff.set([]) });
    this.api.settings().subscribe({ next: (s) => this.settings.set(s), error: (err: unknown) => this.settingsError.set(apiErrorMessage(err)) });
  }

  protected patch(change: Partial<AuditFilters>): void {
    this.filters.update((f) => ({ ...f, ...change }));
  }

  protected search(): void {
    this.load(false);
  }

  protected load(more: boolean): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.list(this.filters(), more ? this.nextCursor() : null).subscribe({
      next: (page) => {
        this.events.set(more ? [...this.events(), ...page.events] : page.events);
        this.nextCursor.set(page.nextCursor);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.error.set(apiErrorMessage(err, "The audit log couldn't be loaded. Try again."));
        this.loading.set(false);
      },
    });
  }

  protected verify(): void {
    this.verifying.set(true);
    this.api.verify().subscribe({
      next: (v) => {
        this.verification.set(v);
        this.verifying.set(false);
      },
      error: (err: unknown) => {
        this.error.set(apiErrorMessage(err, "The check couldn't run. Try again."));
        this.verifying.set(false);
      },
    });
  }

  protected saveRetention(): void {
    const years = this.retentionDraft();
    if (!years) return;
    this.settingsError.set(null);
    this.api.saveSettings({ retentionYears: years }).subscribe({
      next: (s) => {
        this.settings.set(s);
        this.retentionDraft.set(null);
      },
      error: (err: unknown) => this.settingsError.set(apiErrorMessage(err)),
    });
  }

  protected when(iso: string): string {
    return fullDateTime(iso);
  }

  protected iso(local: string): string | undefined {
    return local ? new Date(local).toISOString() : undefined;
  }

  protected details(e: AuditEventView): string {
    const text = JSON.stringify(e.details);
    return text === '{}' ? '' : text;
  }
}
