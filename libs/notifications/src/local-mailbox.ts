import type { EntityManager } from '@beacon/db';
import type { ReceivedMail } from './received-mail.util.js';

export interface LocalMailView extends Omit<ReceivedMail, 'highPriority'> {
  id: string;
  receivedAt: string;
}

/** Keeps what the loopback SMTP server received (local development only). */
export async function storeLocalMail(em: EntityManager, mail: ReceivedMail): Promise<void> {
  await em.execute(`insert into local_mail (id, message_id, mail_from, recipients, subject, body, received_at) values (gen_random_uuid(), ?, ?, ?::text[], ?, ?, now())`, [
    mail.messageId,
    mail.from,
    `{${mail.to.map((a) => `"${a.toLowerCase().replace(/["\\]/g, '')}"`).join(',')}}`,
    mail.subject,
    mail.text,
  ]);
}

/** The latest emails received for staff of one organisation, newest first. */
export async function listLocalMail(em: EntityManager, organizationId: string, limit = 50): Promise<LocalMailView[]> {
  const rows = await em.execute<{ id: string; message_id: string | null; mail_from: string; recipients: string[]; subject: string; body: string; received_at: Date }[]>(
    `select id, message_id, mail_from, recipients, subject, body, received_at from local_mail
      where recipients && array(select lower(email) from staff where organization_id = ?)
      order by received_at desc, id desc limit ?`,
    [organizationId, limit],
  );
  return rows.map((r) => ({ id: r.id, messageId: r.message_id, from: r.mail_from, to: r.recipients, subject: r.subject, text: r.body, receivedAt: new Date(r.received_at).toISOString() }));
}

/**
 * Local development only: the onboarding mail (verification, invitation) the loopback server received for
 * one address, so a clinic that has no account yet can open its link. Notification mail is not included.
 */
export async function listOnboardingMailTo(em: EntityManager, email: string, limit = 10): Promise<LocalMailView[]> {
  const rows = await em.execute<{ id: string; message_id: string | null; mail_from: string; recipients: string[]; subject: string; body: string; received_at: Date }[]>(
    `select id, message_id, mail_from, recipients, subject, body, received_at from local_mail
      where recipients @> array[lower(?)]::text[] and message_id like '<onboarding.%'
      order by received_at desc, id desc limit ?`,
    [email, limit],
  );
  return rows.map((r) => ({ id: r.id, messageId: r.message_id, from: r.mail_from, to: r.recipients, subject: r.subject, text: r.body, receivedAt: new Date(r.received_at).toISOString() }));
}
