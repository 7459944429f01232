import { createAppointmentActivities, createDigestActivities } from '@beacon/appointments';
import { createBulkSendActivities } from '@beacon/bulk';
import { classifyMessage } from '@beacon/compliance';
import type { AppConfig } from '@beacon/config';
import type { EntityManager } from '@beacon/db';
import { createInboundActivities, createMediaDeps, createOutboundActivities, createRetentionActivities } from '@beacon/inbox';
import type { SmsSender } from '@beacon/messaging';
import { createNotificationActivities, SmtpMailer, type Mailer } from '@beacon/notifications';
import { createSuggestionActivities, LlmSuggestionEngine } from '@beacon/suggestions';

export interface WorkerActivityDeps {
  config: AppConfig;
  em: () => EntityManager;
  sender: SmsSender;
  /** Where the provider posts delivery statuses (the API's public URL). */
  statusCallbackUrl: string;
  /** See DEFAULT_HANDOVER_LEASE_MS in @beacon/inbox. */
  handoverLeaseMs?: number;
  /** Where staff notification email goes (default: SMTP from the environment). */
  mailer?: Mailer;
}

/** Every activity the workflows call, wired once for the worker app and for the tests. */
export function createWorkerActivities({ config, em, sender, statusCallbackUrl, handoverLeaseMs, mailer }: WorkerActivityDeps) {
  const outbound = { em, sender, statusCallbackUrl, ...(handoverLeaseMs ? { handoverLeaseMs } : {}) };
  const media = createMediaDeps(config, em);
  const llm = config.OPENAI_API_KEY
    ? new LlmSuggestionEngine({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS })
    : null;
  return {
    ...createAppointmentActivities(outbound),
    ...createInboundActivities(outbound, media.inboundMedia),
    ...createOutboundActivities({ ...outbound, mediaUrlsFor: media.mediaUrlsFor }),
    ...createDigestActivities({ em }),
    ...createRetentionActivities({ em }),
    ...createSuggestionActivities({ em, classify: classifyMessage, llm }),
    ...createBulkSendActivities(outbound),
    ...createNotificationActivities({ em, mailer: mailer ?? new SmtpMailer(config), config }),
  };
}
