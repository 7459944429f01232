import { createAppointmentActivities, createDigestActivities } from '@beacon/appointments';
import { createBulkSendActivities } from '@beacon/bulk';
import { classifyMessage } from '@beacon/compliance';
import type { AppConfig } from '@beacon/config';
import type { EntityManager } from '@beacon/db';
import { createInboundActivities, createMediaDeps, createOutboundActivities } from '@beacon/inbox';
import type { SmsSender } from '@beacon/messaging';
import { createNotificationActivities, createOnboardingActivities, createPushActivities, SmtpMailer, WebPushSender, type Mailer, type PushSender } from '@beacon/notifications';
import { createOutcomesRollupActivities } from '@beacon/outcomes';
import { UsageAlertMonitor } from '@beacon/plans';
import { createRetentionActivities } from '@beacon/retention';
import { createSuggestionActivities, LlmSuggestionEngine } from '@beacon/suggestions';

export interface WorkerActivityDeps {
  config: AppConfig;
  em: () => EntityManager;
  sender: SmsSender;
  /** Where the provider posts delivery statuses (the API's public URL). */
  statusCallbackUrl: string;
  /** See DEFAULT_HANDOVER_LEASE_MS in @beacon/inbox. */
  handoverLeaseMs?: number;
  /** Where staff notification and onboarding email goes (default: SMTP from the environment). */
  mailer?: Mailer;
  /** Where pushes to staff devices go (default: Web Push with the VAPID keys from the environment; none without them). */
  pushSender?: PushSender | null;
  /** Usage alerts after texts are recorded (default: checked at most every 30 s per location). */
  usageAlerts?: UsageAlertMonitor;
}

/** Every activity the workflows call, wired once for the worker app and for the tests. */
export function createWorkerActivities({ config, em, sender, statusCallbackUrl, handoverLeaseMs, mailer, pushSender, usageAlerts }: WorkerActivityDeps) {
  const usage = usageAlerts ?? new UsageAlertMonitor();
  const outbound = { em, sender, statusCallbackUrl, textsRecorded: usage.textsRecorded, ...(handoverLeaseMs ? { handoverLeaseMs } : {}) };
  const media = createMediaDeps(config, em);
  const llm = config.OPENAI_API_KEY
    ? new LlmSuggestionEngine({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS })
    : null;
  const smtp = mailer ?? new SmtpMailer(config);
  return {
    ...createAppointmentActivities(outbound),
    ...createInboundActivities(outbound, media.inboundMedia),
    ...createOutboundActivities({ ...outbound, mediaUrlsFor: media.mediaUrlsFor }),
    ...createDigestActivities({ em }),
    ...createRetentionActivities({ em }),
    ...createOutcomesRollupActivities({ em }),
    ...createSuggestionActivities({ em, classify: classifyMessage, llm }),
    ...createBulkSendActivities(outbound),
    ...createNotificationActivities({ em, mailer: smtp, config }),
    ...createOnboardingActivities({ em, mailer: smtp }),
    ...createPushActivities({ em, sender: pushSender === undefined ? WebPushSender.fromConfig(config) : pushSender, config }),
  };
}
