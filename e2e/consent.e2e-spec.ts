import type { BrowserContext, Page } from 'playwright-core';
import { Message } from '@beacon/db';
import { eventually } from '../test/support/eventually.js';
import { RunningSystem } from '../test/support/running-system.js';
import { byTestId, loadedLocationSwitcher, patientTextsFromSimulator, screenshot, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const AUSTIN = 'Glow Aesthetics - Austin';
const PHONE = '+15125550155';
// Plain-language opt-outs are recognised by the classifier (feat/classifier); on this branch the
// keyword path records the same ledger entry. After the merge this can become e.g.
// 'Please stop texting me'.
/** Plain language, not a keyword: the classifier must read it as an opt-out. */
const OPT_OUT_TEXT = 'Please stop texting me, thanks';

describe('consent in the console: an opted-out patient cannot be texted until they re-consent', () => {
  let system: RunningSystem;
  let context: BrowserContext;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;
  let conversationId = '';

  beforeAll(async () => {
    ({ system, context, page, health } = bs = await startBrowserSystem());
    const booked = await system.postBookingEvent({
      eventId: 'evt-e2e-consent',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-E2E-CONSENT',
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Filler',
        source: 'online',
        patient: { firstName: 'Tess', lastName: 'Marlow', phone: PHONE },
      },
    });
    expect(booked.status).toBe(202);
    conversationId = (await eventually(() => system.orm.em.fork().findOne(Message, { toNumber: PHONE, direction: 'outbound' }), 'confirmation')).conversationId;
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  });

  it('shows the opt-out on the thread as it happens and refuses to send', async () => {
    await page.goto('/');
    await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    const switcher = await loadedLocationSwitcher(page);
    await switcher.selectOption({ label: AUSTIN });
    await page.goto(`/inbox/${conversationId}`);
    await page.locator('[data-testid="consent-banner"][data-state="opted_in"]').waitFor({ timeout: 15_000 });
    expect(await byTestId(page, 'composer-input').isEnabled()).toBe(true);

    // The patient texts from the simulated phone, in another tab.
    await patientTextsFromSimulator(context, PHONE, OPT_OUT_TEXT);

    // The open thread turns to "opted out" by itself, with when/how/the text, and the composer is off.
    const banner = page.locator('[data-testid="consent-banner"][data-state="opted_out"]');
    await banner.waitFor({ timeout: 20_000 });
    expect(await textOf(byTestId(banner, 'consent-reason'))).toMatch(/^This patient opted out of texts on .+\. Texts can't be sent until the patient agrees again/);
    expect(await textOf(byTestId(banner, 'consent-message'))).toBe(OPT_OUT_TEXT);
    expect(await byTestId(page, 'composer-input').isDisabled()).toBe(true);
    expect(await byTestId(page, 'composer-send').isDisabled()).toBe(true);
    expect(await textOf(byTestId(page, 'composer-disabled-reason'))).toContain('opted out of texts, so nothing can be sent');
    await screenshot(page, 'screenshots/consent-opted-out.png');

    // Even bypassing the page, the server refuses.
    const direct = await page.evaluate(async (id) => {
      const res = await fetch(`/api/conversations/${id}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Are you sure?', clientMessageId: crypto.randomUUID() }) });
      return res.status;
    }, conversationId);
    expect(direct).toBe(409);
  }, TIMEOUT);

  it('records a verbal re-consent, then warns before a text with an identifier and sends it only when told to', async () => {
    await byTestId(page, 'reconsent-open').click();
    const dialog = byTestId(page, 'reconsent-dialog');
    expect(await byTestId(dialog, 'reconsent-save').isDisabled()).toBe(true);
    await byTestId(dialog, 'reconsent-reason').fill('Patient called and asked for appointment texts again');
    await byTestId(dialog, 'reconsent-save').click();
    await page.locator('[data-testid="consent-banner"][data-state="opted_in"]').waitFor({ timeout: 10_000 });
    expect(await byTestId(page, 'composer-input').isEnabled()).toBe(true);

    const text = 'For the form: DOB 03/14/1988, right?';
    await byTestId(page, 'composer-input').fill(text);
    await byTestId(page, 'composer-send').click();
    const warning = byTestId(page, 'identifier-warning');
    await warning.waitFor({ timeout: 10_000 });
    expect(await textOf(warning)).toContain('looks like a full date of birth');
    const bodies = byTestId(byTestId(page, 'message-list'), 'message-body');
    expect((await bodies.allInnerTexts()).map((t) => t.trim())).not.toContain(text);

    await byTestId(warning, 'identifier-send-anyway').click();
    await bodies.filter({ hasText: text }).waitFor({ timeout: 15_000 });
    // Once the server has accepted it the composer is cleared and the warning gone.
    await eventually(async () => (await byTestId(page, 'composer-input').inputValue()) === '', 'the composer to clear', 10_000);
    expect(await byTestId(page, 'identifier-warning').count()).toBe(0);
    expect(await bodies.filter({ hasText: text }).count()).toBe(1);
  }, TIMEOUT);
});
