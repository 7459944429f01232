export * from './entities/index.js';
export { createOrm, ormConfig, migrate, MikroORM, type EntityManager, type OrmOptions } from './orm.js';
export { seedDemoOrganisation, type SeedDeps, type SeededOrganisation } from './seed/seed-demo.js';
export { DEMO_PASSWORD, DEMO_INTEGRATION_KEY, DEMO_LOCATIONS, DEMO_STAFF, DEMO_SERVICES, DEMO_PROVIDERS, demoPatients } from './seed/demo-data.js';
export { EncryptedText, useDataCipher, dataCipher, type DataCipher } from './encryption/encrypted-text.type.js';
export { ENCRYPTED_COLUMNS, reencryptColumns, type ReencryptProgress } from './encryption/reencrypt-columns.js';
export { messageSearchTokens, patientSearchTokens, searchToken, SearchIndexSubscriber } from './search/search-index.subscriber.js';
export * from './search/search-terms.util.js';
export { reindexSearch } from './search/reindex-search.js';
