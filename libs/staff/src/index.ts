export { PERMISSION_PRESETS, ROLE_LABELS } from './permission-presets.js';
