import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { enqueueOutbox, Organization, PLAN_IDS, signupExpiryCommand, Staff, StaffToken, type EntityManager, type IStaff, type MikroORM, type StaffTokenPurpose } from '@beacon/db';
import { alreadyRegisteredEmail, invitationEmail, listOnboardingMailTo, verificationEmail } from '@beacon/notifications';
import { hashPassword, newToken, passwordProblem, PASSWORD_PROBLEM_TEXT, sha256 } from '@beacon/security';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { SIGNUP_EXPIRY_DAYS } from '@beacon/workflows/onboarding/definitions.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { AuthenticatedStaff, RequestOrigin } from '../auth/authenticated-staff.js';
import { ApiError, conflictOnDuplicate } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import type { AcceptInvitationBody, CheckEmailAnswer, LocalMailView, ResendVerificationBody, SignupBody, SignupOptions } from '@beacon/contracts';
import { OnboardingMailService } from './onboarding-mail.service.js';

export const VERIFY_EMAIL_HOURS = 24;
export const INVITATION_DAYS = 7;

export const PLAN_LABELS: Record<(typeof PLAN_IDS)[number], string> = { starter: 'Starter', professional: 'Professional', enterprise: 'Enterprise' };

const invalidLink = () => new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_LINK', 'This link is not valid any more (it was used already or has expired). Ask for a new email.');

/**
 * Self-service sign-up: an organisation with its owner, proven by a one-time email link; and the same
 * one-time links for invited staff to choose their password. Tokens are stored only as SHA-256.
 */
