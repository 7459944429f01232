import { createHash } from 'node:crypto';
import type { StaffAlertKind } from '@beacon/db';
import { NOTIFICATION_EVENT_LABELS, notificationEventOf } from '../notification-events.js';

/** What a push to a staff device can be about. */
export type PushKind = 'new_message' | 'urgent_patient_message' | 'alert_assigned';

/** The notification's title: what happened, never about whom (it shows on a lock screen). */
export const PUSH_TITLES: Record<PushKind, string> = {
  new_message: 'New message',
  urgent_patient_message: 'Urgent patient message',
  alert_assigned: 'Alert assigned to you',
};

export interface PushContent {
  kind: PushKind;
  /** For `alert_assigned`: the kind of alert, named in the body (the same label as the email settings). */
  alertKind?: StaffAlertKind;
  /** The thread to open, when the event has one. */
  conversationId: string | null;
  /** The console's base URL (CONSOLE_BASE_URL), for the absolute link. */
  consoleBaseUrl: string;
}

/** The console path a push opens. */
export function pushPath(conversationId: string | null): string {
  return conversationId ? `/inbox/${conversationId}` : '/inbox';
}

/**
 * The push payload, in the shape the Angular service worker shows (`notification`) and acts on when it
 * is clicked (`data.onActionClick`: focus the console and navigate to the thread, or open it). It carries
 * the title, the kind and where to go — no patient name, number or words: a push service relays it and
 * a lock screen shows it.
 */
export function pushPayload(content: PushContent): string {
  const path = pushPath(content.conversationId);
  return JSON.stringify({
    notification: {
      title: PUSH_TITLES[content.kind],
      body: content.alertKind ? `${NOTIFICATION_EVENT_LABELS[notificationEventOf(content.alertKind)]}. Open Beacon to read it.` : 'Open Beacon to read it.',
      icon: '/icons/icon-192.png',
      // One notification per thread on a device: a newer push about it replaces the older one.
      tag: content.conversationId ? `conversation-${content.conversationId}` : `beacon-${content.kind}`,
      renotify: true,
      data: {
        kind: content.kind,
        ...(content.alertKind ? { alertKind: content.alertKind } : {}),
        conversationId: content.conversationId,
        url: `${content.consoleBaseUrl.replace(/\/+$/, '')}${path}`,
        onActionClick: { default: { operation: 'navigateLastFocusedOrOpen', url: path } },
      },
    },
  });
}

/** The Topic header for a push (at most 32 URL-safe characters): derived from its idempotency key. */
export function pushTopic(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 32);
}
