import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { QuickReply } from '../entities/index.js';
import type { SeededOrganisation } from './seed-demo.js';

interface DemoQuickReply {
  /** null: organisation-wide (every location). */
  location: 'austin' | 'san-diego' | null;
  category: string;
  shortcut: string;
  title: string;
  body: string;
}

/**
 * The questions patients ask most (parking, pricing, aftercare), ready behind `/` on a fresh demo.
 * Plain GSM-7 text, like every default text (test/defaults/default-texts-gsm7.spec.ts).
 */
export const DEMO_QUICK_REPLIES: readonly DemoQuickReply[] = [
  {
    location: 'austin',
    category: 'Directions',
    shortcut: 'parking',
    title: 'Parking and directions',
    body: "Hi {{firstName}}! We're at 401 Congress Ave, Suite 200. Park in the garage on 4th St and take the elevator to the 2nd floor. Call {{locationPhone}} if you get lost.",
  },
  {
    location: 'san-diego',
    category: 'Directions',
    shortcut: 'parking',
    title: 'Parking and directions',
    body: "Hi {{firstName}}! We're at 1200 Prospect St in La Jolla, with a free lot behind the building. Call {{locationPhone}} if you get lost.",
  },
  {
    location: null,
    category: 'Pricing',
    shortcut: 'botox-price',
    title: 'Botox pricing',
    body: 'Hi {{firstName}}! Botox is $14 per unit; most forehead treatments use 20 to 30 units. Your provider gives you an exact quote at your visit.',
  },
  {
    location: null,
    category: 'Pricing',
    shortcut: 'filler-price',
    title: 'Filler pricing',
    body: 'Dermal filler starts at $650 per syringe. Your provider will recommend how much you need at a free consultation.',
  },
  {
    location: null,
    category: 'Aftercare',
    shortcut: 'aftercare',
    title: 'After injections',
    body: 'For the next 24 hours, please skip hard workouts, avoid rubbing the area and stay upright for 4 hours. Some bruising is normal for 3 to 7 days. Call {{locationPhone}} if anything worries you.',
  },
];

/**
 * Adds the demo quick replies the clinic does not have yet (same shortcut at the same place), so a
 * second run adds nothing. Returns how many were created.
 */
export async function seedDemoQuickReplies(em: EntityManager, org: SeededOrganisation, now = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    let created = 0;
    for (const reply of DEMO_QUICK_REPLIES) {
      const locationId = reply.location ? org.locations[reply.location].id : null;
      if (await tx.findOne(QuickReply, { organizationId: org.organizationId, locationId, shortcut: reply.shortcut })) continue;
      tx.create(QuickReply, {
        id: randomUUID(),
        organizationId: org.organizationId,
        locationId,
        category: reply.category,
        shortcut: reply.shortcut,
        title: reply.title,
        body: reply.body,
        kind: 'transactional',
        createdByStaffId: null,
        createdAt: now,
        updatedAt: now,
        archivedAt: null,
      });
      created++;
    }
    return created;
  });
}
