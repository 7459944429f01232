import type { StaffRole } from '@beacon/db';
import { conversationScope, patientAccessAllows, patientAccessSpec, type PatientAccessFacts, type StaffAccessSubject } from '@beacon/staff';
import type { NotificationSetting } from './notification-events.js';

export interface NotificationCandidate extends StaffAccessSubject {
  email: string;
  role: StaffRole;
  active: boolean;
}

export interface NotifiedAlert {
  organizationId: string;
  locationId: string;
  /** The facts of the one access rule when the alert is about a patient. */
  patient: PatientAccessFacts | null;
  /** A count over every patient at the location (the evening digest): only for those who see every patient there. */
  countsEveryPatient: boolean;
}

/**
 * Who is emailed about an alert: active staff of the chosen roles who work at its location and who
 * may see what it is about — the patient by the one access rule (`patientAccessAllows`), a count over
 * every patient only by those who see all of them (as the alerts menu does).
 */
export function notificationRecipients<T extends NotificationCandidate>(candidates: readonly T[], setting: NotificationSetting, alert: NotifiedAlert): T[] {
  if (!setting.emailEnabled) return [];
  return candidates.filter((staff) => setting.roles.includes(staff.role) && mayBeToldAbout(staff, alert));
}

/**
 * Whether an active staff member may hear of something (by email or on a device): they work at its
 * location and may see what it is about — the patient by the one access rule (`patientAccessAllows`),
 * a count over every patient only if they see all of them.
 */
export function mayBeToldAbout(staff: StaffAccessSubject & { active: boolean }, about: NotifiedAlert): boolean {
  if (!staff.active) return false;
  if (staff.organizationId !== about.organizationId || !staff.locationIds.includes(about.locationId)) return false;
  if (about.patient) return patientAccessAllows(patientAccessSpec(staff), about.patient);
  if (about.countsEveryPatient) return conversationScope(staff) === 'all';
  return true;
}
