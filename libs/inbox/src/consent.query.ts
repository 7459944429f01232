import { ConsentEvent, type ConsentKind, type EntityManager } from '@beacon/db';

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
