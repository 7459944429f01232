import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { queueSettingsTest } from '@beacon/appointments';
import { Message, type MikroORM } from '@beacon/db';
import type { Logger } from '@beacon/logging';
import { maskPhone } from '@beacon/messaging';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { LOGGER, ORM } from '../core/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { ImmediateDeliveryService } from '../inbox/immediate-delivery.service.js';
import { requireManageSettings } from './manage-settings.guard.js';
import { settingsLocation } from './settings-location.js';
import type { TestSendInput, TestSendResult } from '@beacon/contracts';

export type TestSendView = TestSendResult;

const optedOut = () => new ApiError(HttpStatus.CONFLICT, 'RECIPIENT_OPTED_OUT', 'This number has opted out of texts from your clinic, so no test message was sent to it.');

/** The Settings screen's "send me a test": queued by @beacon/appointments (`queueSettingsTest`), audited here, answered with the first attempt's outcome. */
@Injectable()
export class SettingsTestSendService {
  constructor(@Inject(ORM) private readonly orm: MikroORM, @Inject(LOGGER) private readonly logger: Logger, private readonly audit: AuditService, private readonly delivery: ImmediateDeliveryService) {}

  async testSend(staff: AuthenticatedStaff, locationId: string, input: TestSendInput): Promise<TestSendView> {
    requireManageSettings(staff);
    const em = this.orm.em.fork();
    const location = await settingsLocation(em, staff, locationId);
    const queued = await queueSettingsTest(em, { location, staffId: staff.id, kind: input.kind, toPhone: input.toPhone, clientMessageId: input.clientMessageId ?? randomUUID() });
    if (queued.outcome === 'opted_out') throw optedOut();
    const conversationId = queued.message.conversationId;
    if (!queued.duplicate) {
      await this.audit.recordStaffAction(staff, 'message.send', {
        patientId: queued.patientId,
        target: { type: 'message', id: queued.message.id },
        details: { conversationId, kind: 'settings_test', template: input.kind, locationId, to: maskPhone(input.toPhone) },
      });
    }
    const result = await this.delivery.attemptNow(queued.message.id);
    const message = await this.orm.em.fork().findOneOrFail(Message, queued.message.id);
    this.logger.info({ staffId: staff.id, locationId, kind: input.kind, to: maskPhone(input.toPhone), status: message.status }, 'test message');
    switch (result?.status ?? message.status) {
      case 'blocked':
        throw optedOut();
      case 'failed':
      case 'undelivered':
        throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'TEST_SEND_REFUSED', `The SMS provider refused the test message: ${message.errorMessage ?? 'no reason given'}`);
      case 'sent':
      case 'delivered':
      case 'queued':
      case 'sending':
      case 'received':
        return { sent: message.status === 'sent' || message.status === 'delivered', status: message.status, messageId: message.id, conversationId, to: input.toPhone, body: queued.body };
    }
  }
}
