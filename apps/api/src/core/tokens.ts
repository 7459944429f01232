export const APP_CONFIG = Symbol('APP_CONFIG');
export const ORM = Symbol('ORM');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const LOGGER = Symbol('LOGGER');
export const FIELD_ENCRYPTION = Symbol('FIELD_ENCRYPTION');
export { SMS_SENDER } from '@beacon/messaging';
