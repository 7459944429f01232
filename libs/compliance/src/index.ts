export { matchConsentKeyword, normalizeKeywordText, isBareCancel, type ConsentKeyword } from './consent-keywords.js';
export { classifyAppointmentReply } from './appointment-reply.js';
export { detectIdentifiers, IDENTIFIER_LABELS, type DetectedIdentifier, type IdentifierKind } from './detect-identifiers.js';
