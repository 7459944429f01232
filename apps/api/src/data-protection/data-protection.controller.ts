import { Body, Controller, Get, Put } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { dataProtectionSettingsInput, type DataProtectionSettingsInput } from '@beacon/contracts';
import { DataProtectionService } from './data-protection.service.js';

@OwnerOnly('change how long messages are kept and when promotions may be sent')
@Controller('data-protection/settings')
export class DataProtectionController {
  constructor(private readonly dataProtection: DataProtectionService) {}

  @Get()
  get(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.dataProtection.get(staff);
  }

  @Put()
  update(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(dataProtectionSettingsInput, 'Data protection settings')) body: DataProtectionSettingsInput) {
    return this.dataProtection.update(staff, body);
  }
}
