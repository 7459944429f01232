import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { Staff, StaffSession, type IStaff, type MikroORM } from '@beacon/db';
import { newToken, sha256, verifyPassword } from '@beacon/security';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import type { AuthenticatedStaff, RequestOrigin } from './authenticated-staff.js';

const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class AuthService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, origin: RequestOrigin): Promise<{ token: string; staff: AuthenticatedStaff }> {
    const em = this.orm.em.fork();
    const normalizedEmail = email.trim().toLowerCase();
    await this.refuseWhenThrottled(normalizedEmail, origin);
    const staff = await em.findOne(Staff, { email: normalizedEmail });
    // Same answer for unknown email and wrong password, so logins can't be used to probe for accounts.
    if (!staff || !staff.active || !(await verifyPassword(staff.passwordHash, password))) {
      await this.audit.record({
        organizationId: staff?.organizationId ?? null,
        action: 'auth.login_failed',
        outcome: 'denied',
        actor: { staffId: staff?.id ?? null, label: normalizedEmail },
        origin,
        details: { reason: !staff ? 'unknown_email' : !staff.active ? 'account_inactive' : 'wrong_password' },
      });
      throw new ApiError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'Email or password is incorrect.');
    }
    // Only once the password is right, so this says nothing to someone guessing which emails have accounts.
    if (!staff.emailVerifiedAt) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'EMAIL_NOT_VERIFIED', 'Confirm your email address first: open the link in the email we sent you (you can ask for a new one on the sign-up page).');
    }
    return this.openSession(staff, origin);
  }

  /** A new session for a staff member whose identity has just been proven (password, or a one-time email link). */
  async openSession(staff: IStaff, origin: RequestOrigin): Promise<{ token: string; staff: AuthenticatedStaff }> {
    const em = this.orm.em.fork();
    const token = newToken();
    const now = new Date();
    const session = em.create(StaffSession, {
      id: randomUUID(),
      staffId: staff.id,
      tokenHash: sha256(token),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.SESSION_MAX_HOURS * 3_600_000),
      revokedAt: null,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 500) ?? null,
    });
    await em.flush();
    const authenticated = this.toAuthenticated(staff, session.id, origin);
    await this.audit.recordStaffAction(authenticated, 'auth.login', { target: { type: 'session', id: session.id } });
    return { token, staff: authenticated };
  }

  /**
   * Too many failed sign-ins for this email from this address since its last successful one, within the
   * lockout window: refuse (429, audited) before checking the password, so guessing cannot continue.
   */
  private async refuseWhenThrottled(email: string, origin: RequestOrigin): Promise<void> {
    const windowMs = this.config.LOGIN_LOCKOUT_MINUTES * 60_000;
    const since = new Date(Date.now() - windowMs);
    const failures = await this.orm.em.getConnection().execute<{ occurred_at: Date }[]>(
      `select occurred_at from audit_event f
        where f.action = 'auth.login_failed' and f.actor_label = ? and f.ip is not distinct from ? and f.occurred_at > ?
          and coalesce(f.details->>'reason', '') <> 'too_many_attempts'
          and f.occurred_at > coalesce((select max(s.occurred_at) from audit_event s where s.action = 'auth.login' and s.actor_label = ? and s.ip is not distinct from ?), '-infinity'::timestamptz)
        order by f.occurred_at asc`,
      [email, origin.ip, since, email, origin.ip],
    );
    const max = this.config.LOGIN_MAX_FAILURES;
    if (failures.length < max) return;
    // Unlocks when enough of the counted failures have aged out of the window.
    const unlocksAt = new Date(failures[failures.length - max]!.occurred_at).getTime() + windowMs;
    const minutes = Math.max(1, Math.ceil((unlocksAt - Date.now()) / 60_000));
    const staff = await this.orm.em.fork().findOne(Staff, { email });
    await this.audit.record({
      organizationId: staff?.organizationId ?? null,
      action: 'auth.login_failed',
      outcome: 'denied',
      actor: { staffId: staff?.id ?? null, label: email },
      origin,
      details: { reason: 'too_many_attempts', failures: failures.length },
    });
    throw new ApiError(
      HttpStatus.TOO_MANY_REQUESTS,
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask the practice owner to reset your password.`,
    );
  }

  /** Resolves a session cookie; null when missing, revoked, expired or idle too long (automatic log-off). */
  async authenticate(token: string | undefined, origin: RequestOrigin = { ip: null, userAgent: null }): Promise<AuthenticatedStaff | null> {
    if (!token) return null;
    const em = this.orm.em.fork();
    const session = await em.findOne(StaffSession, { tokenHash: sha256(token) });
    if (!session || session.revokedAt) return null;
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000;
    if (now > session.expiresAt.getTime() || now > idleLimit) return null;
    const staff = await em.findOne(Staff, session.staffId);
    if (!staff || !staff.active) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await em.flush();
    }
    return this.toAuthenticated(staff, session.id, origin);
  }

  async isSessionActive(sessionId: string): Promise<boolean> {
    const session = await this.orm.em.fork().findOne(StaffSession, sessionId);
    if (!session || session.revokedAt) return false;
    const now = Date.now();
    return now <= session.expiresAt.getTime() && now <= session.lastSeenAt.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000;
  }

  /** The current view of a signed-in socket's staff member (permissions may have changed); null once the session has ended. */
  async refresh(current: AuthenticatedStaff): Promise<AuthenticatedStaff | null> {
    if (!(await this.isSessionActive(current.sessionId))) return null;
    const staff = await this.orm.em.fork().findOne(Staff, current.id);
    return staff?.active ? this.toAuthenticated(staff, current.sessionId, current.origin) : null;
  }

  async logout(staff: AuthenticatedStaff): Promise<void> {
    const em = this.orm.em.fork();
    const session = await em.findOne(StaffSession, staff.sessionId);
    if (session && !session.revokedAt) {
      session.revokedAt = new Date();
      await em.flush();
      await this.audit.recordStaffAction(staff, 'auth.logout', { target: { type: 'session', id: session.id } });
    }
  }

  private toAuthenticated(staff: IStaff, sessionId: string, origin: RequestOrigin): AuthenticatedStaff {
    return {
      id: staff.id,
      organizationId: staff.organizationId,
      name: staff.name,
      email: staff.email,
      role: staff.role,
      permissions: staff.permissions,
      locationIds: staff.locationIds,
      providerName: staff.providerName ?? null,
      sessionId,
      origin,
    };
  }
}
