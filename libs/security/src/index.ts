export { INTEGRATION_TEST_EVENT_TYPE, signedRequestCurlExample, signRequest, verifyRequestSignature, type SignatureCheck } from './request-signature.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { newToken, sha256 } from './tokens.js';
export { passwordProblem, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_PROBLEM_TEXT, type PasswordProblem } from '@beacon/contracts';
export { DataKeyRing, DataKeyRingError, DEFAULT_KEY_ID, SEALED_PREFIX, dataKeyRingFromEnv, isLegacySealed, parseKeyList, sealedBytesKeyId, sealedKeyId, type DataKeyRingOptions } from './data-key-ring.js';
