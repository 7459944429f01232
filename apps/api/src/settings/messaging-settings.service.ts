import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  checkMessageTemplate,
  DEFAULT_TEMPLATES,
  MAX_MESSAGE_LENGTH,
  renderAppointmentMessage,
  resolveMessagingSettings,
  sampleMessageContext,
  TEMPLATE_KINDS,
  validateMessageTemplates,
} from '@beacon/appointments';
import { Location, Message, type EntityManager, type ILocation, type LocationMessagingSettings, type MikroORM } from '@beacon/db';
import { isOptedOut, queueStaffMessageToNumber } from '@beacon/inbox';
import type { Logger } from '@beacon/logging';
import { maskPhone } from '@beacon/messaging';
import { DEFAULT_SCHEDULE_SETTINGS, REMINDER_OFFSETS, validateScheduleSettings, type ReminderOffset } from '@beacon/scheduling';
import type { MessageStep } from '@beacon/workflows/appointment/definitions.js';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { LOGGER, ORM } from '../core/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { ImmediateDeliveryService } from '../inbox/immediate-delivery.service.js';
import type { MessagingSettingsInput, PreviewInput, TestSendInput } from '@beacon/contracts';
import { countSmsSegments } from '@beacon/contracts';
import type { MessagingSettingsView, TemplatePreview, TestSendResult } from '@beacon/contracts';

export type { MessagingSettingsView };

export type PreviewView = TemplatePreview;

const MANAGED_KEYS = ['reminders', 'sendingHours', 'sameDayMorningTime', 'confirmationRequest', 'bookingConfirmation', 'cancellationConfirmation', 'rebookingUrl', 'templates'] as const;

export type TestSendView = TestSendResult;

const optedOut = () => new ApiError(HttpStatus.CONFLICT, 'RECIPIENT_OPTED_OUT', 'This number has opted out of texts from your clinic, so no test message was sent to it.');

export function requireManageSettings(staff: AuthenticatedStaff): void {
  if (!staff.permissions.manageSettings) {
    throw new ApiError(HttpStatus.FORBIDDEN, 'MANAGE_SETTINGS_REQUIRED', "You need the 'manage settings' permission to change this.");
  }
}

/** Jordan, next Tuesday at 3:30 PM at this location. */
function sampleFor(location: ILocation, rebookingUrl: string | null) {
  return sampleMessageContext({ name: location.name, phoneNumber: location.phoneNumber, timeZone: location.timeZone, rebookingUrl });
}

function byOffsetOrder(reminders: readonly string[]): string[] {
  const rank = (r: string) => {
    const i = (REMINDER_OFFSETS as readonly string[]).indexOf(r);
    return i === -1 ? REMINDER_OFFSETS.length : i;
  };
  return [...reminders].sort((a, b) => rank(a) - rank(b));
}

function present(location: ILocation): MessagingSettingsView {
  const s = resolveMessagingSettings(location);
  return {
    locationId: location.id,
    locationName: location.name,
    timeZone: location.timeZone,
    reminders: byOffsetOrder(s.schedule.reminders),
    sendingHours: { ...s.schedule.sendingHours },
    sameDayMorningTime: s.schedule.sameDayMorningTime,
    confirmationRequest: s.schedule.confirmationRequest,
    confirmationTiming: { requestHours: s.schedule.confirmationRequestHours, followUpHours: s.schedule.followUpHours, highRiskHours: s.schedule.highRiskHours },
    bookingConfirmation: { ...s.bookingConfirmation },
    cancellationConfirmation: s.cancellationConfirmation,
    rebookingUrl: s.rebookingUrl,
    templates: s.templates,
    customTemplates: s.customTemplates,
    defaults: { ...DEFAULT_TEMPLATES },
    problems: s.problems,
  };
}

/** The location's own texts from a PUT: null or the default text mean "use the default". */
function customTemplatesOf(input: Record<string, string | null> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input ?? {}).filter((entry): entry is [string, string] => {
      const [kind, text] = entry;
      return typeof text === 'string' && text !== (DEFAULT_TEMPLATES as Record<string, string>)[kind];
    }),
  );
}

