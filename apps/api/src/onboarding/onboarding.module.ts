import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module.js';
import { IntegrationsService } from './integrations.service.js';
import { OnboardingController } from './onboarding.controller.js';
import { OnboardingMailService } from './onboarding-mail.service.js';
import { SetupChecklistService } from './setup-checklist.service.js';
import { SignupController } from './signup.controller.js';
import { SignupService } from './signup.service.js';

/** Self-service onboarding: sign-up and email verification, staff invitations, the setup checklist, booking-system keys. */
@Module({
  imports: [BookingModule],
  controllers: [SignupController, OnboardingController],
  providers: [SignupService, OnboardingMailService, SetupChecklistService, IntegrationsService],
  exports: [SignupService],
})
export class OnboardingModule {}
