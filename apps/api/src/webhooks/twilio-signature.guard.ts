import { HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AppConfig } from '@beacon/config';
import { isValidTwilioRequest } from '@beacon/messaging';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../core/tokens.js';

/**
 * Checks X-Twilio-Signature with the official SDK. The URL is rebuilt from PUBLIC_BASE_URL, which is
 * what Twilio signed, so validation holds behind proxies and load balancers.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<Request>();
    const url = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}${req.originalUrl}`;
    const params = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    if (!isValidTwilioRequest(this.config.TWILIO_AUTH_TOKEN, req.get('x-twilio-signature'), url, params)) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'INVALID_TWILIO_SIGNATURE', 'X-Twilio-Signature is missing or does not match this request; it must be signed by Twilio for ' + url);
    }
    return true;
  }
}
