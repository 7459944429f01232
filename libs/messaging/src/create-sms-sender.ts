import type { AppConfig } from '@beacon/config';
import type { EntityManager } from '@beacon/db';
import type { SmsSender } from './sms-sender.port.js';
import { SimulatorSmsSender } from './simulator-sms.sender.js';
import { TwilioSmsSender } from './twilio-sms.sender.js';

/** Twilio when an account is configured, the local simulator otherwise. */
export function createSmsSender(config: AppConfig, em: () => EntityManager, onError?: (e: unknown) => void): SmsSender {
  if (config.SMS_PROVIDER === 'twilio' && config.TWILIO_ACCOUNT_SID) {
    return new TwilioSmsSender(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, {
      timeoutMs: config.TWILIO_TIMEOUT_MS,
      ...(config.TWILIO_API_BASE_URL ? { apiBaseUrl: config.TWILIO_API_BASE_URL } : {}),
    });
  }
  return new SimulatorSmsSender(em, config.TWILIO_AUTH_TOKEN, onError);
}
