import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CheckEmailAnswer, LocalMailView as LocalMail, SignupBody as SignupRequest, SignupOptions } from '@beacon/contracts';

// The API's shapes (@beacon/contracts).
export type { CheckEmailAnswer, LocalMailView as LocalMail, PlanId, SignupBody as SignupRequest, SignupOptions } from '@beacon/contracts';

/** The public sign-up endpoints (no session). */
@Injectable({ providedIn: 'root' })
export class SignupApi {
  private readonly http = inject(HttpClient);

  options(): Observable<SignupOptions> {
    return this.http.get<SignupOptions>('/api/signup/options');
  }

  signup(body: SignupRequest): Observable<CheckEmailAnswer> {
    return this.http.post<CheckEmailAnswer>('/api/signup', body);
  }

  resend(email: string): Observable<CheckEmailAnswer> {
    return this.http.post<CheckEmailAnswer>('/api/signup/resend', { email });
  }

  localMail(email: string): Observable<LocalMail[]> {
    return this.http.get<LocalMail[]>('/api/signup/local-mail', { params: { email } });
  }
}

/** The console path of a one-time link in an email (same origin), or null. */
export function consoleLinkIn(text: string): string | null {
  const match = /https?:\/\/\S+?(\/(?:verify-email|accept-invitation)\?token=[A-Za-z0-9_-]+)/.exec(text);
  return match?.[1] ?? null;
}

/** Mirrors the server's rules (libs/contracts/src/password-policy.util.ts) for a hint while typing; the server decides. */
export function passwordHint(password: string, email: string, organizationName: string): string | null {
  if (!password) return null;
  if (password.length < 12) return `At least 12 characters (${password.length} so far). A few unrelated words work well.`;
  const squash = (v: string) => v.toLowerCase().replace(/[^a-z0-9]/g, '');
  const local = squash(email.split('@')[0] ?? '');
  if (local.length >= 4 && squash(password).includes(local)) return 'Leave your email address out of your password.';
  const org = squash(organizationName);
  if (org.length >= 4 && squash(password).includes(org)) return "Leave your clinic's name out of your password.";
  return null;
}
