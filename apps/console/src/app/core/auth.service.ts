import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, map, of, tap, throwError } from 'rxjs';
import { apiErrorMessage } from './api-error';
import { LoginRequest, ROLE_LABELS, Staff, StaffResponse } from './models';

/** Auth API client + the signed-in staff member (session lives in an httpOnly cookie). */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);

  private readonly staffState = signal<Staff | null>(null);
  /** Signed-in staff member, or null when signed out / unknown. */
  readonly staff = this.staffState.asReadonly();
  readonly isSignedIn = computed(() => this.staffState() !== null);
  readonly roleLabel = computed(() => {
    const s = this.staffState();
    return s ? (ROLE_LABELS[s.role] ?? s.role) : '';
  });

  /** Minutes without activity before the console signs out by itself (from the API). */
  readonly idleMinutes = signal(30);

  /** A message to show on the login screen after a forced sign-out or a failed session check. */
  readonly notice = signal<string | null>(null);

  /** Listeners that must reset per-user state on sign-out (realtime socket, location context…). */
  private readonly endListeners = new Set<() => void>();

  login(body: LoginRequest): Observable<Staff> {
    return this.signInVia('/api/auth/login', body);
  }

  /** Sign-in by a one-time email link (sign-up verification, staff invitation): the API answers as for a login. */
  signInWithLink(url: '/api/signup/verify' | '/api/invitations/accept', body: { token: string; password?: string }): Observable<Staff> {
    return this.signInVia(url, body);
  }

  private signInVia(url: string, body: object): Observable<Staff> {
    return this.http.post<StaffResponse>(url, body).pipe(
      tap((res) => this.idleMinutes.set(res.session?.idleMinutes ?? 30)),
      map((res) => res.staff),
      tap((staff) => {
        this.notice.set(null);
        this.staffState.set(staff);
      }),
    );
  }

  /**
   * Asks the API who is signed in. Resolves to null on 401.
   * Other failures (API down…) also resolve to null but leave a notice for the login screen.
   */
  restoreSession(): Observable<Staff | null> {
    return this.http.get<StaffResponse>('/api/auth/me').pipe(
      tap((res) => this.idleMinutes.set(res.session?.idleMinutes ?? 30)),
      map((res) => res.staff),
      tap((staff) => this.staffState.set(staff)),
      catchError((err: unknown) => {
        if (!(err instanceof HttpErrorResponse) || err.status !== 401) {
          this.notice.set(apiErrorMessage(err, "We couldn't check your session. Please sign in."));
        }
        return of(null);
      }),
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {}).pipe(
      catchError((err: unknown) => {
        // Even if the API call fails we still end the local session.
        this.endSession();
        return throwError(() => err);
      }),
      tap(() => this.endSession()),
    );
  }

  /** Drops all local per-user state. Does not call the API. */
  endSession(): void {
    this.staffState.set(null);
    for (const fn of this.endListeners) fn();
  }

  onSessionEnd(fn: () => void): () => void {
    this.endListeners.add(fn);
    return () => this.endListeners.delete(fn);
  }
}
