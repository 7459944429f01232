import { pushPayload, pushTopic } from './push-payload.util.js';

describe('push payload', () => {
  it('says what happened and where to go, in the shape the Angular service worker shows and opens', () => {
    const payload = JSON.parse(pushPayload({ kind: 'new_message', conversationId: 'c-1', consoleBaseUrl: 'https://console.example/' })) as unknown;
    expect(payload).toEqual({
      notification: {
        title: 'New message',
        body: 'Open Beacon to read it.',
        icon: '/icons/icon-192.png',
        tag: 'conversation-c-1',
        renotify: true,
        data: {
          kind: 'new_message',
          conversationId: 'c-1',
          url: 'https://console.example/inbox/c-1',
          onActionClick: { default: { operation: 'navigateLastFocusedOrOpen', url: '/inbox/c-1' } },
        },
      },
    });
  });

  it('opens the inbox when the event has no thread, and titles urgent texts as such', () => {
    const payload = JSON.parse(pushPayload({ kind: 'urgent_patient_message', conversationId: null, consoleBaseUrl: 'http://localhost:4200' })) as { notification: { title: string; data: { url: string } } };
    expect(payload.notification.title).toBe('Urgent patient message');
    expect(payload.notification.data.url).toBe('http://localhost:4200/inbox');
  });

  it('tells an assignee an alert is theirs, naming its kind as the email settings do, and nothing about the patient', () => {
    const payload = JSON.parse(pushPayload({ kind: 'alert_assigned', alertKind: 'cancel_requested', conversationId: 'c-2', consoleBaseUrl: 'http://localhost:4200' })) as {
      notification: { title: string; body: string; data: { kind: string; alertKind: string; onActionClick: { default: { url: string } } } };
    };
    expect([payload.notification.title, payload.notification.body]).toEqual(['Alert assigned to you', 'Cancel request. Open Beacon to read it.']);
    expect([payload.notification.data.kind, payload.notification.data.alertKind, payload.notification.data.onActionClick.default.url]).toEqual(['alert_assigned', 'cancel_requested', '/inbox/c-2']);
  });

  it('derives a URL-safe topic of at most 32 characters from the idempotency key', () => {
    const topic = pushTopic('message:0b5f4a4e-8f6d-4a53-9a55-2f0a0c9b1e11:4d0b8a52-6a3c-4ad2-9d55-6c1b2f5e9a70');
    expect(topic).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(pushTopic('a')).not.toBe(pushTopic('b'));
  });
});
