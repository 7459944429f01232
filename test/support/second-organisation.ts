import { randomUUID } from 'node:crypto';
import { Location, Organization, Staff, type StaffRole } from '@beacon/db';
import { hashPassword } from '@beacon/security';
import { PERMISSION_PRESETS } from '@beacon/staff';
import type { RunningSystem } from './running-system.js';

export interface SecondOrganisation {
  organizationId: string;
  locationId: string;
  phoneNumber: string;
  /** Session cookies of its staff, by email. */
  cookies: Record<string, string>;
}

/**
 * Another clinic beside the demo one, as a verified sign-up leaves it plus a location with weekday hours:
 * for tests that prove organisations never see each other's data.
 */
export async function createSecondOrganisation(
  system: RunningSystem,
  options: { name: string; phoneNumber: string; staff: { email: string; role: StaffRole }[]; password?: string },
): Promise<SecondOrganisation> {
  const em = system.orm.em.fork();
  const organizationId = randomUUID();
  const locationId = randomUUID();
  const password = options.password ?? 'second-organisation-password';
  em.create(Organization, { id: organizationId, name: options.name, plan: 'starter', createdAt: new Date() });
  const weekday = [{ open: '09:00', close: '17:00' }];
  em.create(Location, {
    id: locationId,
    organizationId,
    name: `${options.name} - Main`,
    timeZone: 'America/Chicago',
    phoneNumber: options.phoneNumber,
    address: '',
    businessHours: { '0': [], '1': weekday, '2': weekday, '3': weekday, '4': weekday, '5': weekday, '6': [] },
    messagingSettings: {},
    createdAt: new Date(),
  });
  const passwordHash = await hashPassword(password);
  for (const { email, role } of options.staff) {
    em.create(Staff, { id: randomUUID(), organizationId, email, name: `${options.name} ${role}`, passwordHash, role, permissions: PERMISSION_PRESETS[role], locationIds: [locationId], providerName: null, active: true, emailVerifiedAt: new Date(), createdAt: new Date() });
  }
  await em.flush();
  const cookies: Record<string, string> = {};
  for (const { email } of options.staff) cookies[email] = await system.login(email, password);
  return { organizationId, locationId, phoneNumber: options.phoneNumber, cookies };
}
