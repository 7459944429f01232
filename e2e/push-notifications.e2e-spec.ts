import type { BrowserContext, Page, Worker } from 'playwright-core';
import webpush from 'web-push';
import { eventually } from '../test/support/eventually.js';
import { decryptPush, LoopbackPushService, type TestDevice } from '../test/support/loopback-push-service.js';
import type { RunningSystem } from '../test/support/running-system.js';
import { byTestId, screenshot, signIn, submitLogin, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const PHONE = { width: 390, height: 844 };
const PIXEL_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const PATIENT = { phone: '+15125557461', text: 'Can I bring my sister along to my appointment?' };
const PHOTO_CAPTION = 'Here is the aftercare sheet we talked about.';

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

describe('the console as a phone (390×844): per-device push opt-in, an encrypted push for a patient text, a click that opens the thread, a photo from the camera', () => {
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

  it('sends a photo from the camera ("Take photo", beside the gallery picker) through the MMS path: a 12 MP photo is scaled to fit and the patient sees it in the simulator', async () => {
    const [thread] = await system.orm.em.fork().execute<{ id: string }[]>('select c.id from conversation c join patient p on p.id = c.patient_id where p.phone = ?', [PATIENT.phone]);
    await page.goto(`/inbox/${thread!.id}`);
    await byTestId(page, 'message-body').filter({ hasText: PATIENT.text }).waitFor();

    // Both controls on the phone, side by side within the screen: the camera, and the gallery as before.
    const camera = byTestId(page, 'composer-camera-button');
    const gallery = page.locator('label:has([data-testid="composer-attach"])');
    await camera.waitFor({ state: 'visible' });
    expect(await textOf(camera)).toBe('Take photo');
    expect(await gallery.isVisible()).toBe(true);
    for (const control of [camera, gallery]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    const input = byTestId(page, 'composer-camera');
    expect([await input.getAttribute('accept'), await input.getAttribute('capture')]).toEqual(['image/*', 'environment']);

    // What a 12 MP phone camera hands back: a 4032×3024 JPEG over 5 MB (made in the page, which can encode JPEG).
    const photo = Buffer.from(
      await page.evaluate<string>(`(async () => {
        const W = 4032, H = 3024, canvas = new OffscreenCanvas(W, H), ctx = canvas.getContext('2d');
        const img = ctx.createImageData(W, H), d = img.data;
        let x = 12345;
        for (let y = 0; y < H; y++) for (let c = 0; c < W; c++) {
          const i = (y * W + c) * 4; x = (x * 1103515245 + 12345) >>> 0; const n = ((x >>> 16) % 97) - 48;
          d[i] = (c * 255 / W + n) | 0; d[i + 1] = (y * 255 / H + n) | 0; d[i + 2] = 128 + n; d[i + 3] = 255;
        }
        ctx.putImageData(img, 0, 0);
        const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      })()`),
      'base64',
    );
    expect(photo.length).toBeGreaterThan(5 * 1024 * 1024);
    // There is no camera here: the chooser the tap opens is answered with the photo, as the camera app would.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), camera.tap()]);
    expect(await chooser.element().getAttribute('data-testid')).toBe('composer-camera');
    await chooser.setFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('[data-testid="composer-attachment"][data-uploaded="true"]').waitFor({ timeout: 20_000 });
    expect(await byTestId(page, 'composer-error').count()).toBe(0);
    await byTestId(page, 'composer-input').fill(PHOTO_CAPTION);
    await screenshot(page, 'e2e-phone-camera-photo.png');
    await byTestId(page, 'composer-send').tap();

    const outbound = byTestId(byTestId(page, 'message-list'), 'message').and(page.locator('[data-direction="outbound"]')).filter({ hasText: PHOTO_CAPTION });
    await byTestId(outbound, 'message-image').locator('img').waitFor({ timeout: 15_000 });

    // The patient's phone (the simulator) shows the picture, decoded, at 2048 px on its long side. Opened
    // as with `npm start`: the console's origin (localhost) is not the API's public one (127.0.0.1) that
    // the provider fetches pictures from, so a cross-origin block would show here.
    const tab = await context.newPage();
    const tabHealth = watchPage(tab);
    await tab.goto(`${system.baseUrl.replace('127.0.0.1', 'localhost')}/simulator`);
    await tab.waitForURL((url) => url.pathname === '/login');
    await submitLogin(tab, 'frontdesk@glow.test', 'beacon-demo');
    await tab.waitForURL((url) => url.pathname === '/simulator');
    const simThread = tab.locator(`[data-testid="sim-thread"][data-phone="${PATIENT.phone}"]`);
    const received = byTestId(simThread, 'sim-message').and(tab.locator('[data-direction="to_patient"]')).filter({ hasText: PHOTO_CAPTION });
    const picture = byTestId(received, 'sim-message-image');
    await picture.waitFor({ timeout: 30_000 });
    const size = await eventually(
      () => picture.evaluate((el) => {
        const img = el as unknown as { complete: boolean; naturalWidth: number; naturalHeight: number };
        return img.complete && img.naturalWidth > 0 ? { width: img.naturalWidth, height: img.naturalHeight } : null;
      }),
      'the picture decoded in the simulator',
    );
    expect(size).toEqual({ width: 2048, height: 1536 });
    expect(tabHealth.errors).toEqual([]);
    await tab.close();
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
