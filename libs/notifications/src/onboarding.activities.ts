import { dataCipher, enqueueOutbox, onboardingEmailCommand, schedulesSyncCommand, type EntityManager } from '@beacon/db';
import { recordAudit } from '@beacon/audit';
import type { OnboardingActivities } from '@beacon/workflows/onboarding/definitions.js';
import type { OutgoingEmail } from './notification-email.util.js';
import type { Mailer } from './smtp-mailer.js';

export type OnboardingEmailKind = 'verify_email' | 'invitation' | 'already_registered';

/**
 * Queues an onboarding email inside the caller's transaction: the row (the email sealed by the data key
 * ring: it carries a one-time link) and the outbox row that starts its workflow commit with the account
 * or token it is about, or not at all. Nothing leaves the process in the request.
 */
export async function queueOnboardingEmail(tx: EntityManager, input: { staffId: string; kind: OnboardingEmailKind; email: OutgoingEmail }): Promise<string> {
  const [row] = await tx.execute<{ id: string }[]>(
    `insert into onboarding_email (id, staff_id, kind, status, email_sealed) values (gen_random_uuid(), ?, ?, 'pending', ?) returning id`,
    [input.staffId, input.kind, dataCipher().encrypt(JSON.stringify(input.email))],
  );
  const id = row!.id;
  await enqueueOutbox(tx, onboardingEmailCommand(id));
  return id;
}

/** How long one attempt may hold an email it is sending (longer than nodemailer's timeouts together). */
const SEND_CLAIM_SECONDS = 90;

export function createOnboardingActivities(deps: { em: () => EntityManager; mailer: Mailer }): OnboardingActivities {
  return {
    async sendOnboardingEmail({ emailId }) {
      const em = deps.em();
      // Claimed under a lease: an attempt running beside a timed-out one never sends the same email twice.
      const [claimed] = await em.execute<{ email_sealed: string }[]>(
        `update onboarding_email set status = 'sending', claimed_until = now() + make_interval(secs => ?), attempts = attempts + 1
          where id = ? and (status = 'pending' or (status = 'sending' and claimed_until < now())) returning email_sealed`,
        [SEND_CLAIM_SECONDS, emailId],
      );
      if (!claimed) {
        const [row] = await em.execute<{ status: string }[]>('select status from onboarding_email where id = ?', [emailId]);
        // Sent already, or the account is gone (expired sign-up): nothing to do.
        if (!row || row.status === 'sent') return { sent: false };
        throw new Error('Another attempt is sending this email; trying again once its claim expires.');
      }
      const email = JSON.parse(dataCipher().decrypt(claimed.email_sealed)) as OutgoingEmail;
      // Outside any transaction: no connection is held across the SMTP call.
      await deps.mailer.send(email).catch(async (error: unknown) => {
        await em.execute(`update onboarding_email set status = 'pending', claimed_until = null where id = ? and status = 'sending'`, [emailId]);
        throw error;
      });
      // The sealed copy (with its one-time link) is not kept once the email has left.
      await em.execute(`update onboarding_email set status = 'sent', sent_at = now(), claimed_until = null, email_sealed = null where id = ?`, [emailId]);
      return { sent: true };
    },

    async expireUnverifiedSignup({ organizationId }) {
      const removed = await deps.em().fork().transactional(async (tx) => {
        // Locks the accounts, so a verification committing at this moment either comes first (kept) or finds no account.
        const staff = await tx.execute<{ id: string; email: string; email_verified_at: Date | null }[]>(
          'select id, email, email_verified_at from staff where organization_id = ? order by id for update',
          [organizationId],
        );
        if (!staff.length || staff.some((s) => s.email_verified_at !== null)) return null;
        // Nobody could sign in, so the organisation has nothing but these accounts (their tokens and emails cascade).
        await tx.execute('delete from staff where organization_id = ?', [organizationId]);
        await tx.execute('delete from organization where id = ?', [organizationId]);
        // Its daily schedules (made at a worker start) are deleted when this is relayed (syncSchedules of a missing organisation).
        await enqueueOutbox(tx, schedulesSyncCommand(organizationId));
        return staff.map((s) => s.email);
      });
      if (!removed) return { expired: false };
      await recordAudit(deps.em(), { organizationId, action: 'auth.signup_expired', actor: { staffId: null, label: 'system' }, details: { accounts: removed.length } });
      return { expired: true };
    },
  };
}
