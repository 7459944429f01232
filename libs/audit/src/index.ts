export { recordAudit, verifyAuditTrail, AUDIT_ACTIONS, type AuditAction, type AuditEntryInput } from './audit-trail.js';
export { auditEntryHash, canonicalJson, verifyChainEntries, GENESIS_HASH, SYSTEM_CHAIN, type ChainVerification, type ChainedAuditFields } from './audit-chain.util.js';
export { csvCell } from './csv.util.js';
