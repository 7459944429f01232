export { createRetentionActivities } from './retention.activities.js';
