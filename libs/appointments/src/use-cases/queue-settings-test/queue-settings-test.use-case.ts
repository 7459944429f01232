import type { TestSendInput } from '@beacon/contracts';
import type { EntityManager, ILocation, IMessage } from '@beacon/db';
import { isOptedOut, queueStaffMessageToNumber } from '@beacon/inbox';
import type { MessageStep } from '@beacon/workflows/appointment/definitions.js';
import { renderAppointmentMessage } from '../../appointment-messages.util.js';
import { locationSampleContext } from '../../messaging-settings-change.util.js';
import { resolveMessagingSettings } from '../../messaging-policy.util.js';

export type QueuedSettingsTest =
  /** The number opted out of the clinic's texts: nothing was stored or sent. */
  | { outcome: 'opted_out' }
  | { outcome: 'queued'; body: string; message: IMessage; duplicate: boolean; patientId: string };

/**
 * The settings "test send": the saved wording of `kind`, filled in with the sample appointment,
 * queued to one phone through the one durable send path (message row with its idempotency key,
 * outbound workflow, consent checked again at the moment of sending). A number that opted out is
 * refused before anything is stored.
 */
export async function queueSettingsTest(
  em: EntityManager,
  request: { location: ILocation; staffId: string; kind: TestSendInput['kind']; toPhone: string; clientMessageId: string },
): Promise<QueuedSettingsTest> {
  const { location } = request;
  if (await isOptedOut(em, location.organizationId, request.toPhone)) return { outcome: 'opted_out' };
  const settings = resolveMessagingSettings(location);
  const step: MessageStep = request.kind === 'reminder' ? 'reminder:2h' : request.kind;
  const body = renderAppointmentMessage(step, locationSampleContext(location, settings.rebookingUrl), settings.templates);
  const queued = await queueStaffMessageToNumber(em.fork(), {
    organizationId: location.organizationId,
    locationId: location.id,
    phone: request.toPhone,
    staffId: request.staffId,
    body,
    kind: 'settings_test',
    clientMessageId: request.clientMessageId,
  });
  return { outcome: 'queued', body, ...queued };
}
