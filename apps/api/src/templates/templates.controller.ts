import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { templateListQuery, templateSchema, type TemplateInput, type TemplateListQuery } from '@beacon/contracts';
import { TemplatesService } from './templates.service.js';

const templateId = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'TEMPLATE_NOT_FOUND', 'This template does not exist.') });

@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(templateListQuery, 'Query')) query: TemplateListQuery) {
    return this.templates.list(staff, query);
  }

  @Post()
  @RequirePermission('manageTemplates')
  create(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(templateSchema, 'Template')) body: TemplateInput) {
    return this.templates.create(staff, body);
  }

  @Put(':id')
  @RequirePermission('manageTemplates')
  update(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', templateId) id: string, @Body(new ZodValidationPipe(templateSchema, 'Template')) body: TemplateInput) {
    return this.templates.update(staff, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('manageTemplates')
  async archive(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', templateId) id: string): Promise<void> {
    await this.templates.archive(staff, id);
  }

  @Put(':id/favorite')
  favorite(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', templateId) id: string) {
    return this.templates.setFavorite(staff, id, true);
  }

  @Delete(':id/favorite')
  unfavorite(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', templateId) id: string) {
    return this.templates.setFavorite(staff, id, false);
  }

  @Get(':id/analytics')
  analytics(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', templateId) id: string) {
    return this.templates.analytics(staff, id);
  }
}
