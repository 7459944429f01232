import { afterHoursEndpoints } from './after-hours.contract.js';
import { alertsEndpoints } from './alerts.contract.js';
import { appointmentsEndpoints } from './appointments.contract.js';
import { auditEndpoints } from './audit.contract.js';
import { authEndpoints } from './auth.contract.js';
import { bulkEndpoints } from './bulk.contract.js';
import { conversationContextEndpoints } from './conversation-context.contract.js';
import { dataProtectionEndpoints } from './data-protection.contract.js';
import type { Endpoint } from './endpoint.js';
import { inboxEndpoints } from './inbox.contract.js';
import { locationsEndpoints } from './locations.contract.js';
import { messagingSettingsEndpoints } from './messaging-settings.contract.js';
import { notificationsEndpoints } from './notifications.contract.js';
import { onboardingEndpoints } from './onboarding.contract.js';
import { outcomesEndpoints } from './outcomes.contract.js';
import { consentEndpoints } from './consent.contract.js';
import { platformEndpoints } from './platform.contract.js';
import { pushEndpoints } from './push.contract.js';
import { searchEndpoints } from './search.contract.js';
import { simulatorEndpoints } from './simulator.contract.js';
import { staffEndpoints } from './staff.contract.js';
import { suggestionsEndpoints } from './suggestions.contract.js';
import { templatesEndpoints } from './templates.contract.js';

/**
 * Every operation the API serves. The OpenAPI document is generated from this list, and a test
 * fails when the running API serves a route that is not here (or the other way round).
 */
export const API_ENDPOINTS: readonly Endpoint[] = [
  ...platformEndpoints,
  ...authEndpoints,
  ...locationsEndpoints,
  ...inboxEndpoints,
  ...conversationContextEndpoints,
  ...searchEndpoints,
  ...consentEndpoints,
  ...suggestionsEndpoints,
  ...templatesEndpoints,
  ...appointmentsEndpoints,
  ...alertsEndpoints,
  ...messagingSettingsEndpoints,
  ...afterHoursEndpoints,
  ...notificationsEndpoints,
  ...staffEndpoints,
  ...auditEndpoints,
  ...dataProtectionEndpoints,
  ...simulatorEndpoints,
  ...onboardingEndpoints,
  ...pushEndpoints,
  ...outcomesEndpoints,
  ...bulkEndpoints,
];
