export { envSchema, type AppConfig } from './env.schema.js';
export { loadConfig, ConfigError } from './load-config.js';
