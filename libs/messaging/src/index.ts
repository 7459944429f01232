export * from './sms-sender.port.js';
// Phone numbers are pure (the console formats them too): they live in @beacon/contracts.
export { toE164, maskPhone, maskPhoneNumbersIn, formatPhone, e164PhoneSchema } from '@beacon/contracts';
export { twilioSignature, isValidTwilioRequest, postSignedTwilioForm } from './twilio-signature.util.js';
export { TwilioSmsSender, toSmsSendError, DEFAULT_TWILIO_TIMEOUT_MS, type TwilioSenderOptions } from './twilio-sms.sender.js';
export { SimulatorSmsSender, simulatorSid, SIMULATOR_ACCOUNT_SID } from './simulator-sms.sender.js';
export { createSmsSender } from './create-sms-sender.js';
export { twilioErrorText, isRetryableTwilioError } from './twilio-error-codes.js';
// The segment counter is pure (the console counts too): it lives in @beacon/contracts.
export { countSmsSegments, billedSegments, type SmsEncoding, type SmsSegmentCount } from '@beacon/contracts';
