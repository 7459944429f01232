import { Module } from '@nestjs/common';
import { BulkController } from './bulk.controller.js';
import { BulkService, meteredAllowanceProvider } from './bulk.service.js';

@Module({
  controllers: [BulkController],
  providers: [BulkService, meteredAllowanceProvider],
})
export class BulkModule {}
