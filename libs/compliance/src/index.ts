export { matchConsentKeyword, normalizeKeywordText, isBareCancel, type ConsentKeyword } from './consent-keywords.js';
export { classifyAppointmentReply } from './appointment-reply.js';
