export const APP_CONFIG = Symbol('APP_CONFIG');
export const ORM = Symbol('ORM');
/** A pool of its own for what outside systems push at us (Twilio webhooks, booking events): their bursts never queue staff requests. */
export const INGEST_ORM = Symbol('INGEST_ORM');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const LOGGER = Symbol('LOGGER');
export const FIELD_ENCRYPTION = Symbol('FIELD_ENCRYPTION');
export { SMS_SENDER } from '@beacon/messaging';
