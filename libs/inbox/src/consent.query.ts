import { ConsentEvent, type ConsentKind, type EntityManager, type IConsentEvent } from '@beacon/db';

/** True when the latest ledger entry for this number and kind is an opt-out. */
export async function isOptedOut(em: EntityManager, organizationId: string, phone: string, kind: ConsentKind = 'transactional'): Promise<boolean> {
  const latest = await em.findOne(ConsentEvent, { organizationId, phone, kind }, { orderBy: { createdAt: 'desc' } });
  return latest?.action === 'opt_out';
}

/** True when the current opt-out was recorded less than `windowMs` ago. */
export async function optedOutWithin(em: EntityManager, organizationId: string, phone: string, windowMs: number): Promise<boolean> {
  const latest = await em.findOne(ConsentEvent, { organizationId, phone, kind: 'transactional' }, { orderBy: { createdAt: 'desc' } });
  return latest?.action === 'opt_out' && Date.now() - latest.createdAt.getTime() <= windowMs;
}

/** The current ledger entry for this number and kind (null: never recorded). */
export async function latestConsent(em: EntityManager, organizationId: string, phone: string, kind: ConsentKind): Promise<IConsentEvent | null> {
  return em.findOne(ConsentEvent, { organizationId, phone, kind }, { orderBy: { createdAt: 'desc' } });
}

/**
 * Takes the number's consent gate (shared) in the caller's short transaction: sends for the same
 * number check side by side, while recording a consent change (the consent_event insert trigger
 * takes the gate exclusively) waits for them to commit, and they for it. So every check either
 * sees an opt-out or committed before it was recorded. Never held across a provider call.
 */
export async function enterConsentGate(tx: EntityManager, organizationId: string, phone: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock_shared(hashtextextended(?, 0))', [`consent:${organizationId}:${phone}`]);
}

/** How a consent change came about, as staff read it. */
export const CONSENT_METHOD_LABELS: Record<string, string> = {
  keyword: 'texted a stop/start keyword',
  plain_language: 'asked in their own words',
  web_form: 'web form',
  verbal_staff: 'told staff (recorded re-consent)',
  import: 'imported record',
  carrier_error_21610: 'carrier reported the number as unsubscribed (error 21610)',
  booking: 'gave their number when booking',
  staff_decision: 'staff read their text and decided',
};

/** The sentence staff see wherever texting is refused because of this opt-out (dates in the clinic's time zone). */
export function optOutSentence(event: { createdAt: Date; method: string }, timeZone: string): string {
  const on = event.createdAt.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone });
  return `This patient opted out of texts on ${on} (${CONSENT_METHOD_LABELS[event.method] ?? 'opt-out'}). Texts can't be sent until the patient agrees again — record their re-consent first.`;
}