@Injectable()
export class SignupService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly mail: OnboardingMailService,
  ) {}

  options(): SignupOptions {
    return { plans: PLAN_IDS.map((id) => ({ id, label: PLAN_LABELS[id] })), defaultPlan: 'professional', localMailbox: this.config.SMTP_LOCAL_SERVER };
  }

  /**
   * Creates the organisation, its owner (unverified), the verification token, its email and the sign-up's
   * expiry (SIGNUP_EXPIRY_DAYS unverified frees the organisation and the address) in one transaction. An address that already has an account gets an email saying so, and the caller the same
   * answer. Two sign-ups racing with one new address: the unique email index lets one commit; the other is 409.
   */
  async signup(input: SignupBody, origin: RequestOrigin): Promise<CheckEmailAnswer> {
    await this.refuseWhenThrottled(origin);
    // Hash first on every path, so the answer takes as long whether or not the address is known.
    const passwordHash = await hashPassword(input.password);
    const em = this.orm.em.fork();
    const existing = await em.findOne(Staff, { email: input.email });
    if (existing) {
      await this.audit.record({ organizationId: existing.organizationId, action: 'auth.signup', outcome: 'denied', actor: { staffId: null, label: input.email }, origin, details: { reason: 'email_taken' } });
      await this.remindExisting(existing);
      return this.checkEmail(input.email);
    }

    const organizationId = randomUUID();
    const ownerId = randomUUID();
    const token = newToken();
    await conflictOnDuplicate(
      () =>
        this.orm.em.fork().transactional(async (tx) => {
          tx.create(Organization, { id: organizationId, name: input.organizationName, plan: input.plan, createdAt: new Date() });
          tx.create(Staff, {
            id: ownerId,
            organizationId,
            email: input.email,
            name: input.ownerName,
            passwordHash,
            role: 'owner',
            permissions: PERMISSION_PRESETS.owner,
            locationIds: [],
            providerName: null,
            active: true,
            emailVerifiedAt: null,
            createdAt: new Date(),
          });
          this.createToken(tx, ownerId, 'verify_email', token, VERIFY_EMAIL_HOURS * 3_600_000);
          await tx.flush();
          const email = verificationEmail({ to: input.email, ownerName: input.ownerName, organizationName: input.organizationName, link: this.verifyLink(token), validHours: VERIFY_EMAIL_HOURS });
          await this.mail.queue(tx, ownerId, 'verify_email', email);
          await enqueueOutbox(tx, signupExpiryCommand(organizationId, new Date(Date.now() + SIGNUP_EXPIRY_DAYS * 86_400_000)));
        }),
      () => new ApiError(HttpStatus.CONFLICT, 'SIGNUP_IN_PROGRESS', 'A sign-up with this email address was just made. Check your email for the link, or sign in if you already have an account.'),
    );
    await this.audit.record({ organizationId, action: 'auth.signup', actor: { staffId: ownerId, label: input.email }, origin, target: { type: 'organization', id: organizationId }, details: { plan: input.plan } });
    return this.checkEmail(input.email);
  }

  /** Another verification email for an unverified account; the same answer for every address. */
  async resend(input: ResendVerificationBody, origin: RequestOrigin): Promise<CheckEmailAnswer> {
    await this.refuseWhenThrottled(origin);
    const staff = await this.orm.em.fork().findOne(Staff, { email: input.email });
    await this.audit.record({ organizationId: staff?.organizationId ?? null, action: 'auth.signup', outcome: staff ? 'success' : 'denied', actor: { staffId: staff?.id ?? null, label: input.email }, origin, details: { step: 'resend' } });
    if (staff?.active) await this.remindExisting(staff);
    return this.checkEmail(input.email);
  }

  /** The link from the verification email: proves the mailbox, then signs the owner in (the link is spent). */
  async verify(token: string, origin: RequestOrigin): Promise<{ token: string; staff: AuthenticatedStaff }> {
    const staff = await this.orm.em.fork().transactional(async (tx) => {
      const owner = await this.spendToken(tx, token, 'verify_email');
      owner.emailVerifiedAt ??= new Date();
      await tx.flush();
      return owner;
    });
    await this.audit.record({ organizationId: staff.organizationId, action: 'auth.email_verified', actor: { staffId: staff.id, label: staff.email }, origin, target: { type: 'staff', id: staff.id } });
    return this.auth.openSession(staff, origin);
  }

  /** An invited person chooses their password (the same rules as sign-up); the link is spent and they are signed in. */
  async acceptInvitation(input: AcceptInvitationBody, origin: RequestOrigin): Promise<{ token: string; staff: AuthenticatedStaff }> {
    const found = await this.orm.em.fork().findOne(StaffToken, { tokenHash: sha256(input.token), purpose: 'set_password', usedAt: null, expiresAt: { $gt: new Date() } });
    const invited = found ? await this.orm.em.fork().findOne(Staff, found.staffId) : null;
    if (!invited) throw invalidLink();
    const organization = await this.orm.em.fork().findOneOrFail(Organization, invited.organizationId);
    const problem = passwordProblem(input.password, { email: invited.email, organizationName: organization.name });
    if (problem) throw new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `New password is invalid: password: ${PASSWORD_PROBLEM_TEXT[problem]}`, [`password: ${PASSWORD_PROBLEM_TEXT[problem]}`]);
    const passwordHash = await hashPassword(input.password);
    const staff = await this.orm.em.fork().transactional(async (tx) => {
      const person = await this.spendToken(tx, input.token, 'set_password');
      person.passwordHash = passwordHash;
      person.emailVerifiedAt ??= new Date();
      await tx.flush();
      return person;
    });
    await this.audit.record({ organizationId: staff.organizationId, action: 'auth.invitation_accepted', actor: { staffId: staff.id, label: staff.email }, origin, target: { type: 'staff', id: staff.id } });
    return this.auth.openSession(staff, origin);
  }

  /** Staff admin: a person added without a password gets a link to choose one (valid INVITATION_DAYS). */
  async sendInvitation(staff: IStaff, invitedBy: AuthenticatedStaff): Promise<void> {
    const token = newToken();
    const organization = await this.orm.em.fork().findOneOrFail(Organization, staff.organizationId);
    const email = invitationEmail({ to: staff.email, name: staff.name, invitedBy: invitedBy.name, organizationName: organization.name, link: this.mail.link(`/accept-invitation?token=${encodeURIComponent(token)}`), validDays: INVITATION_DAYS });
    await this.orm.em.fork().transactional(async (tx) => {
      this.createToken(tx, staff.id, 'set_password', token, INVITATION_DAYS * 24 * 3_600_000);
      await tx.flush();
      await this.mail.queue(tx, staff.id, 'invitation', email);
    });
  }

  /** Local development only (the loopback SMTP server): onboarding mail for one address, so a new clinic can open its link. */
  async localMail(email: string): Promise<LocalMailView[]> {
    if (!this.config.SMTP_LOCAL_SERVER) throw new ApiError(HttpStatus.NOT_FOUND, 'NO_LOCAL_MAILBOX', 'There is no local mailbox: email goes to your mail server.');
    return listOnboardingMailTo(this.orm.em.fork(), email);
  }

  private async remindExisting(staff: IStaff): Promise<void> {
    if (staff.emailVerifiedAt) {
      await this.orm.em.fork().transactional((tx) => this.mail.queue(tx, staff.id, 'already_registered', alreadyRegisteredEmail({ to: staff.email, signInLink: this.mail.link('/login') })));
      return;
    }
    const token = newToken();
    const organization = await this.orm.em.fork().findOneOrFail(Organization, staff.organizationId);
    const email = verificationEmail({ to: staff.email, ownerName: staff.name, organizationName: organization.name, link: this.verifyLink(token), validHours: VERIFY_EMAIL_HOURS });
    await this.orm.em.fork().transactional(async (tx) => {
      this.createToken(tx, staff.id, 'verify_email', token, VERIFY_EMAIL_HOURS * 3_600_000);
      await tx.flush();
      await this.mail.queue(tx, staff.id, 'verify_email', email);
    });
  }

  private createToken(em: EntityManager, staffId: string, purpose: StaffTokenPurpose, token: string, validMs: number): void {
    em.create(StaffToken, { id: randomUUID(), staffId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + validMs), usedAt: null, createdAt: new Date() });
  }

  /** Marks a valid, unused token used (once: a concurrent second use finds nothing) and returns its staff member. */
  private async spendToken(tx: EntityManager, token: string, purpose: StaffTokenPurpose): Promise<IStaff> {
    const [row] = await tx.execute<{ staff_id: string }[]>(
      `update staff_token set used_at = now() where token_hash = ? and purpose = ? and used_at is null and expires_at > now() returning staff_id`,
      [sha256(token), purpose],
    );
    const staff = row ? await tx.findOne(Staff, { id: row.staff_id, active: true }) : null;
    if (!staff) throw invalidLink();
    return staff;
  }

  private verifyLink(token: string): string {
    return this.mail.link(`/verify-email?token=${encodeURIComponent(token)}`);
  }

  private checkEmail(email: string): CheckEmailAnswer {
    return { status: 'check_email', email, localMailbox: this.config.SMTP_LOCAL_SERVER };
  }

  /** SIGNUP_MAX_PER_HOUR sign-ups and resends per address: 429 beyond (the attempts are in the audit trail). */
  private async refuseWhenThrottled(origin: RequestOrigin): Promise<void> {
    const [row] = await this.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from audit_event where action = 'auth.signup' and ip is not distinct from ? and occurred_at > now() - interval '1 hour'`, [origin.ip]);
    if (Number(row?.n ?? 0) < this.config.SIGNUP_MAX_PER_HOUR) return;
    throw new ApiError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_SIGNUPS', 'Too many sign-up requests from your network in the last hour. Try again later.');
  }
}
