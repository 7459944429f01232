import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { toE164 } from '@beacon/messaging';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { SimulatorService } from './simulator.service.js';

const phone = z.string().transform((v, ctx) => {
  const e164 = toE164(v);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'must be a valid phone number' });
    return z.NEVER;
  }
  return e164;
});
const replySchema = z.strictObject({ from: phone, to: phone, body: z.string().trim().min(1, 'cannot be empty').max(1600) });

@ApiTags('sms simulator')
// A demo tool that shows every patient's number and thread at the location: only for staff who may see all of that.
@RequirePermission('viewAllConversations', 'seeContactDetails')
@Controller('simulator')
export class SimulatorController {
  constructor(private readonly simulator: SimulatorService) {}

  @Get('threads')
  threads(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.simulator.threads(staff);
  }

  @Post('inbound')
  @HttpCode(202)
  inbound(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(replySchema, 'Simulated reply')) body: z.output<typeof replySchema>) {
    return this.simulator.reply(staff, body);
  }
}
