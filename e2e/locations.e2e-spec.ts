import { byTestId, loadedLocationSwitcher, optionLabels, signIn, textOf } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 120_000;

describe('owners add and edit locations in the console', () => {
  let run: BrowserSystem;

  beforeAll(async () => {
    run = await startBrowserSystem({}, { withWorker: false });
  }, TIMEOUT);

  afterAll(async () => {
    await run?.stop();
  }, TIMEOUT);

  it('adds a location that appears in the list and the location switcher, and explains a bad number', async () => {
    const { page, health } = run;
    await page.goto('/login');
    await signIn(page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
    await byTestId(page, 'nav-staff').click();
    const card = byTestId(page, 'locations-card');
    await byTestId(card, 'location-row').first().waitFor();
    expect(await byTestId(card, 'location-row').count()).toBe(2);

    await byTestId(card, 'location-add').click();
    const editor = byTestId(card, 'location-editor');
    await editor.locator('input[name="name"]').fill('Glow Aesthetics — Houston');
    await editor.locator('select[name="timeZone"]').selectOption('America/Chicago');
    await editor.locator('input[name="phoneNumber"]').fill('12');
    await editor.locator('button[type="submit"]').click();
    expect(await textOf(byTestId(editor, 'location-error'))).toMatch(/phoneNumber.*valid US or Canadian phone number/);

    await editor.locator('input[name="phoneNumber"]').fill('(713) 555-0100');
    await editor.locator('input[name="address"]').fill('2200 Westheimer Rd, Houston');
    await editor.locator('button[type="submit"]').click();
    await byTestId(card, 'location-row').filter({ hasText: 'Houston' }).waitFor({ timeout: 10_000 });
    expect(await textOf(byTestId(card, 'location-row').filter({ hasText: 'Houston' }))).toContain('(713) 555-0100');
    expect(await optionLabels(await loadedLocationSwitcher(page))).toContain('Glow Aesthetics — Houston');
    expect(health.errors).toEqual([]);
  }, TIMEOUT);
});
