export * from './sms-sender.port.js';
export { toE164, maskPhone, maskPhoneNumbersIn, formatPhone } from './phone-number.util.js';
export { twilioSignature, isValidTwilioRequest, postSignedTwilioForm } from './twilio-signature.util.js';
export { TwilioSmsSender, toSmsSendError, DEFAULT_TWILIO_TIMEOUT_MS, type TwilioSenderOptions } from './twilio-sms.sender.js';
export { SimulatorSmsSender, simulatorSid, SIMULATOR_ACCOUNT_SID } from './simulator-sms.sender.js';
export { createSmsSender } from './create-sms-sender.js';
export { twilioErrorText, isRetryableTwilioError } from './twilio-error-codes.js';
export { e164PhoneSchema } from './phone-number.schema.js';
export { countSmsSegments, billedSegments, type SmsEncoding, type SmsSegmentCount } from './sms-segments.util.js';
