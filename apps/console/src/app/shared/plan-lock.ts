import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth.service';
import { PlanService, type PlanFeature } from '../core/plan.service';

/**
 * Shown next to a feature the organisation's plan does not include (the feature itself is disabled by
 * its page): "Available on Professional", the reason, and for the owner a link to the plan.
 */
@Component({
  selector: 'bcn-plan-lock',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (lock(); as l) {
      <p class="plan-lock" role="note" data-testid="plan-lock" [attr.data-feature]="l.feature" [attr.title]="l.reason">
        <span class="badge" data-testid="plan-lock-badge">Available on {{ l.availableOn }}</span>
        <span class="why">{{ l.label }} {{ compact() ? '' : 'is not included in your plan.' }}</span>
        @if (isOwner()) {
          <a routerLink="/outcomes" fragment="plan" data-testid="plan-lock-link">See plans</a>
        } @else {
          <span class="muted">Ask the practice owner to change plans.</span>
        }
      </p>
    }
  `,
  styles: `
    .plan-lock { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 6px 0; padding: 6px 10px; border-radius: 8px; background: var(--surface-2, #f1f5f9); font-size: 13px; }
    .badge { font-weight: 600; padding: 1px 8px; border-radius: 999px; background: #ede9fe; color: #5b21b6; }
    .muted { color: var(--muted, #64748b); }
  `,
})
export class PlanLockComponent {
  readonly feature = input.required<PlanFeature>();
  /** Only the badge, label and link (tight spaces such as the composer). */
  readonly compact = input(false);
  private readonly plans = inject(PlanService);
  private readonly auth = inject(AuthService);
  protected readonly lock = computed(() => this.plans.lock(this.feature()));
  protected readonly isOwner = computed(() => this.auth.staff()?.role === 'owner');
}
