import { ChangeDetectionStrategy, Component, ElementRef, effect, input, viewChild, type OnDestroy } from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';

// Only the parts these charts use are bundled (tree-shaken; no network, works offline in the PWA).
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A chart.js chart on a canvas, redrawn when its configuration changes. */
@Component({
  selector: 'bcn-outcome-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="wrap"><canvas #canvas [attr.aria-label]="label()" role="img"></canvas></div>`,
  styles: `.wrap { position: relative; height: 240px; }`,
})
export class OutcomeChart implements OnDestroy {
  readonly config = input.required<ChartConfiguration>();
  readonly label = input.required<string>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    effect(() => {
      const config = this.config();
      this.chart?.destroy();
      this.chart = new Chart(this.canvas().nativeElement, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
    });
  }

  ngOnDestroy(): void {
    this.chart?.destroy();
  }
}
