import type { StaffPermissions, StaffRole } from '@beacon/db';

const NONE: StaffPermissions = {
  canSendMessages: false,
  viewAllConversations: false,
  viewOwnPatientsOnly: false,
  seeContactDetails: false,
  bulkMessaging: false,
  manageStaff: false,
  manageSettings: false,
  manageTemplates: false,
};

/** Starting permissions for each role; owners can change any flag per person later. */
export const PERMISSION_PRESETS: Record<StaffRole, StaffPermissions> = {
  owner: { ...NONE, canSendMessages: true, viewAllConversations: true, seeContactDetails: true, bulkMessaging: true, manageStaff: true, manageSettings: true, manageTemplates: true },
  front_desk: { ...NONE, canSendMessages: true, viewAllConversations: true, seeContactDetails: true, bulkMessaging: true },
  provider: { ...NONE, canSendMessages: true, viewOwnPatientsOnly: true, seeContactDetails: true },
  treatment_coordinator: { ...NONE, canSendMessages: true, viewAllConversations: true },
  medical_assistant: { ...NONE, canSendMessages: true, viewOwnPatientsOnly: true },
};

export const ROLE_LABELS: Record<StaffRole, string> = {
  owner: 'Owner',
  front_desk: 'Front Desk',
  provider: 'Provider',
  treatment_coordinator: 'Treatment Coordinator',
  medical_assistant: 'Medical Assistant',
};
