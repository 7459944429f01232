export { PERMISSION_PRESETS, ROLE_LABELS } from './permission-presets.js';
export {
  PERMISSION_FLAGS,
  canViewPatient,
  patientAccessAllows,
  patientAccessSpec,
  patientAccessSql,
  conversationScope,
  permissionDiff,
  type ConversationScope,
  type PatientAccessColumns,
  type PatientAccessFacts,
  type PatientAccessSpec,
  type SqlCondition,
  type PermissionFlag,
  type StaffAccessSubject,
} from './access-policy.js';
export { conversationChangePermissions, type ConversationChangeRequest } from './conversation-change-policy.js';
export { loadPatientAccessFacts } from './patient-access-facts.js';
