import type { StaffRole } from '@beacon/db';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { defaultNotificationSetting, effectiveNotificationSettings, NOTIFICATION_EVENT_TYPES } from './notification-events.js';
import { notificationRecipients, type NotificationCandidate, type NotifiedAlert } from './notification-recipients.util.js';

const ORG = 'org-1';
const AUSTIN = 'loc-austin';
const SD = 'loc-sd';

function staff(role: StaffRole, extra: Partial<NotificationCandidate> = {}): NotificationCandidate {
  return { id: `staff-${role}`, organizationId: ORG, email: `${role}@clinic.test`, role, active: true, permissions: PERMISSION_PRESETS[role], locationIds: [AUSTIN], providerName: null, ...extra };
}

const everyone = [
  staff('owner', { locationIds: [AUSTIN, SD] }),
  staff('front_desk'),
  staff('provider', { providerName: 'Dr. Priya Lee' }),
  staff('treatment_coordinator'),
  staff('medical_assistant'),
];
const alert = (over: Partial<NotifiedAlert> = {}): NotifiedAlert => ({ organizationId: ORG, locationId: AUSTIN, patient: null, countsEveryPatient: false, ...over });
const patient = (providerNames: string[], assignedStaffId: string | null = null) => ({ organizationId: ORG, locationId: AUSTIN, assignedStaffId, providerNames });
const emails = (list: NotificationCandidate[]) => list.map((s) => s.email).sort();

describe('notificationRecipients', () => {
  it('defaults to owners and front desk', () => {
    expect(emails(notificationRecipients(everyone, defaultNotificationSetting('opted_out'), alert({ patient: patient([]) })))).toEqual(['front_desk@clinic.test', 'owner@clinic.test']);
  });

  it('emails a chosen role only about patients the person may see (the one access rule)', () => {
    const setting = { eventType: 'negative_patient_message' as const, emailEnabled: true, roles: ['provider', 'medical_assistant'] as StaffRole[] };
    expect(emails(notificationRecipients(everyone, setting, alert({ patient: patient(['Nina Shah, NP']) })))).toEqual([]);
    expect(emails(notificationRecipients(everyone, setting, alert({ patient: patient(['Dr. Priya Lee']) })))).toEqual(['provider@clinic.test']);
    expect(emails(notificationRecipients(everyone, setting, alert({ patient: patient([], 'staff-medical_assistant') })))).toEqual(['medical_assistant@clinic.test']);
  });

  it('never emails staff of another location or organisation, inactive staff, or anyone when email is off', () => {
    const setting = defaultNotificationSetting('message_failed');
    expect(emails(notificationRecipients(everyone, setting, alert({ locationId: SD })))).toEqual(['owner@clinic.test']);
    expect(emails(notificationRecipients(everyone, setting, alert({ organizationId: 'org-2' })))).toEqual([]);
    expect(emails(notificationRecipients([staff('front_desk', { active: false })], setting, alert()))).toEqual([]);
    expect(notificationRecipients(everyone, { ...setting, emailEnabled: false }, alert())).toEqual([]);
  });

  it('sends counts over every patient only to staff who see every patient there', () => {
    const setting = { eventType: 'unconfirmed_tomorrow' as const, emailEnabled: true, roles: ['owner', 'provider'] as StaffRole[] };
    expect(emails(notificationRecipients(everyone, setting, alert({ countsEveryPatient: true })))).toEqual(['owner@clinic.test']);
  });
});

describe('notification settings', () => {
  it('fills every event with its default and keeps what owners saved', () => {
    const saved = { eventType: 'cancel_requested' as const, emailEnabled: true, roles: ['owner'] as StaffRole[] };
    const all = effectiveNotificationSettings([saved]);
    expect(all.map((s) => s.eventType)).toEqual([...NOTIFICATION_EVENT_TYPES]);
    expect(all.find((s) => s.eventType === 'cancel_requested')).toEqual(saved);
    expect(all.find((s) => s.eventType === 'reschedule_requested')).toMatchObject({ emailEnabled: false });
    expect(all.find((s) => s.eventType === 'negative_patient_message')).toEqual({ eventType: 'negative_patient_message', emailEnabled: true, roles: ['owner', 'front_desk'] });
  });
});
