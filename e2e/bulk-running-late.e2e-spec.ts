import { SimulatorMessage } from '@beacon/db';
import { eventually } from '../test/support/eventually.js';
import { insertPatients, laterToday } from '../test/support/bulk-fixtures.js';
import { byTestId, screenshot, signIn, textOf } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const LEE = 'Dr. Priya Lee';
const LEE_PATIENTS = ['+15125559301', '+15125559302'];
const SHAH_PATIENT = '+15125559303';

describe('"provider running late" from the calendar: preview, send, live progress, patients get the text', () => {
  let b: BrowserSystem;

  beforeAll(async () => {
    b = await startBrowserSystem();
    const { system } = b;
    const org = { organizationId: system.org.organizationId, integrationId: system.org.integrationId, locationId: system.org.locations.austin.id };
    const tz = system.org.locations.austin.timeZone;
    await insertPatients(system.orm.em.fork(), org, [
      { firstName: 'Lena', phone: LEE_PATIENTS[0]!, appointment: { startsAt: laterToday(tz, 0.4), providerName: LEE } },
      { firstName: 'Omar', phone: LEE_PATIENTS[1]!, appointment: { startsAt: laterToday(tz, 0.6), providerName: LEE } },
      { firstName: 'Shay', phone: SHAH_PATIENT, appointment: { startsAt: laterToday(tz, 0.5), providerName: 'Nina Shah, NP' } },
    ]);
  }, TIMEOUT);

  afterAll(async () => {
    await b?.stop();
  }, TIMEOUT);

  it('texts that provider\'s remaining patients today, once each, and shows the progress', async () => {
    const { page, system } = b;
    await page.goto('/');
    await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    await page.goto('/calendar?view=day');
    const leeColumn = page.locator('[data-testid="provider-column-head"]').filter({ hasText: LEE });
    await byTestId(leeColumn, 'bulk-running-late').click();
    await page.waitForURL((url) => url.pathname === '/bulk');
    expect(await byTestId(page, 'bulk-provider').inputValue()).toBe(LEE);
    await byTestId(page, 'bulk-delay').fill('20');
    await byTestId(page, 'bulk-preview').click();
    await byTestId(page, 'bulk-preview-result').waitFor();
    expect(await textOf(byTestId(page, 'bulk-recipient-count'))).toBe('2');
    expect(await textOf(byTestId(page, 'bulk-sample'))).toMatch(/^Hi (Lena|Omar), Dr\. Priya Lee is running about 20 min late today/);
    expect(await byTestId(page, 'bulk-recipient').allInnerTexts()).toEqual([expect.stringContaining('Lena Bulk'), expect.stringContaining('Omar Bulk')]);

    // The wording is the scenario's template, editable before sending, with a live count of the texts it takes.
    const edited = 'Hi {{firstName}}, {{providerName}} is running about {{delayMinutes}} min late today. Thanks for your patience!';
    await byTestId(page, 'bulk-template').fill(`${edited} ${'More details. '.repeat(12)}`);
    expect(await textOf(byTestId(page, 'bulk-segments'))).toMatch(/^\d+ characters · 2 texts per patient \(GSM-7\)/);
    await byTestId(page, 'bulk-template').fill(edited);
    expect(await textOf(byTestId(page, 'bulk-segments'))).toBe(`${edited.length} characters · 1 text per patient (GSM-7), before names and times are filled in.`);
    await byTestId(page, 'bulk-preview').click();
    await byTestId(page, 'bulk-preview-result').waitFor();
    expect(await textOf(byTestId(page, 'bulk-sample'))).toMatch(/^Hi (Lena|Omar), Dr\. Priya Lee is running about 20 min late today\. Thanks for your patience!$/);
    await screenshot(page, 'e2e/bulk-running-late-preview.png');

    await byTestId(page, 'bulk-start').click();
    await page.waitForURL((url) => /^\/bulk\/[0-9a-f-]{36}$/.test(url.pathname));
    // Live progress over the realtime channel: no reload needed.
    await page.locator('[data-testid="bulk-status"][data-status="finished"]').waitFor({ timeout: 60_000 });
    expect(await textOf(byTestId(page, 'bulk-count-sent'))).toBe('2');
    expect(await textOf(byTestId(page, 'bulk-count-excluded'))).toBe('0');
    await screenshot(page, 'e2e/bulk-running-late-finished.png');

    // The patients' phones (the simulator) show the text, once each; the other provider's patient got nothing.
    const sim = await b.context.newPage();
    await sim.goto('/simulator');
    for (const phone of LEE_PATIENTS) {
      const thread = sim.locator(`[data-testid="sim-thread"][data-phone="${phone}"]`);
      await byTestId(thread, 'sim-message').filter({ hasText: 'is running about 20 min late today. Thanks for your patience!' }).waitFor({ timeout: 15_000 });
      expect(await byTestId(thread, 'sim-message').count()).toBe(1);
    }
    expect(await sim.locator(`[data-testid="sim-thread"][data-phone="${SHAH_PATIENT}"]`).count()).toBe(0);
    await sim.close();
    expect(await eventually(async () => (await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: LEE_PATIENTS }, duplicateSends: 0 })) === 2 || null, 'two texts at the carrier')).toBe(true);
    expect(b.health.errors).toEqual([]);
  }, TIMEOUT);
});
