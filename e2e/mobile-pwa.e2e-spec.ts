import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { postSignedTwilioForm } from '@beacon/messaging';
import type { RunningSystem } from '../test/support/running-system.js';
import { TEST_AUTH_TOKEN } from '../test/support/test-env.js';
import { byTestId, loadedConversationList, loadedLocationSwitcher, requireBuiltConsole, signIn, textOf, type watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const AUSTIN = 'Glow Aesthetics - Austin';
const AUSTIN_NUMBER = '+15125550100';
const PHONE = { width: 390, height: 844 };
const FIRST = { phone: '+15125550161', text: 'Is there parking near the Austin clinic?' };
const SECOND = { phone: '+15125550162', text: 'Can I bring my sister to my appointment?' };
const OFFLINE_REPLY = 'There is free parking behind the building.';

/** What the browser's install prompt needs from the manifest, checked the way Chromium reads it. */
interface WebManifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  display?: string;
  icons?: { src: string; sizes: string; type?: string; purpose?: string }[];
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The raw IndexedDB records of the offline copy, as stored on the device: their count, and everything a
 * thief reading the phone's storage would see, decoded as text. (Runs in the page; the e2e project has no DOM types.)
 */
async function storedOfflineRecords(page: Page): Promise<{ count: number; plaintext: string }> {
  return page.evaluate<{ count: number; plaintext: string }>(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('beacon-offline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (!db.objectStoreNames.contains('responses')) return { count: 0, plaintext: '' };
    const rows = await new Promise((resolve, reject) => {
      const all = db.transaction('responses').objectStore('responses').getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    });
    db.close();
    const plaintext = rows.map((r) => r.url + ' ' + new TextDecoder().decode(r.data)).join('\\n');
    return { count: rows.length, plaintext };
  })()`);
}

/** The path of the service worker script controlling the page, or null. */
async function controllingWorker(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(`navigator.serviceWorker.controller ? new URL(navigator.serviceWorker.controller.scriptURL).pathname : null`);
}

/** Whether anything was drawn on the canvas matched by `selector` (runs in the page). */
const canvasDrawn = `(selector) => {
  const canvas = document.querySelector(selector);
  const ctx = canvas && canvas.width > 0 ? canvas.getContext('2d') : null;
  if (!ctx) return false;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
  return false;
}`;

describe('the console on a phone (390×844): installable, readable offline, context drawer', () => {
  let booted: BrowserSystem;
  let system: RunningSystem;
  let context: BrowserContext;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  // A copy of the built console, so the last test can deploy a "new version" without touching the shared build.
  let site: string;

  beforeAll(async () => {
    const built = requireBuiltConsole();
    site = mkdtempSync(join(tmpdir(), 'beacon-pwa-'));
    cpSync(existsSync(join(built, 'browser', 'index.html')) ? join(built, 'browser') : built, site, { recursive: true });
    // A phone, with the service worker allowed (the other browser specs block it).
    booted = await startBrowserSystem(
      { CONSOLE_DIST: site },
      { withWorker: false, context: { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3, serviceWorkers: 'allow' } },
    );
    ({ system, context, page, health } = booted);
    for (const [i, patient] of [FIRST, SECOND].entries()) {
      const status = await postSignedTwilioForm(
        `${system.baseUrl}/api/webhooks/twilio/sms`,
        { MessageSid: `SM${String(i + 1).repeat(32)}`, AccountSid: `AC${'1'.repeat(32)}`, From: patient.phone, To: AUSTIN_NUMBER, Body: patient.text, NumMedia: '0' },
        TEST_AUTH_TOKEN,
      );
      expect(status).toBe(200);
    }
  }, TIMEOUT);

  afterAll(async () => {
    await booted?.stop();
    if (site) rmSync(site, { recursive: true, force: true });
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  }, TIMEOUT);

  it('meets the install criteria: a linked manifest with 192 and 512 px icons, and an active service worker controlling the page', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, page.url());
    const manifest = (await (await context.request.get(manifestUrl.toString())).json()) as WebManifest;
    expect(manifest.name).toBe('Beacon');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/inbox');
    const pngs = (manifest.icons ?? []).filter((icon) => icon.type === 'image/png');
    for (const wanted of ['192x192', '512x512']) {
      const icon = pngs.find((i) => i.sizes === wanted && (i.purpose ?? 'any').split(' ').includes('any'));
      expect(icon).toBeDefined();
      const res = await context.request.get(new URL(icon!.src, manifestUrl).toString());
      expect(res.status()).toBe(200);
      const { width, height } = pngSize(await res.body());
      expect(`${width}x${height}`).toBe(wanted);
    }

    // Registered by the app itself (provideServiceWorker); `ready` resolves once it is active.
    const worker = await page.evaluate<{ script: string; state: string }>(`(async () => {
      const registration = await navigator.serviceWorker.ready;
      const active = registration.active;
      if (active.state !== 'activated') await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve(null)));
      return { script: new URL(active.scriptURL).pathname, state: active.state };
    })()`);
    expect(worker).toEqual({ script: '/ngsw-worker.js', state: 'activated' });
    // A reload is served through the worker from now on.
    await page.reload();
    await byTestId(page, 'staff-name').waitFor();
    expect(await controllingWorker(page)).toBe('/ngsw-worker.js');

    // Chromium's own verdict on installability.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Playwright's contexts are incognito-like profiles; that is the only objection allowed.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();
  }, TIMEOUT);

  it('opens the context panel as a drawer from a thread header that fits the screen', async () => {
    await (await loadedLocationSwitcher(page)).selectOption({ label: AUSTIN });
    const list = await loadedConversationList(page);
    await byTestId(list, 'conversation-item').filter({ hasText: FIRST.text }).click();
    await byTestId(page, 'message-body').filter({ hasText: FIRST.text }).waitFor();

    const header = page.locator('bcn-conversation-view header');
    const fits = await header.evaluate((el) => ({ overflow: el.scrollWidth - el.clientWidth, right: el.getBoundingClientRect().right }));
    expect(fits.overflow).toBeLessThanOrEqual(0);
    expect(fits.right).toBeLessThanOrEqual(PHONE.width);
    // The thread uses the whole width of the phone: no strip left empty at the right edge.
    for (const part of ['bcn-conversation-view', 'bcn-conversation-view header', '.timeline']) {
      const edge = await page.locator(part).first().evaluate((el) => el.getBoundingClientRect().right);
      expect({ part, right: Math.round(edge) }).toEqual({ part, right: PHONE.width });
    }

    const panel = byTestId(page, 'context-panel');
    expect(await panel.isVisible()).toBe(false);
    const toggle = byTestId(header, 'context-drawer-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await panel.waitFor({ state: 'visible' });
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.width).toBeGreaterThan(PHONE.width / 2);
    await byTestId(panel, 'context-visit-count').waitFor();
    expect(await textOf(panel)).toMatch(/Next appointment/i);

    await byTestId(page, 'context-drawer-close').click();
    await panel.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  }, TIMEOUT);

  it('fits every page of the console on the phone: no page scrolls sideways (wide tables scroll inside their card)', async () => {
    // The owner sees every page; a second phone, so this spec's front-desk session stays as it is.
    const owner = await booted.newStaffPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
    try {
      await owner.page.goto('/login');
      await signIn(owner.page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
      const pages = await owner.page.locator('a[data-testid^="nav-"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(pages).toEqual(expect.arrayContaining(['/inbox', '/calendar', '/settings', '/outcomes', '/audit', '/bulk', '/templates', '/staff']));
      const wider: string[] = [];
      for (const path of [...pages, '/setup']) {
        await owner.page.goto(path);
        await owner.page.waitForLoadState('networkidle');
        const overflow = await owner.page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        if (overflow > 0) wider.push(`${path} by ${overflow} px`);
      }
      expect(wider).toEqual([]);
      expect(owner.health.errors).toEqual([]);
    } finally {
      await owner.context.close();
    }
  }, TIMEOUT);

  it("shows an owner's outcomes with the network off: the figures saved on this phone, charts drawn by the bundled library", async () => {
    const owner = await booted.newStaffPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3, serviceWorkers: 'allow' });
    try {
      await owner.page.goto('/login');
      await signIn(owner.page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
      await owner.page.evaluate('navigator.serviceWorker.ready');
      await owner.page.goto('/outcomes');
      expect(await controllingWorker(owner.page)).toBe('/ngsw-worker.js');
      await byTestId(owner.page, 'usage-card').waitFor();
      await owner.page.waitForFunction(canvasDrawn, '[data-testid="rates-chart"] canvas');
      const online = await textOf(byTestId(owner.page, 'usage-figures'));

      await owner.context.setOffline(true);
      await owner.page.reload();
      await byTestId(owner.page, 'offline-banner').waitFor();
      expect(await textOf(byTestId(owner.page, 'offline-banner'))).toMatch(/conversations and outcomes opened recently/);
      await byTestId(owner.page, 'usage-card').waitFor();
      expect(await textOf(byTestId(owner.page, 'usage-figures'))).toBe(online);
      await owner.page.waitForFunction(canvasDrawn, '[data-testid="rates-chart"] canvas');
      expect(owner.health.errors).toEqual([]);
    } finally {
      await owner.context.close();
    }
  }, TIMEOUT);

  it('with the network off: says so, Live turns off, saved threads stay readable (encrypted at rest), a send is refused, even after a reload', async () => {
    // Read the second thread too, so both are saved on the device.
    const backToInbox = page.locator('a[aria-label="Back to inbox"]');
    await backToInbox.click();
    await byTestId(await loadedConversationList(page), 'conversation-item').filter({ hasText: SECOND.text }).click();
    await byTestId(page, 'message-body').filter({ hasText: SECOND.text }).waitFor();
    await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();

    const stored = await storedOfflineRecords(page);
    expect(stored.count).toBeGreaterThan(0);
    for (const phi of [FIRST.text, SECOND.text, FIRST.phone, 'Frankie']) expect(stored.plaintext).not.toContain(phi);

    await context.setOffline(true);
    await byTestId(page, 'offline-banner').waitFor();
    expect(await textOf(byTestId(page, 'offline-banner'))).toMatch(/You're offline/);
    await page.locator('[data-testid="live-status"][data-state="offline"]').waitFor();
    expect(await textOf(byTestId(page, 'live-status'))).toBe('Offline');

    // Back to the list and into the first thread: it comes from this device's saved copy.
    await backToInbox.click();
    await byTestId(page, 'conversation-item').filter({ hasText: FIRST.text }).click();
    await byTestId(page, 'message-body').filter({ hasText: FIRST.text }).waitFor();

    // Its context panel too, in the drawer.
    await byTestId(page, 'context-drawer-toggle').click();
    await byTestId(byTestId(page, 'context-panel'), 'context-visit-count').waitFor();
    await byTestId(page, 'context-drawer-close').click();

    // A send is refused with the reason, and the draft is kept.
    await byTestId(page, 'composer-input').fill(OFFLINE_REPLY);
    await byTestId(page, 'composer-send').click();
    expect(await textOf(byTestId(page, 'composer-error'))).toBe("You're offline, so nothing was sent or saved. Try again when you're back online.");
    expect(await byTestId(page, 'composer-input').inputValue()).toBe(OFFLINE_REPLY);
    const threadUrl = new URL(page.url()).pathname;

    // A reload without a network: the service worker serves the app, the thread is read from the saved copy.
    await page.reload();
    await byTestId(page, 'offline-banner').waitFor();
    await byTestId(page, 'message-body').filter({ hasText: FIRST.text }).waitFor();
    expect(await textOf(byTestId(page, 'live-status'))).toBe('Offline');

    await context.setOffline(false);
    await byTestId(page, 'offline-banner').waitFor({ state: 'detached' });
    await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 30_000 });
    // Nothing left the device while offline.
    const conversationId = threadUrl.split('/').pop()!;
    const messages = (await (await context.request.get(`/api/conversations/${conversationId}/messages`)).json()) as { body: string }[];
    expect(messages.map((m) => m.body)).toEqual([FIRST.text]);

    // Signing out deletes the saved copies (PHI) from the device.
    await byTestId(page, 'logout').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.waitForFunction(() => sessionStorage.getItem('beacon.offlineKey') === null);
    expect((await storedOfflineRecords(page)).count).toBe(0);
  }, TIMEOUT);

  it('offers "A new version is available — Reload" when a new build is deployed, and Reload loads it', async () => {
    await context.setOffline(false);
    expect(await controllingWorker(page)).toBe('/ngsw-worker.js');
    // Deploy: a changed index.html and the service-worker manifest that describes it (what `ng build` writes).
    const indexFile = join(site, 'index.html');
    const newIndex = readFileSync(indexFile, 'utf8').replace('<head>', '<head><meta name="beacon-build" content="e2e-next">');
    writeFileSync(indexFile, newIndex);
    const ngswFile = join(site, 'ngsw.json');
    const ngsw = JSON.parse(readFileSync(ngswFile, 'utf8')) as { timestamp: number; hashTable: Record<string, string> };
    ngsw.timestamp += 1;
    ngsw.hashTable['/index.html'] = createHash('sha1').update(newIndex).digest('hex');
    writeFileSync(ngswFile, JSON.stringify(ngsw));

    // The old version is still what runs; the worker notices the new one on this navigation.
    await page.reload();
    expect(await page.locator('meta[name="beacon-build"]').count()).toBe(0);
    const banner = byTestId(page, 'update-banner');
    await banner.waitFor({ timeout: 60_000 });
    expect(await textOf(banner)).toContain('A new version is available.');
    await Promise.all([page.waitForEvent('load'), byTestId(banner, 'update-reload').click()]);
    await page.locator('meta[name="beacon-build"][content="e2e-next"]').waitFor({ state: 'attached' });
  }, TIMEOUT);
});
