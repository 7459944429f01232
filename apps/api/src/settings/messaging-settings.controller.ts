import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { z } from 'zod';
import { MAX_MESSAGE_LENGTH, TEMPLATE_VARIABLES } from '@beacon/appointments';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import {
  messagingSettingsInput,
  previewInput,
  testSendInput,
  type MessagingSettingsInput,
  type PreviewInput,
  type TestSendInput,
} from '@beacon/contracts';
import { ManageSettingsGuard } from './manage-settings.guard.js';
import { MessagingSettingsService } from './messaging-settings.service.js';

const locationIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.') });
const variables = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ');
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as object;

@ApiTags('settings')
@ApiParam({ name: 'locationId', description: 'Location id (UUID)' })
@ApiForbiddenResponse({ description: 'You do not have access to this location (or lack the permission the endpoint names).' })
@ApiNotFoundResponse({ description: 'This location does not exist.' })
@Controller('locations/:locationId/messaging-settings')
export class MessagingSettingsController {
  constructor(private readonly settings: MessagingSettingsService) {}

  @Get()
  @ApiOperation({
    summary: "A location's appointment-message settings",
    description:
      'The settings in effect, defaults filled in: reminder offsets, sending hours, confirmation request, booking and cancellation confirmations, rebooking link, and the text of every message kind (`templates`, with `customTemplates` naming the kinds that differ from the default). `defaults` holds the default text of every kind.',
  })
  @ApiOkResponse({ description: '{ locationId, locationName, timeZone, reminders, sendingHours, sameDayMorningTime, confirmationRequest, confirmationTiming, bookingConfirmation, cancellationConfirmation, rebookingUrl, templates, customTemplates, defaults, problems }' })
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string) {
    return this.settings.get(staff, locationId);
  }

  @Put()
  @UseGuards(ManageSettingsGuard)
  @ApiOperation({
    summary: "Replace a location's appointment-message settings",
    description: `Needs the 'manage settings' permission (and 'manage templates' to change a text). A field left out takes its default; a template set to null or to the default text uses the default. Templates are Liquid with the variables ${variables}; they must render within ${MAX_MESSAGE_LENGTH} characters with a sample appointment, never ask patients to reply CANCEL (an opt-out keyword), and the confirmation request and follow-up must ask for C and R. The read-only fields of the GET answer may be sent back and are ignored. A 400 lists every problem in \`details\`, and nothing is saved.`,
  })
  @ApiBody({ schema: schema(messagingSettingsInput) })
  @ApiOkResponse({ description: 'The settings now in effect (same shape as GET).' })
  @ApiBadRequestResponse({ description: '{ code: "INVALID_MESSAGING_SETTINGS" | "VALIDATION_FAILED", message, details: [one sentence per problem] }' })
  replace(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Param('locationId', locationIdPipe) locationId: string,
    @Body(new ZodValidationPipe(messagingSettingsInput, 'Messaging settings')) body: MessagingSettingsInput,
  ) {
    return this.settings.replace(staff, locationId, body);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Preview a message text with a sample appointment',
    description:
      'Renders `template` (or the saved text for `kind`) for Jordan, next Tuesday at 3:30 PM local time, and counts its SMS segments (GSM-7: 160 per text, 153 per part; UCS-2: 70/67). `problems` lists what would stop the template from being saved; `text` is null when it cannot be rendered.',
  })
  @ApiBody({ schema: schema(previewInput) })
  @ApiOkResponse({ description: '{ kind, text, characters, maxCharacters, segments: { encoding, segments, units, perSegment, nonGsmCharacters }, problems }' })
  preview(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Param('locationId', locationIdPipe) locationId: string,
    @Body(new ZodValidationPipe(previewInput, 'Preview request')) body: PreviewInput,
  ) {
    return this.settings.preview(staff, locationId, body);
  }

  @Post('test-send')
  @UseGuards(ManageSettingsGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Text the saved message of one kind, with the sample appointment, to a phone',
    description:
      "Needs the 'manage settings' permission. Sent from the location's number through the one durable send path, like a staff reply: stored as a message (kind `settings_test`) in the number's thread with an idempotency key (`clientMessageId`), handed to the provider under the consent gate, retried by its outbound workflow, audited. A number that has opted out gets nothing (409).",
  })
  @ApiBody({ schema: schema(testSendInput) })
  @ApiOkResponse({ description: '{ sent, status, messageId, to, body } — sent: false, status queued when the provider was not reachable and the text will be retried' })
  @ApiConflictResponse({ description: 'The number has opted out of texts.' })
  testSend(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Param('locationId', locationIdPipe) locationId: string,
    @Body(new ZodValidationPipe(testSendInput, 'Test message')) body: TestSendInput,
  ) {
    return this.settings.testSend(staff, locationId, body);
  }
}
