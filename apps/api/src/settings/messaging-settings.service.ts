import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { checkMessageTemplate, locationSampleContext, MAX_MESSAGE_LENGTH, planMessagingSettingsChange, resolveMessagingSettings } from '@beacon/appointments';
import type { MikroORM } from '@beacon/db';
import type { Logger } from '@beacon/logging';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { LOGGER, ORM } from '../core/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { requireManageSettings } from './manage-settings.guard.js';
import { presentMessagingSettings } from './messaging-settings.presenter.js';
import { settingsLocation } from './settings-location.js';
import type { MessagingSettingsInput, PreviewInput } from '@beacon/contracts';
import { countSmsSegments } from '@beacon/contracts';
import type { MessagingSettingsView, TemplatePreview } from '@beacon/contracts';

export type PreviewView = TemplatePreview;

/** Reading, saving and previewing a location's appointment-text settings (the test send is SettingsTestSendService). */
@Injectable()
export class MessagingSettingsService {
  constructor(@Inject(ORM) private readonly orm: MikroORM, @Inject(LOGGER) private readonly logger: Logger, private readonly audit: AuditService) {}

  async get(staff: AuthenticatedStaff, locationId: string): Promise<MessagingSettingsView> {
    return presentMessagingSettings(await settingsLocation(this.orm.em.fork(), staff, locationId));
  }

  /** Replaces the location's settings; nothing is saved unless every part is valid. */
  async replace(staff: AuthenticatedStaff, locationId: string, input: MessagingSettingsInput): Promise<MessagingSettingsView> {
    requireManageSettings(staff);
    const em = this.orm.em.fork();
    const location = await settingsLocation(em, staff, locationId);
    const change = planMessagingSettingsChange(location, input);
    if (change.templatesChange && !staff.permissions.manageTemplates) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'MANAGE_TEMPLATES_REQUIRED', "You need the 'manage templates' permission to change message texts.");
    }
    if (change.problems.length) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_MESSAGING_SETTINGS', `The settings were not saved. ${change.problems.join(' ')}`, change.problems);
    }
    location.messagingSettings = change.merged;
    await em.flush();
    const customTemplates = Object.keys(change.customTemplates);
    this.logger.info({ staffId: staff.id, locationId, customTemplates }, 'location messaging settings changed');
    await this.audit.recordStaffAction(staff, change.templatesChange ? 'template.update' : 'settings.update', {
      target: { type: 'location', id: locationId },
      details: { fields: Object.keys(change.next), customTemplates },
    });
    return presentMessagingSettings(location);
  }

  /** Renders a template (the saved one when none is given) for a sample appointment. */
  async preview(staff: AuthenticatedStaff, locationId: string, input: PreviewInput): Promise<PreviewView> {
    const location = await settingsLocation(this.orm.em.fork(), staff, locationId);
    const settings = resolveMessagingSettings(location);
    const sample = locationSampleContext(location, input.rebookingUrl !== undefined ? input.rebookingUrl : settings.rebookingUrl);
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
}
