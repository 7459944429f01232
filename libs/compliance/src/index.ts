export { matchConsentKeyword, normalizeKeywordText, isBareCancel, type ConsentKeyword } from './consent-keywords.js';
export { classifyAppointmentReply } from './appointment-reply.js';
export { classifyMessage, trainIntentModel, type ClassifyOptions, type MessageClassification } from './classifier/message-classifier.js';
export { detectConsent, type ConsentDetection, type OptOutScope } from './classifier/consent-rules.js';
export { MESSAGE_INTENTS, type MessageIntent } from './classifier/intents.js';
export { detectUrgency, type UrgencyDetection } from './classifier/urgency.js';
export { normalizeText } from './classifier/text-normalize.util.js';
export { detectIdentifiers, IDENTIFIER_LABELS, type DetectedIdentifier, type IdentifierKind } from './identifiers/detect-identifiers.util.js';
