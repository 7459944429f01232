import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from './auth.service';
import { RealtimeService } from './realtime.service';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;
const CHECK_EVERY_MS = 5_000;
/** While someone is active without making requests, tell the API now and then so its idle clock agrees. */
const KEEPALIVE_MS = 5 * 60_000;

/**
 * Automatic log-off (HIPAA §164.312(a)): signs out after the configured minutes without activity, and
 * as soon as the server ends the session (socket `session.ended`), with a sentence on the sign-in page.
 */
@Injectable({ providedIn: 'root' })
export class SessionWatch {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly http = inject(HttpClient);
  private readonly realtime = inject(RealtimeService);
  private readonly document = inject(DOCUMENT);
  private lastActivity = Date.now();
  private lastKeepalive = Date.now();
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onActivity = () => {
    this.lastActivity = Date.now();
  };

  constructor() {
    this.realtime.sessionEnded$.subscribe((message) => this.end(message));
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  start(): void {
    if (this.timer) return;
    this.lastActivity = Date.now();
    this.lastKeepalive = Date.now();
    for (const name of ACTIVITY_EVENTS) this.document.addEventListener(name, this.onActivity, { passive: true, capture: true });
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const name of ACTIVITY_EVENTS) this.document.removeEventListener(name, this.onActivity, { capture: true });
  }

  private check(): void {
    if (!this.auth.staff()) return this.stop();
    const now = Date.now();
    const minutes = this.auth.idleMinutes();
    if (now - this.lastActivity >= minutes * 60_000) {
      const message = `You were signed out after ${minutes} minute${minutes === 1 ? '' : 's'} without activity. Please sign in again.`;
      this.auth.logout().subscribe({ error: () => undefined });
      this.end(message);
      return;
    }
    if (this.lastActivity > this.lastKeepalive && now - this.lastKeepalive >= KEEPALIVE_MS) {
      this.lastKeepalive = now;
      this.http.get('/api/auth/me').subscribe({ error: () => undefined });
    }
  }

  private end(message: string): void {
    this.stop();
    if (this.auth.staff()) this.auth.endSession();
    this.auth.notice.set(message);
    void this.router.navigate(['/login']);
  }
}
