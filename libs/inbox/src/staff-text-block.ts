import { Location, Patient, type EntityManager } from '@beacon/db';
import { latestConsent, optOutSentence } from './consent.query.js';
import { marketingBlock, type MarketingBlock } from './outbound-message.service.js';

export type StaffTextBlock = { code: 'opted_out'; reason: string; hours: null } | MarketingBlock;

/**
 * Why staff may not text this patient now, asked when they press Send so they see it at once: the
 * patient opted out (`reason` says when and how, and staff can record a re-consent), or a promotion
 * (marketing template or quick reply) without the patient's marketing opt-in or outside the
 * marketing hours. The send path checks again at the moment of handing the text to the carrier,
 * under the consent lock, with the same rule (`marketingBlock`). Null when the text may go.
 */
export async function staffTextBlock(em: EntityManager, to: { organizationId: string; patientId: string; locationId: string }, options: { marketing: boolean }): Promise<StaffTextBlock | null> {
  const [patient, location] = await Promise.all([em.findOneOrFail(Patient, to.patientId), em.findOneOrFail(Location, to.locationId)]);
  const latest = await latestConsent(em, to.organizationId, patient.phone, 'transactional');
  if (latest?.action === 'opt_out') return { code: 'opted_out', reason: optOutSentence(latest, location.timeZone), hours: null };
  if (!options.marketing) return null;
  return marketingBlock(em, { organizationId: to.organizationId, phone: patient.phone, timeZone: location.timeZone });
}