@Injectable()
export class MessagingSettingsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly audit: AuditService,
    private readonly delivery: ImmediateDeliveryService,
  ) {}

  async get(staff: AuthenticatedStaff, locationId: string): Promise<MessagingSettingsView> {
    return present(await this.location(this.orm.em.fork(), staff, locationId));
  }

  /** Replaces the location's settings; nothing is saved unless every part is valid. */
  async replace(staff: AuthenticatedStaff, locationId: string, input: MessagingSettingsInput): Promise<MessagingSettingsView> {
    requireManageSettings(staff);
    const em = this.orm.em.fork();
    const location = await this.location(em, staff, locationId);

    const templates = customTemplatesOf(input.templates);
    const before = resolveMessagingSettings(location);
    const templatesChange = TEMPLATE_KINDS.some((k) => (templates[k] ?? DEFAULT_TEMPLATES[k]) !== before.templates[k]);
    if (templatesChange && !staff.permissions.manageTemplates) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'MANAGE_TEMPLATES_REQUIRED', "You need the 'manage templates' permission to change message texts.");
    }

    const next: LocationMessagingSettings = {
      ...(input.reminders !== undefined ? { reminders: byOffsetOrder(input.reminders) } : {}),
      ...(input.sendingHours !== undefined ? { sendingHours: input.sendingHours } : {}),
      ...(input.sameDayMorningTime !== undefined ? { sameDayMorningTime: input.sameDayMorningTime } : {}),
      ...(input.confirmationRequest !== undefined ? { confirmationRequest: input.confirmationRequest } : {}),
      ...(input.bookingConfirmation !== undefined ? { bookingConfirmation: input.bookingConfirmation } : {}),
      ...(input.cancellationConfirmation !== undefined ? { cancellationConfirmation: input.cancellationConfirmation } : {}),
      ...(input.rebookingUrl !== undefined ? { rebookingUrl: input.rebookingUrl } : {}),
      ...(Object.keys(templates).length ? { templates } : {}),
    };

    const problems = [
      ...validateScheduleSettings({
        ...DEFAULT_SCHEDULE_SETTINGS,
        timeZone: location.timeZone,
        reminders: (next.reminders ?? [...DEFAULT_SCHEDULE_SETTINGS.reminders]) as ReminderOffset[],
        sendingHours: next.sendingHours ?? { ...DEFAULT_SCHEDULE_SETTINGS.sendingHours },
        sameDayMorningTime: next.sameDayMorningTime ?? DEFAULT_SCHEDULE_SETTINGS.sameDayMorningTime,
        confirmationRequest: next.confirmationRequest ?? DEFAULT_SCHEDULE_SETTINGS.confirmationRequest,
      }),
      ...validateMessageTemplates(templates, sampleFor(location, next.rebookingUrl ?? null)),
    ];
    if (problems.length) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_MESSAGING_SETTINGS', `The settings were not saved. ${problems.join(' ')}`, problems);
    }

    // Keys this endpoint does not manage (added by other features) are kept as they are.
    const kept = Object.fromEntries(Object.entries(location.messagingSettings ?? {}).filter(([key]) => !(MANAGED_KEYS as readonly string[]).includes(key)));
    location.messagingSettings = { ...kept, ...next };
    await em.flush();
    this.logger.info({ staffId: staff.id, locationId, customTemplates: Object.keys(templates) }, 'location messaging settings changed');
    await this.audit.recordStaffAction(staff, templatesChange ? 'template.update' : 'settings.update', {
      target: { type: 'location', id: locationId },
      details: { fields: Object.keys(next), customTemplates: Object.keys(templates) },
    });
    return present(location);
  }

  /** Renders a template (the saved one when none is given) for a sample appointment. */
  async preview(staff: AuthenticatedStaff, locationId: string, input: PreviewInput): Promise<PreviewView> {
    const location = await this.location(this.orm.em.fork(), staff, locationId);
    const settings = resolveMessagingSettings(location);
    const sample = sampleFor(location, input.rebookingUrl !== undefined ? input.rebookingUrl : settings.rebookingUrl);
    const check = checkMessageTemplate(input.kind, input.template ?? settings.templates[input.kind], sample);
    return {
      kind: input.kind,
      text: check.text,
      characters: check.text ? [...check.text].length : 0,
      maxCharacters: MAX_MESSAGE_LENGTH,
      segments: check.text !== null ? countSmsSegments(check.text) : null,
      problems: check.problems,
    };
  }

  /**
   * Texts the saved wording of `kind`, filled in with the sample appointment, to one phone — through
   * the one durable send path (message row with its idempotency key, outbound workflow, consent
   * checked at the moment of sending), audited. Answers with the outcome of the first attempt.
   */
  async testSend(staff: AuthenticatedStaff, locationId: string, input: TestSendInput): Promise<TestSendView> {
    requireManageSettings(staff);
    const em = this.orm.em.fork();
    const location = await this.location(em, staff, locationId);
    if (await isOptedOut(em, location.organizationId, input.toPhone)) throw optedOut();
    const settings = resolveMessagingSettings(location);
    const step: MessageStep = input.kind === 'reminder' ? 'reminder:2h' : input.kind;
    const body = renderAppointmentMessage(step, sampleFor(location, settings.rebookingUrl), settings.templates);
    const queued = await queueStaffMessageToNumber(this.orm.em.fork(), {
      organizationId: location.organizationId,
      locationId,
      phone: input.toPhone,
      staffId: staff.id,
      body,
      kind: 'settings_test',
      clientMessageId: input.clientMessageId ?? randomUUID(),
    });
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
        return { sent: message.status === 'sent' || message.status === 'delivered', status: message.status, messageId: message.id, conversationId, to: input.toPhone, body };
    }
  }

  private async location(em: EntityManager, staff: AuthenticatedStaff, locationId: string): Promise<ILocation> {
    assertLocationAccess(staff, locationId);
    const location = await em.findOne(Location, { id: locationId, organizationId: staff.organizationId });
    if (!location) throw new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.');
    return location;
  }
}
