import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
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
} from './onboarding.schemas.js';
import { SignupService } from './signup.service.js';

/** The public door: a clinic signs up, proves its email, and invited staff choose their password. */
@ApiTags('onboarding')
@Controller()
export class SignupController {
  constructor(
    private readonly signups: SignupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('signup/options')
  @ApiOperation({ summary: 'Plans to choose from, and whether email is read in the local mailbox (development)' })
  options() {
    return this.signups.options();
  }

  @Public()
  @Post('signup')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Sign a clinic up: organisation, owner account, plan',
    description:
      'Creates the organisation and its owner in one transaction and emails a one-time verification link. The answer is the same whether or not the email already has an account (its owner is emailed instead). Rate-limited per address (SIGNUP_MAX_PER_HOUR → 429). Two sign-ups racing with one new email: one succeeds, the other gets 409 SIGNUP_IN_PROGRESS.',
  })
  signup(@Body(new ZodValidationPipe(signupBody, 'Sign-up')) body: SignupBody, @Req() req: Request) {
    return this.signups.signup(body, requestOrigin(req));
  }

  @Public()
  @Post('signup/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification email again (same answer for every address; rate-limited)' })
  resend(@Body(new ZodValidationPipe(resendVerificationBody, 'Request')) body: ResendVerificationBody, @Req() req: Request) {
    return this.signups.resend(body, requestOrigin(req));
  }

  @Public()
  @Post('signup/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the email with the one-time link and sign the owner in' })
  async verify(@Body(new ZodValidationPipe(verifyEmailBody, 'Verification')) body: VerifyEmailBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { token, staff } = await this.signups.verify(body.token, requestOrigin(req));
    return signedIn(res, this.config, token, staff);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'An invited staff member chooses their password with the one-time link, and is signed in' })
  async acceptInvitation(@Body(new ZodValidationPipe(acceptInvitationBody, 'Invitation')) body: AcceptInvitationBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { token, staff } = await this.signups.acceptInvitation(body, requestOrigin(req));
    return signedIn(res, this.config, token, staff);
  }

  @Public()
  @Get('signup/local-mail')
  @ApiOperation({ summary: 'Local development only (SMTP_LOCAL_SERVER=true; 404 otherwise): sign-up and invitation email received by the loopback SMTP server for one address' })
  localMail(@Query(new ZodValidationPipe(localMailQuery, 'Query')) query: LocalMailQuery) {
    return this.signups.localMail(query.email);
  }
}
