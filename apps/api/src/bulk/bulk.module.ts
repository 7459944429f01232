import { Module } from '@nestjs/common';
import { BulkController } from './bulk.controller.js';
import { BulkService, defaultAllowanceProvider } from './bulk.service.js';

@Module({
  controllers: [BulkController],
  providers: [BulkService, defaultAllowanceProvider],
})
export class BulkModule {}
