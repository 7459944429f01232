// @beacon/contracts — the API's shapes (zod schemas + inferred types) for the API, its OpenAPI document
// and the console. Pure: no Node built-ins, no NestJS, no ORM (the console imports it). See README.md.
export * from './vocabulary.js';
export * from './endpoint.js';
export * from './common.contract.js';
export * from './phone-number.util.js';
export * from './phone-number.schema.js';
export * from './sms-segments.util.js';
export * from './booking.contract.js';
export * from './platform.contract.js';
export * from './auth.contract.js';
export * from './locations.contract.js';
export * from './inbox.contract.js';
export * from './conversation-context.contract.js';
export * from './search.contract.js';
export * from './patient-messages.contract.js';
export * from './suggestions.contract.js';
export * from './templates.contract.js';
export * from './appointments.contract.js';
export * from './alerts.contract.js';
export * from './messaging-settings.contract.js';
export * from './after-hours.contract.js';
export * from './notifications.contract.js';
export * from './staff.contract.js';
export * from './audit.contract.js';
export * from './data-protection.contract.js';
export * from './simulator.contract.js';
export * from './api.js';
