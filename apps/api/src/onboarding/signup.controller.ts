import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppConfig } from '@beacon/config';
import { signedIn } from '../auth/auth.controller.js';
import { requestOrigin } from '../auth/request-origin.util.js';
import { Public } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { APP_CONFIG } from '../core/tokens.js';
import {
  acceptInvitationBody,
  localMailQuery,
  resendVerificationBody,
  signupBody,
  verifyEmailBody,
  type AcceptInvitationBody,
  type LocalMailQuery,
  type ResendVerificationBody,
  type SignupBody,
  type VerifyEmailBody,
} from '@beacon/contracts';
import { SignupService } from './signup.service.js';

/** The public door: a clinic signs up, proves its email, and invited staff choose their password. */
@Controller()
export class SignupController {
  constructor(
    private readonly signups: SignupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('signup/options')
  options() {
    return this.signups.options();
  }

  @Public()
  @Post('signup')
  @HttpCode(202)
  signup(@Body(new ZodValidationPipe(signupBody, 'Sign-up')) body: SignupBody, @Req() req: Request) {
    return this.signups.signup(body, requestOrigin(req));
  }

  @Public()
  @Post('signup/resend')
  @HttpCode(202)
  resend(@Body(new ZodValidationPipe(resendVerificationBody, 'Request')) body: ResendVerificationBody, @Req() req: Request) {
    return this.signups.resend(body, requestOrigin(req));
  }

  @Public()
  @Post('signup/verify')
  @HttpCode(200)
  async verify(@Body(new ZodValidationPipe(verifyEmailBody, 'Verification')) body: VerifyEmailBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { token, staff } = await this.signups.verify(body.token, requestOrigin(req));
    return signedIn(res, this.config, token, staff);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  async acceptInvitation(@Body(new ZodValidationPipe(acceptInvitationBody, 'Invitation')) body: AcceptInvitationBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { token, staff } = await this.signups.acceptInvitation(body, requestOrigin(req));
    return signedIn(res, this.config, token, staff);
  }

  @Public()
  @Get('signup/local-mail')
  localMail(@Query(new ZodValidationPipe(localMailQuery, 'Query')) query: LocalMailQuery) {
    return this.signups.localMail(query.email);
  }
}
