import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { PatientAccessService } from './patient-access.service.js';
import { SessionGuard } from './session.guard.js';

/** Global: every context checks sessions, permissions and patient visibility the same way. */
@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, PatientAccessService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, PatientAccessService],
})
export class AuthModule {}
