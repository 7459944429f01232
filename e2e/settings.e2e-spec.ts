import type { Browser, Page } from 'playwright-core';
import { Location, SimulatorMessage } from '@beacon/db';
import { RunningSystem } from '../test/support/running-system.js';
import {
  byTestId,
  expectGlobalStylesApplied,
  loadedLocationSwitcher,
  newStaffContext,
  screenshot,
  signIn,
  textOf,
  watchPage,
} from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const PASSWORD = 'beacon-demo';
const AUSTIN = 'Glow Aesthetics - Austin';
const REMINDER = 'Hi {{firstName}}! Friendly reminder: your visit is {{appointmentTime}}. Questions? Call {{locationPhone}}.';
/** The reminder above for the sample appointment (Jordan, next Tuesday 3:30 PM). */
const REMINDER_PREVIEW = /^Hi Jordan! Friendly reminder: your visit is Tue, [A-Z][a-z]{2} \d{1,2} at 3:30 PM\. Questions\? Call \(512\) 555-0100\.$/;

describe('settings in a real browser: the owner rewords the reminder with a live preview and saves it', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;

  beforeAll(async () => {
    ({ system, browser, page, health } = bs = await startBrowserSystem());
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    const problems = health.errors.splice(0);
    expect(problems).toEqual([]);
  }, TIMEOUT);

  it('opens Settings from the navigation with the location’s current settings', async () => {
    await page.goto('/');
    await signIn(page, 'owner@glow.test', PASSWORD, 'Olivia Reyes');
    const switcher = await loadedLocationSwitcher(page);
    await switcher.selectOption({ label: AUSTIN });
    await byTestId(page, 'nav-settings').click();
    await page.waitForURL((url) => url.pathname === '/settings');
    await byTestId(page, 'settings-form').waitFor();
    await expectGlobalStylesApplied(page);
    expect(await textOf(byTestId(page, 'settings-location'))).toBe(AUSTIN);

    // The seed: reminders 7 days and 2 hours before, 08:00–20:00.
    expect(await byTestId(page, 'settings-reminder-7d').isChecked()).toBe(true);
    expect(await byTestId(page, 'settings-reminder-2h').isChecked()).toBe(true);
    expect(await byTestId(page, 'settings-reminder-same_day_morning').isChecked()).toBe(false);
    expect(await byTestId(page, 'settings-hours-start').inputValue()).toBe('08:00');
    expect(await byTestId(page, 'settings-hours-end').inputValue()).toBe('20:00');
    // When booking confirmations go out, said next to the sending hours.
    expect(await textOf(byTestId(page, 'settings-booking-confirmation-hours'))).toMatch(/made online themselves is confirmed at once, even at night.*outside these hours is confirmed when they next open/);
    const reminderLabel = await page.locator('label', { has: byTestId(page, 'settings-reminder-same_day_morning') }).innerText();
    expect(reminderLabel.trim()).toBe('Morning of the appointment');

    // The default reminder, previewed for the sample appointment.
    const preview = byTestId(page, 'template-preview-reminder');
    await byTestId(preview, 'template-preview-text-reminder').filter({ hasText: 'Hi Jordan, a reminder of your appointment at Glow Aesthetics - Austin on Tue' }).waitFor();
    // Plain characters only (the demo clinic's name too): one text, no warning.
    expect(await textOf(byTestId(preview, 'template-segments-reminder'))).toBe('1 segment (GSM-7)');
    expect(await byTestId(preview, 'template-gsm-warning-reminder').count()).toBe(0);
    await screenshot(page, 'e2e-settings-form.png');
  }, TIMEOUT);

  it('updates the preview live while the reminder is edited, and refuses an invalid save with the reasons', async () => {
    const editor = byTestId(page, 'template-editor-reminder');
    await editor.fill(REMINDER);
    const previewText = byTestId(page, 'template-preview-text-reminder');
    await previewText.filter({ hasText: 'Hi Jordan! Friendly reminder' }).waitFor();
    expect(await textOf(previewText)).toMatch(REMINDER_PREVIEW);
    expect(await textOf(byTestId(page, 'template-segments-reminder'))).toBe('1 segment (GSM-7)');

    // A dash or curly quote leaves GSM-7: the preview warns, naming the characters.
    await editor.fill(`${REMINDER} — “soon”`);
    const gsmWarning = byTestId(page, 'template-gsm-warning-reminder');
    await gsmWarning.waitFor();
    expect(await textOf(gsmWarning)).toContain('— “ ”');
    await editor.fill(REMINDER);
    await gsmWarning.waitFor({ state: 'detached' });

    // An unknown variable shows at once in the preview…
    await editor.fill(`${REMINDER} {{nickname}}`);
    await byTestId(page, 'template-problems-reminder').filter({ hasText: 'unknown variable {{nickname}}' }).waitFor();
    await editor.fill(REMINDER);
    await byTestId(page, 'template-problems-reminder').waitFor({ state: 'detached' });

    // …and a save with sending hours the wrong way round is refused with the API's reason.
    await byTestId(page, 'settings-hours-start').fill('18:00');
    await byTestId(page, 'settings-hours-end').fill('09:00');
    await byTestId(page, 'settings-save').click();
    const error = byTestId(page, 'settings-error');
    await error.waitFor();
    expect(await textOf(error)).toContain('Sending hours end (09:00) must be later than start (18:00) on the same day.');
    const stored = await system.orm.em.fork().findOneOrFail(Location, system.org.locations.austin.id);
    expect(stored.messagingSettings.templates).toBeUndefined();
  }, TIMEOUT);

  it('saves, and after a reload the new reminder text and settings are still there', async () => {
    await byTestId(page, 'settings-hours-start').fill('09:00');
    await byTestId(page, 'settings-hours-end').fill('19:00');
    await byTestId(page, 'settings-reminder-same_day_morning').check();
    await byTestId(page, 'template-editor-reminder').scrollIntoViewIfNeeded();
    await byTestId(page, 'template-preview-text-reminder').filter({ hasText: 'Hi Jordan! Friendly reminder' }).waitFor();
    await byTestId(page, 'settings-save').click();
    await byTestId(page, 'settings-saved').waitFor();
    await screenshot(page, 'e2e-settings.png');
    expect(await byTestId(page, 'settings-error').count()).toBe(0);

    await page.reload();
    await byTestId(page, 'settings-form').waitFor();
    expect(await byTestId(page, 'template-editor-reminder').inputValue()).toBe(REMINDER);
    expect(await byTestId(page, 'settings-hours-start').inputValue()).toBe('09:00');
    expect(await byTestId(page, 'settings-hours-end').inputValue()).toBe('19:00');
    expect(await byTestId(page, 'settings-reminder-same_day_morning').isChecked()).toBe(true);
    await byTestId(page, 'template-preview-text-reminder').filter({ hasText: 'Hi Jordan! Friendly reminder' }).waitFor();

    const stored = await system.orm.em.fork().findOneOrFail(Location, system.org.locations.austin.id);
    expect(stored.messagingSettings.templates).toEqual({ reminder: REMINDER });
    expect(stored.messagingSettings.sendingHours).toEqual({ start: '09:00', end: '19:00' });
  }, TIMEOUT);

  it('sends a test of the saved reminder to a phone', async () => {
    await byTestId(page, 'test-send-phone').fill('(512) 555-0142');
    await byTestId(page, 'test-send-kind').selectOption('reminder');
    await byTestId(page, 'test-send-submit').click();
    const result = byTestId(page, 'test-send-result');
    await result.filter({ hasText: 'Sent to +15125550142' }).waitFor();
    const texts = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: '+15125550142' });
    expect(texts.map((t) => t.body)).toEqual([expect.stringMatching(REMINDER_PREVIEW)]);
  }, TIMEOUT);

  it('hides Settings from staff without the permission, and keeps them out of the page', async () => {
    const frontDesk = await newStaffContext(browser, system.baseUrl);
    const desk = await frontDesk.newPage();
    const deskHealth = watchPage(desk);
    await desk.goto('/');
    await signIn(desk, 'frontdesk@glow.test', PASSWORD, 'Frankie Dunn');
    await byTestId(desk, 'nav-inbox').waitFor();
    expect(await byTestId(desk, 'nav-settings').count()).toBe(0);
    await desk.goto('/settings');
    await desk.waitForURL((url) => url.pathname.startsWith('/inbox'));
    expect(await byTestId(desk, 'settings-form').count()).toBe(0);
    expect(deskHealth.errors).toEqual([]);
    await frontDesk.close();
  }, TIMEOUT);

  it('fits the owner’s whole top bar on a 1366 px laptop: every link, the location name and "Log out"', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    // The longer of the two location names.
    const switcher = await loadedLocationSwitcher(page);
    await switcher.selectOption({ label: 'Glow Aesthetics - San Diego' });
    const fit = await page.locator('header.topbar').evaluate((bar) => {
      // Typed loosely: the test project has no DOM library.
      type Box = { left: number; right: number; width: number };
      type El = { getBoundingClientRect(): Box; dataset: Record<string, string | undefined>; textContent: string | null; scrollWidth: number; clientWidth: number };
      type Canvas = { getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } };
      const g = globalThis as unknown as { innerWidth: number; getComputedStyle(el: unknown): Record<string, string>; document: { createElement(tag: 'canvas'): Canvas } };
      const root = bar as unknown as El & { querySelector(selector: string): unknown; querySelectorAll(selector: string): ArrayLike<El> };
      const box = root.getBoundingClientRect();
      const nav = root.querySelector('nav') as El;
      const cut = Array.from(root.querySelectorAll('a, button, select, [data-testid]'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5 || r.right > g.innerWidth);
        })
        .map((el) => el.dataset['testid'] ?? el.textContent?.trim());
      const select = root.querySelector('select') as El & { selectedOptions: ArrayLike<{ text: string }> };
      const style = g.getComputedStyle(select);
      const ctx = g.document.createElement('canvas').getContext('2d');
      ctx.font = `${style['fontWeight']} ${style['fontSize']} ${style['fontFamily']}`;
      const nameRoom = select.clientWidth - parseFloat(style['paddingLeft'] ?? '0') - parseFloat(style['paddingRight'] ?? '0');
      const name = select.selectedOptions[0]?.text ?? '';
      return { cut, barOverflow: root.scrollWidth > root.clientWidth, navHidesLinks: nav.scrollWidth > nav.clientWidth, nameFits: ctx.measureText(name).width <= nameRoom };
    });
    expect(fit).toEqual({ cut: [], barOverflow: false, navHidesLinks: false, nameFits: true });
    expect(await byTestId(page, 'logout').isVisible()).toBe(true);
    await screenshot(page, 'e2e-topbar-1366.png');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, TIMEOUT);
});
