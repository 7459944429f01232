import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Appointment } from '../../core/models';
import { patientName } from '../../shared/format';
import { RISK_LABELS, appointmentStatusLabel, confirmationLabel } from './calendar-labels';
import { formatTime } from './calendar-time';

/** One appointment on the calendar: time, patient, service, confirmation chip and risk. */
@Component({
  selector: 'bcn-appointment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = appointment();
    <button
      type="button"
      class="card"
      data-testid="appointment-card"
      [class.compact]="compact()"
      [class.selected]="selected()"
      [class.inactive]="a.status === 'cancelled' || a.status === 'no_show'"
      [class]="'conf-' + a.confirmationStatus + ' level-' + a.risk.level"
      [style.--provider]="color()"
      [attr.data-appointment-id]="a.id"
      [attr.data-confirmation-status]="a.confirmationStatus"
      [attr.data-risk-level]="a.risk.level"
      [attr.data-status]="a.status"
      [attr.aria-pressed]="selected()"
      [attr.aria-label]="ariaLabel()"
      [attr.title]="tooltip()"
      (click)="picked.emit(a.id)"
    >
      <span class="line">
        <time class="time" [attr.datetime]="a.startsAt">{{ time() }}</time>
        @if (!compact()) {
          <span class="name" data-testid="appointment-patient">{{ name() }}</span>
        }
        @if (a.risk.level !== 'low') {
          <span class="risk" data-testid="appointment-risk" [class]="'risk risk-' + a.risk.level">
            @if (a.risk.level === 'high') {
              <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true"><path d="M3.5 14.5V2.2M3.5 2.5h8.2l-1.9 3.2 1.9 3.2H3.5" fill="currentColor" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round" /></svg>
            }
            @if (a.confirmationStatus !== 'high_risk' || a.status !== 'booked') {
              {{ compact() ? riskShort() : riskLabel() }}
            } @else {
              <span class="sr-only">{{ riskLabel() }}</span>
            }
          </span>
        }
      </span>
      @if (compact()) {
        <span class="name" data-testid="appointment-patient">{{ name() }}</span>
      }
      <span class="line">
        <span class="service">{{ a.serviceName }}@if (compact()) {<span class="provider"> · {{ a.providerName }}</span>}</span>
        @if (a.status !== 'booked') {
          <span class="chip chip-status" data-testid="appointment-status">{{ statusLabel() }}</span>
        } @else {
          <span class="chip" data-testid="confirmation-chip" [class]="'chip chip-' + a.confirmationStatus">{{ chipLabel() }}</span>
        }
      </span>
    </button>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .card {
      --provider: var(--accent);
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 100%;
      height: 100%;
      min-height: 0;
      padding: 5px 8px 5px 10px;
      overflow: hidden;
      text-align: left;
      font-size: 13px;
      line-height: 17px;
      color: var(--text);
      background: var(--surface);
      border: 1px solid var(--border);
      border-left: 4px solid var(--provider);
      border-radius: 8px;
      box-shadow: var(--shadow-sm);
      cursor: pointer;
      transition: box-shadow 0.15s ease, border-color 0.15s ease, transform 0.15s ease;
    }
    .card:hover {
      box-shadow: var(--shadow);
      border-color: var(--border-strong);
      border-left-color: var(--provider);
    }
    .card.selected {
      border-color: var(--accent);
      border-left-color: var(--provider);
      box-shadow: 0 0 0 2px var(--accent), var(--shadow);
    }
    .card.level-high {
      background: linear-gradient(90deg, #fff6f5, var(--surface) 60%);
    }
    .card.inactive {
      opacity: 0.62;
      background: var(--surface-muted);
    }
    .card.inactive .name {
      text-decoration: line-through;
    }
    .line {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 0;
    }
    .time {
      flex: none;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      color: var(--text-muted);
    }
    .name {
      flex: 1;
      min-width: 0;
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .service {
      flex: 1;
      min-width: 0;
      color: var(--text-muted);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .provider {
      color: var(--text-faint);
    }
    .chip {
      flex: none;
      padding: 0 7px;
      border-radius: 999px;
      font-size: 11px;
      font-weight: 600;
      line-height: 17px;
      white-space: nowrap;
      border: 1px solid transparent;
    }
    .chip-unconfirmed {
      background: #fff4de;
      color: #8a5a00;
      border-color: #f3dfb1;
    }
    .chip-confirmed {
      background: #e7f4ec;
      color: var(--ok);
      border-color: #c5e3d0;
    }
    .chip-high_risk {
      background: var(--danger-soft);
      color: var(--danger);
      border-color: #f6c9c4;
    }
    .chip-reschedule_requested {
      background: #eef0fd;
      color: #3c46a8;
      border-color: #d5d9f7;
    }
    .chip-status {
      background: var(--surface);
      color: var(--text-muted);
      border-color: var(--border-strong);
    }
    .risk {
      flex: none;
      display: inline-flex;
      align-items: center;
      gap: 3px;
      font-size: 11px;
      font-weight: 700;
      letter-spacing: 0.01em;
      white-space: nowrap;
    }
    .risk-medium {
      color: #9a6400;
    }
    .risk-high {
      color: var(--danger);
    }
    .line:first-child .risk {
      margin-left: auto;
    }
    /* Week view: stacked lines, natural height */
    .card.compact {
      height: auto;
      gap: 1px;
      padding: 6px 8px 7px 9px;
      font-size: 12px;
      line-height: 16px;
    }
    .card.compact .line:last-child {
      flex-wrap: wrap;
      row-gap: 3px;
    }
    .card.compact .service {
      flex-basis: 100%;
    }
    .card.compact .chip {
      max-width: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      font-size: 10.5px;
      line-height: 16px;
    }
  `,
})
export class AppointmentCard {
  readonly appointment = input.required<Appointment>();
  readonly timeZone = input.required<string>();
  readonly color = input('var(--accent)');
  readonly compact = input(false);
  readonly selected = input(false);
  readonly picked = output<string>();

  protected readonly name = computed(() => patientName(this.appointment().patient));
  protected readonly time = computed(() => formatTime(this.appointment().startsAt, this.timeZone()));
  protected readonly chipLabel = computed(() => confirmationLabel(this.appointment().confirmationStatus));
  protected readonly statusLabel = computed(() => appointmentStatusLabel(this.appointment().status));
  protected readonly riskLabel = computed(() => RISK_LABELS[this.appointment().risk.level]);
  protected readonly riskShort = computed(() => (this.appointment().risk.level === 'high' ? 'High' : 'Med'));
  protected readonly tooltip = computed(() => {
    const a = this.appointment();
    const reasons = a.risk.reasons.length ? `\n${a.risk.reasons.map((r) => `• ${r}`).join('\n')}` : '';
    return `${this.time()} · ${a.durationMinutes} min · ${a.serviceName} with ${a.providerName}\n${RISK_LABELS[a.risk.level]} (${a.risk.score}/100)${reasons}`;
  });
  protected readonly ariaLabel = computed(() => {
    const a = this.appointment();
    const state = a.status === 'booked' ? this.chipLabel() : this.statusLabel();
    return `${this.time()}, ${this.name()}, ${a.serviceName} with ${a.providerName}, ${state}, ${RISK_LABELS[a.risk.level]}`;
  });
}
