export { PERMISSION_PRESETS, ROLE_LABELS } from './permission-presets.js';
export {
  PERMISSION_FLAGS,
  canViewPatient,
  conversationScope,
  permissionDiff,
  type ConversationScope,
  type PatientAccessFacts,
  type PermissionFlag,
  type StaffAccessSubject,
} from './access-policy.js';
