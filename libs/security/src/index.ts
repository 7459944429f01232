export { signRequest, verifyRequestSignature, type SignatureCheck } from './request-signature.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { newToken, sha256 } from './tokens.js';
export { DataKeyRing, DataKeyRingError, DEFAULT_KEY_ID, SEALED_PREFIX, dataKeyRingFromEnv, isLegacySealed, parseKeyList, sealedBytesKeyId, sealedKeyId, type DataKeyRingOptions } from './data-key-ring.js';
