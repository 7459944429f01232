export { FieldEncryption } from './field-encryption.js';
export { signRequest, verifyRequestSignature, type SignatureCheck } from './request-signature.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { newToken, sha256 } from './tokens.js';
export { DataKeyRing, DataKeyRingError, DEFAULT_KEY_ID, SEALED_PREFIX, dataKeyRingFromEnv, parseKeyList, sealedBytesKeyId, sealedKeyId } from './data-key-ring.js';
