import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DataProtectionController } from './data-protection.controller.js';
import { DataProtectionService } from './data-protection.service.js';

@Module({
  imports: [AuthModule],
  controllers: [DataProtectionController],
  providers: [DataProtectionService],
})
export class DataProtectionModule {}
