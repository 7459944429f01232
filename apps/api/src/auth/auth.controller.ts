import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { loginBody, type LoginBody } from '@beacon/contracts';
import type { AppConfig } from '@beacon/config';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { APP_CONFIG } from '../core/tokens.js';
import { AuthService } from './auth.service.js';
import { requestOrigin } from './request-origin.util.js';
import { SESSION_COOKIE, type AuthenticatedStaff } from './authenticated-staff.js';
import { CurrentStaff, Public } from './session.guard.js';
import type { SessionView } from '@beacon/contracts';


function publicStaff(staff: AuthenticatedStaff) {
  const { sessionId: _sessionId, organizationId: _org, origin: _origin, ...rest } = staff;
  return rest;
}

/** Sets the session cookie and answers what the console needs after any sign-in (password or one-time email link). */
export function signedIn(res: Response, config: AppConfig, token: string, staff: AuthenticatedStaff): SessionView {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, path: '/', maxAge: config.SESSION_MAX_HOURS * 3_600_000 });
  return { staff: publicStaff(staff), session: sessionInfo(config) };
}

/** The console signs out on its own after this much inactivity (the server ends the session too). */
function sessionInfo(config: AppConfig) {
  return { idleMinutes: config.SESSION_IDLE_MINUTES };
}

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body(new ZodValidationPipe(loginBody, 'Login')) body: LoginBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { token, staff } = await this.auth.login(body.email, body.password, requestOrigin(req));
    return signedIn(res, this.config, token, staff);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentStaff() staff: AuthenticatedStaff, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(staff);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  me(@CurrentStaff() staff: AuthenticatedStaff): SessionView {
    return { staff: publicStaff(staff), session: sessionInfo(this.config) };
  }
}
