import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AlertsModule } from './alerts/alerts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AppointmentsModule } from './appointments/appointments.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BookingModule } from './booking/booking.module.js';
import { BulkModule } from './bulk/bulk.module.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { CoreModule, type CoreResources } from './core/core.module.js';
import { HealthController } from './health/health.controller.js';
import { InboxModule } from './inbox/inbox.module.js';
import { LocationsModule } from './locations/locations.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OnboardingModule } from './onboarding/onboarding.module.js';
import { OutcomesModule } from './outcomes/outcomes.module.js';
import { DataProtectionModule } from './data-protection/data-protection.module.js';
import { ConsentModule } from './consent/consent.module.js';
import { PushModule } from './push/push.module.js';
import { SearchModule } from './search/search.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { SuggestionsModule } from './suggestions/suggestions.module.js';
import { SimulatorModule } from './simulator/simulator.module.js';
import { StaffAdminModule } from './staff/staff-admin.module.js';
import { TemplatesModule } from './templates/templates.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

@Module({})
export class AppModule {
  static forRoot(resources: CoreResources): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(resources),
        AuditModule,
        AuthModule,
        InboxModule,
        AppointmentsModule,
        BookingModule,
        BulkModule,
        WebhooksModule,
        SimulatorModule,
        SettingsModule,
        AlertsModule,
        StaffAdminModule,
        TemplatesModule,
        SuggestionsModule,
        LocationsModule,
        SearchModule,
        ConsentModule,
        PushModule,
        DataProtectionModule,
        OutcomesModule,
        NotificationsModule,
        OnboardingModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
