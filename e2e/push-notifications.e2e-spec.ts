import type { BrowserContext, Page, Worker } from 'playwright-core';
import webpush from 'web-push';
import { eventually } from '../test/support/eventually.js';
import { decryptPush, LoopbackPushService, type TestDevice } from '../test/support/loopback-push-service.js';
import type { RunningSystem } from '../test/support/running-system.js';
import { byTestId, signIn, type watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const PHONE = { width: 390, height: 844 };
const PIXEL_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const PATIENT = { phone: '+15125557461', text: 'Can I bring my sister along to my appointment?' };

interface PushView {
  notification: { title: string; tag: string; data: { kind: string; conversationId: string; url: string; onActionClick: { default: { operation: string; url: string } } } };
}

/**
 * There is no internet here, so Chromium cannot reach a real push service: the page's PushManager hands
 * out a subscription whose endpoint is the loopback push service and whose keys the test made (the test
 * decrypts with them). Everything else is real: the console's switch, SwPush, the API, the outbox, the
 * worker, web-push's encryption and VAPID signature, and the Angular service worker showing the push.
 */
function fakePushManager(device: TestDevice): string {
  const json = JSON.stringify(device.json);
  return `(() => {
    const subscription = ${json};
    const STORED = 'beacon-e2e-push-subscribed';
    const fromB64 = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4)), (c) => c.charCodeAt(0)).buffer;
    const make = () => ({
      endpoint: subscription.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true },
      getKey: (name) => fromB64(subscription.keys[name]),
      toJSON: () => subscription,
      unsubscribe: async () => { localStorage.removeItem(STORED); return true; },
    });
    PushManager.prototype.subscribe = async function (options) {
      const key = new Uint8Array(options.applicationServerKey);
      localStorage.setItem('beacon-e2e-push-server-key', btoa(String.fromCharCode(...key)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, ''));
      localStorage.setItem(STORED, '1');
      return make();
    };
    PushManager.prototype.getSubscription = async function () { return localStorage.getItem(STORED) ? make() : null; };
    PushManager.prototype.permissionState = async function () { return 'granted'; };
  })();`;
}

describe('push notifications on a phone (390×844): per-device opt-in, an encrypted push for a patient text, a click that opens the thread', () => {
  const vapid = webpush.generateVAPIDKeys();
  const pushService = new LoopbackPushService();
  let device: TestDevice;
  let booted: BrowserSystem;
  let system: RunningSystem;
  let context: BrowserContext;
  let page: Page;
  let health: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    await pushService.start();
    device = pushService.device('frankies-phone');
    booted = await startBrowserSystem({ VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey });
    system = booted.system;
    // A phone with the service worker allowed (the default browser blocks it), notifications permitted.
    ({ context, page, health } = await booted.newStaffPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3, userAgent: PIXEL_UA, serviceWorkers: 'allow' }));
    await context.grantPermissions(['notifications'], { origin: system.baseUrl });
    await context.addInitScript(fakePushManager(device));
  }, TIMEOUT);

  afterAll(async () => {
    await booted?.stop();
    await pushService.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  }, TIMEOUT);

  /** The active Angular service worker (Playwright's handle on it, to look at what it shows). */
  async function activeWorker(): Promise<Worker> {
    await page.evaluate(`(async () => {
      const registration = await navigator.serviceWorker.ready;
      const active = registration.active;
      if (active.state !== 'activated') await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve(null)));
    })()`);
    return eventually(async () => context.serviceWorkers().find((w) => w.url().endsWith('/ngsw-worker.js')) ?? null, 'the service worker');
  }

  it('still meets the install criteria, and turns notifications on for this device from the user menu', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBeTruthy();
    expect((await context.request.get(new URL(manifest!, page.url()).toString())).status()).toBe(200);
    expect(new URL((await activeWorker()).url()).pathname).toBe('/ngsw-worker.js');

    await byTestId(page, 'user-menu-button').click();
    const panel = byTestId(page, 'device-notifications');
    // Off until asked (the service worker registers once the app is stable).
    await page.locator('[data-testid="device-notifications"][data-state="off"]').waitFor({ timeout: 60_000 });
    const box = (await byTestId(page, 'user-menu-panel').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    await byTestId(panel, 'push-toggle').check();
    await page.locator('[data-testid="device-notifications"][data-state="on"]').waitFor();
    expect(await byTestId(panel, 'push-toggle').isChecked()).toBe(true);
    // SwPush subscribed with the server's VAPID key, and the server keeps this device for Frankie.
    expect(await page.evaluate<string | null>(`localStorage.getItem('beacon-e2e-push-server-key')`)).toBe(vapid.publicKey);
    const stored = await system.orm.em
      .fork()
      .execute<{ endpoint: string; p256dh: string; auth: string; user_agent_label: string; email: string }[]>(
        'select p.endpoint, p.p256dh, p.auth, p.user_agent_label, s.email from push_subscription p join staff s on s.id = p.staff_id',
      );
    expect(stored).toEqual([{ endpoint: device.endpoint, p256dh: device.json.keys.p256dh, auth: device.json.keys.auth, user_agent_label: 'Chrome on Android', email: 'frontdesk@glow.test' }]);
  }, TIMEOUT);

  it('pushes a patient text from the simulator to the loopback push service, encrypted for this device, without the patient; the service worker shows it and a click opens the thread', async () => {
    const tab = await context.newPage();
    await tab.goto('/simulator');
    await byTestId(tab, 'sim-new-toggle').click();
    await byTestId(tab, 'sim-new-from').fill(PATIENT.phone);
    await byTestId(tab, 'sim-new-body').fill(PATIENT.text);
    await byTestId(tab, 'sim-new-send').click();
    await tab.locator(`[data-testid="sim-thread"][data-phone="${PATIENT.phone}"]`).waitFor();
    await tab.close();

    const [push] = await eventually(async () => (pushService.accepted(device).length ? pushService.accepted(device) : null), 'a push at the loopback push service');
    const raw = decryptPush(device, push!.body);
    const view = JSON.parse(raw) as PushView;
    const [thread] = await system.orm.em.fork().execute<{ id: string }[]>('select c.id from conversation c join patient p on p.id = c.patient_id where p.phone = ?', [PATIENT.phone]);
    expect(view.notification.title).toBe('New message');
    expect(view.notification.data.kind).toBe('new_message');
    expect(view.notification.data.conversationId).toBe(thread!.id);
    expect(view.notification.data.onActionClick.default).toEqual({ operation: 'navigateLastFocusedOrOpen', url: `/inbox/${thread!.id}` });
    for (const phi of ['cheek', 'swollen', '7461', '512555']) expect(raw).not.toContain(phi);

    // What the device does with it: the Angular service worker shows the notification, and a click on
    // it (the notificationclick its onActionClick answers) brings the console to the thread.
    await page.goto('/inbox');
    const worker = await activeWorker();
    // (Worker-side code as strings: the e2e project has no DOM or worker types.)
    const shown = await worker.evaluate<{ title: string; data: { conversationId: string } }[]>(`(async () => {
      self.dispatchEvent(new PushEvent('push', { data: ${JSON.stringify(raw)} }));
      for (let i = 0; i < 100; i += 1) {
        const list = await self.registration.getNotifications();
        if (list.length) return list.map((n) => ({ title: n.title, data: n.data }));
        await new Promise((r) => setTimeout(r, 50));
      }
      return [];
    })()`);
    expect(shown.map((n) => [n.title, n.data.conversationId])).toEqual([['New message', thread!.id]]);
    await worker.evaluate(`(async () => {
      const [notification] = await self.registration.getNotifications();
      self.dispatchEvent(new NotificationEvent('notificationclick', { notification, action: '' }));
    })()`);
    await page.waitForURL((url) => url.pathname === `/inbox/${thread!.id}`);
    await byTestId(page, 'message-body').filter({ hasText: PATIENT.text }).waitFor();
  }, TIMEOUT);

  it('turns notifications off for this device: unsubscribed in the browser and deleted on the server', async () => {
    await byTestId(page, 'user-menu-button').click();
    await page.locator('[data-testid="device-notifications"][data-state="on"]').waitFor({ timeout: 60_000 });
    await byTestId(page, 'push-toggle').uncheck();
    await page.locator('[data-testid="device-notifications"][data-state="off"]').waitFor();
    expect(await system.orm.em.fork().execute('select id from push_subscription')).toEqual([]);
    expect(await page.evaluate<string | null>(`localStorage.getItem('beacon-e2e-push-subscribed')`)).toBeNull();
  }, TIMEOUT);
});
