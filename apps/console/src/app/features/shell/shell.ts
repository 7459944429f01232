import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth.service';
import { LocationContext } from '../../core/location-context';
import { PlanService } from '../../core/plan.service';
import { RealtimeService } from '../../core/realtime.service';
import { SessionWatch } from '../../core/session-watch';
import { BeaconMark } from '../../shared/beacon-mark';
import { DeviceNotifications } from '../notifications/device-notifications';
import { AlertsMenu } from './alerts-menu';

@Component({
  selector: 'bcn-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, BeaconMark, AlertsMenu, DeviceNotifications],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  host: {
    '(document:click)': 'onDocumentClick($event)',
    '(document:keydown.escape)': 'menuOpen.set(false)',
  },
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly realtime = inject(RealtimeService);
  protected readonly locations = inject(LocationContext);

  protected readonly staff = this.auth.staff;
  private readonly plans = inject(PlanService);
  /** Bulk outside the plan: shown, marked, and its page says why. */
  protected readonly bulkLock = computed(() => this.plans.lock('bulkMessaging'));
  protected readonly roleLabel = this.auth.roleLabel;
  protected readonly connection = this.realtime.state;
  protected readonly connectionLabel = computed(() => {
    switch (this.connection()) {
      case 'live':
        return 'Live';
      case 'connecting':
        return 'Connecting…';
      case 'reconnecting':
        return 'Reconnecting…';
      default:
        return 'Offline';
    }
  });
  protected readonly signingOut = signal(false);
  /** The menu under the person's name: notifications on this device. */
  protected readonly menuOpen = signal(false);
  private readonly userMenu = viewChild<ElementRef<HTMLElement>>('userMenu');

  constructor() {
    const staff = this.auth.staff();
    if (staff) this.locations.load(staff);
    this.realtime.connect();
    inject(SessionWatch).start();
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected onDocumentClick(event: MouseEvent): void {
    const menu = this.userMenu()?.nativeElement;
    if (this.menuOpen() && menu && event.target instanceof Node && !menu.contains(event.target)) this.menuOpen.set(false);
  }

  protected onLocationChange(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    if (id === this.locations.selectedId()) return;
    this.locations.select(id);
    // An open conversation belongs to the previous location: go back to the list.
    if (this.router.url.startsWith('/inbox/')) void this.router.navigate(['/inbox']);
  }

  protected logout(): void {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    const done = () => {
      this.signingOut.set(false);
      void this.router.navigate(['/login']);
    };
    this.auth.logout().subscribe({ next: done, error: done });
  }
}
