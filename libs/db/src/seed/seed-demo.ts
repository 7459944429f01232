import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Integration, Location, Organization, Staff } from '../entities/index.js';
import { enqueueOutbox, schedulesSyncCommand } from '../outbox/outbox.js';
import { DEMO_INTEGRATION_KEY, DEMO_LOCATIONS, DEMO_STAFF } from './demo-data.js';
import type { StaffPermissions, StaffRole } from '../entities/index.js';

export interface SeedDeps {
  hashPassword: (password: string) => Promise<string>;
  encryptSecret: (secret: string) => string;
  permissionsFor: (role: StaffRole) => StaffPermissions;
}

export interface SeededOrganisation {
  created: boolean;
  organizationId: string;
  integrationId: string;
  locations: Record<'austin' | 'san-diego', { id: string; timeZone: string }>;
}

/**
 * Creates the demo clinic once: an organisation, two locations, staff of every role and a booking
 * integration. Returns the existing ids on later runs, never touching what is there.
 */
export async function seedDemoOrganisation(em: EntityManager, deps: SeedDeps, password: string, integrationSecret: string): Promise<SeededOrganisation> {
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(Integration, { keyId: DEMO_INTEGRATION_KEY });
    if (existing) {
      const locations = await tx.find(Location, { organizationId: existing.organizationId });
      const byPhone = (phone: string) => {
        const l = locations.find((x) => x.phoneNumber === phone);
        if (!l) throw new Error(`demo location ${phone} missing`);
        return { id: l.id, timeZone: l.timeZone };
      };
      return {
        created: false,
        organizationId: existing.organizationId,
        integrationId: existing.id,
        locations: { austin: byPhone(DEMO_LOCATIONS[0].phoneNumber), 'san-diego': byPhone(DEMO_LOCATIONS[1].phoneNumber) },
      };
    }
    const org = tx.create(Organization, { id: randomUUID(), name: 'Glow Aesthetics', createdAt: new Date(), plan: 'enterprise' });
    const locations = {} as Record<'austin' | 'san-diego', { id: string; timeZone: string }>;
    for (const l of DEMO_LOCATIONS) {
      const id = randomUUID();
      tx.create(Location, { id, organizationId: org.id, name: l.name, timeZone: l.timeZone, phoneNumber: l.phoneNumber, address: l.address, businessHours: l.businessHours, messagingSettings: l.messagingSettings, createdAt: new Date() });
      locations[l.key] = { id, timeZone: l.timeZone };
    }
    // Its digest and retention schedules follow through the outbox, whenever a worker relays it.
    await enqueueOutbox(tx, schedulesSyncCommand(org.id));
    const hash = await deps.hashPassword(password);
    for (const s of DEMO_STAFF) {
      tx.create(Staff, {
        id: randomUUID(),
        organizationId: org.id,
        email: s.email,
        name: s.name,
        passwordHash: hash,
        role: s.role,
        permissions: deps.permissionsFor(s.role),
        locationIds: s.locations.map((k) => locations[k].id),
        active: true,
        providerName: s.role === 'provider' ? s.name : null,
        emailVerifiedAt: new Date(),
        createdAt: new Date(),
      });
    }
    const integration = tx.create(Integration, {
      id: randomUUID(),
      organizationId: org.id,
      name: 'Demo booking system',
      keyId: DEMO_INTEGRATION_KEY,
      secretEncrypted: deps.encryptSecret(integrationSecret),
      active: true,
      createdAt: new Date(),
    });
    await tx.flush();
    return {
      created: true,
      organizationId: org.id,
      integrationId: integration.id,
      locations,
    };
  });
}
