export const APP_CONFIG = Symbol('APP_CONFIG');
export const ORM = Symbol('ORM');
/** A pool of its own for what outside systems push at us (Twilio webhooks, booking events): their bursts never queue staff requests. */
export const INGEST_ORM = Symbol('INGEST_ORM');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const LOGGER = Symbol('LOGGER');
/** The one key ring (`DataKeyRing`) for everything sealed at rest: texts, pictures, integration secrets. */
export const DATA_KEY_RING = Symbol('DATA_KEY_RING');
export { SMS_SENDER } from '@beacon/messaging';
