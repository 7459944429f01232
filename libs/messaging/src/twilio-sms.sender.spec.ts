import twilio from 'twilio';
import { SmsSendError } from './sms-sender.port.js';
import { isRetryableTwilioError } from './twilio-error-codes.js';
import { toSmsSendError, TwilioSmsSender } from './twilio-sms.sender.js';

const restError = (statusCode: number, body: object) => new twilio.RestException({ statusCode, body: JSON.stringify(body) });
const transportError = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isRetryableTwilioError', () => {
  it('retries 429 and 5xx, never another 4xx or a permanent Twilio code', () => {
    expect(isRetryableTwilioError(429, 20429)).toBe(true);
    expect(isRetryableTwilioError(500, 20500)).toBe(true);
    expect(isRetryableTwilioError(503)).toBe(true);
    expect(isRetryableTwilioError(400, 21610)).toBe(false);
    expect(isRetryableTwilioError(400, 21211)).toBe(false);
    expect(isRetryableTwilioError(401, 20003)).toBe(false);
    expect(isRetryableTwilioError(400, 21602)).toBe(false);
    expect(isRetryableTwilioError(500, 21610)).toBe(false);
  });
});

describe('toSmsSendError', () => {
  it('makes opted-out and invalid numbers permanent, in the words of twilioErrorText', () => {
    expect(toSmsSendError(restError(400, { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 }))).toMatchObject({
      code: '21610',
      retryable: false,
      ambiguous: false,
      message: 'The patient has opted out of texts from this number (replied STOP).',
    });
    expect(toSmsSendError(restError(400, { code: 21211, message: "The 'To' number +1555 is not a valid phone number.", status: 400 }))).toMatchObject({
      code: '21211',
      retryable: false,
      message: 'The phone number is not valid.',
    });
  });

  it('keeps Twilio’s own message for codes it has no sentence for', () => {
    const e = toSmsSendError(restError(400, { code: 21602, message: 'Message body is required.', status: 400 }));
    expect(e).toMatchObject({ code: '21602', retryable: false });
    expect(e.message).toBe('Twilio refused the text (HTTP 400, error 21602): Message body is required.');
  });

  it('retries 429 (nothing went) and 5xx (it may have gone: ambiguous); a body that is not JSON still maps', () => {
    expect(toSmsSendError(restError(429, { code: 20429, message: 'Too Many Requests', status: 429 }))).toMatchObject({ code: '20429', retryable: true, ambiguous: false });
    expect(toSmsSendError(restError(500, { code: 20500, message: 'Internal', status: 500 }))).toMatchObject({ code: '20500', retryable: true, ambiguous: true });
    expect(toSmsSendError(new twilio.RestException({ statusCode: 502, body: '<html>Bad Gateway</html>' }))).toMatchObject({ code: '502', retryable: true, ambiguous: true });
  });

  it('tells a timeout (ambiguous) from a connection that never opened (nothing sent)', () => {
    for (const code of ['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']) {
      const e = toSmsSendError(transportError(code), 1234);
      expect(e).toMatchObject({ code: 'timeout', retryable: true, ambiguous: true });
      expect(e.message).toBe('Twilio did not answer within 1234 ms; the text may or may not have been accepted.');
    }
    expect(toSmsSendError(transportError('ECONNREFUSED'))).toMatchObject({ code: 'unreachable', retryable: true, ambiguous: false });
    expect(toSmsSendError(transportError('ECONNRESET', 'socket hang up'))).toMatchObject({ code: 'network', retryable: true, ambiguous: true, message: expect.stringMatching(/socket hang up/) });
    const own = new SmsSendError('x', 'y', false);
    expect(toSmsSendError(own)).toBe(own);
  });
});

describe('TwilioSmsSender', () => {
  it('keeps the two-argument constructor (production Twilio, default timeout)', () => {
    expect(new TwilioSmsSender(`AC${'1'.repeat(32)}`, 'token-0123456789abcdef').provider).toBe('twilio');
  });
});
