import type { StaffPermissions } from '@beacon/db';
import { canViewPatient, conversationScope, patientAccessSpec, patientAccessSql, permissionDiff } from './access-policy.js';
import { conversationChangePermissions } from './conversation-change-policy.js';
import { PERMISSION_PRESETS } from './permission-presets.js';

const ORG = 'org-1';
const AUSTIN = 'loc-austin';
const SD = 'loc-sd';

function staff(role: keyof typeof PERMISSION_PRESETS, extra: { providerName?: string | null; locationIds?: string[]; permissions?: Partial<StaffPermissions> } = {}) {
  return {
    id: `staff-${role}`,
    organizationId: ORG,
    permissions: { ...PERMISSION_PRESETS[role], ...extra.permissions },
    locationIds: extra.locationIds ?? [AUSTIN],
    providerName: extra.providerName ?? null,
  };
}

const facts = (over: Partial<Parameters<typeof canViewPatient>[1]> = {}) => ({ organizationId: ORG, locationId: AUSTIN, assignedStaffId: null, providerNames: [], ...over });

describe('canViewPatient', () => {
  it('lets "view all" staff see every patient at their locations, and none elsewhere', () => {
    const frontDesk = staff('front_desk');
    expect(canViewPatient(frontDesk, facts())).toBe(true);
    expect(canViewPatient(frontDesk, facts({ locationId: SD }))).toBe(false);
    expect(canViewPatient(frontDesk, facts({ organizationId: 'other-org' }))).toBe(false);
  });

  it('lets a provider see only patients booked with them or threads assigned to them', () => {
    const provider = staff('provider', { providerName: 'Dr. Priya Lee' });
    expect(canViewPatient(provider, facts({ providerNames: ['Dr. Priya Lee'] }))).toBe(true);
    expect(canViewPatient(provider, facts({ providerNames: ['Nina Shah, NP'] }))).toBe(false);
    expect(canViewPatient(provider, facts())).toBe(false);
    expect(canViewPatient(provider, facts({ assignedStaffId: provider.id }))).toBe(true);
    expect(canViewPatient(provider, facts({ assignedStaffId: 'someone-else' }))).toBe(false);
  });

  it('does not treat a missing provider name as a match', () => {
    const assistant = staff('medical_assistant');
    expect(canViewPatient(assistant, facts({ providerNames: [''] }))).toBe(false);
    expect(canViewPatient(assistant, facts({ assignedStaffId: assistant.id }))).toBe(true);
  });

  it('shows nothing to someone with neither view flag', () => {
    const nobody = staff('front_desk', { permissions: { viewAllConversations: false, viewOwnPatientsOnly: false } });
    expect(conversationScope(nobody)).toBe('none');
    expect(canViewPatient(nobody, facts({ assignedStaffId: nobody.id }))).toBe(false);
  });
});

describe('permissionDiff', () => {
  it('lists only the flags that changed', () => {
    expect(permissionDiff(PERMISSION_PRESETS.front_desk, PERMISSION_PRESETS.treatment_coordinator)).toEqual({
      seeContactDetails: { from: true, to: false },
      bulkMessaging: { from: true, to: false },
    });
    expect(permissionDiff(PERMISSION_PRESETS.owner, PERMISSION_PRESETS.owner)).toEqual({});
  });
});

describe('patientAccessSpec → patientAccessSql', () => {
  const cols = { organizationId: 'x.org', locationId: 'x.loc', patientId: 'x.pat' };

  it('compiles "none" to false and "view all" to the organisation and locations only', () => {
    const nobody = staff('front_desk', { permissions: { viewAllConversations: false, viewOwnPatientsOnly: false } });
    expect(patientAccessSql(patientAccessSpec(nobody), cols)).toEqual({ sql: 'false', params: [] });
    expect(patientAccessSql(patientAccessSpec(staff('front_desk', { locationIds: [AUSTIN, SD] })), cols)).toEqual({
      sql: '(x.org = ? and x.loc = any(?::uuid[]))',
      params: [ORG, `{${AUSTIN},${SD}}`],
    });
  });

  it('keeps values out of the SQL text and leaves the provider test out when the person is no provider', () => {
    const provider = staff('provider', { providerName: "Dr. O'Brien; drop table patient" });
    const compiled = patientAccessSql(patientAccessSpec(provider), cols);
    expect(compiled.sql).not.toContain("O'Brien");
    expect(compiled.params).toEqual([ORG, `{${AUSTIN}}`, provider.id, "Dr. O'Brien; drop table patient"]);
    const assistant = patientAccessSql(patientAccessSpec(staff('medical_assistant', { providerName: '' })), cols);
    expect(assistant.sql).not.toContain('appointment');
    expect(assistant.params).toEqual([ORG, `{${AUSTIN}}`, 'staff-medical_assistant']);
  });
});

describe('conversationChangePermissions', () => {
  const me = { id: 'me' };
  it('lets anyone who sees the thread star it; closing, taking and releasing need "can send"', () => {
    expect(conversationChangePermissions(me, { starred: true })).toEqual([]);
    expect(conversationChangePermissions(me, { status: 'closed' })).toEqual(['canSendMessages']);
    expect(conversationChangePermissions(me, { assignedStaffId: 'me' })).toEqual(['canSendMessages']);
    expect(conversationChangePermissions(me, { assignedStaffId: null }, 'me')).toEqual(['canSendMessages']);
    expect(conversationChangePermissions(me, { assignedStaffId: null }, null)).toEqual(['canSendMessages']);
  });

  it('needs "view all" to give a thread to someone else or take it from them', () => {
    expect(conversationChangePermissions(me, { assignedStaffId: 'colleague' })).toEqual(['canSendMessages', 'viewAllConversations']);
    expect(conversationChangePermissions(me, { assignedStaffId: null }, 'colleague')).toEqual(['canSendMessages', 'viewAllConversations']);
    expect(conversationChangePermissions(me, { assignedStaffId: 'me' }, 'colleague')).toEqual(['canSendMessages', 'viewAllConversations']);
    expect(conversationChangePermissions(me, { starred: true, assignedStaffId: 'colleague' }, 'colleague')).toEqual(['canSendMessages', 'viewAllConversations']);
  });
});
