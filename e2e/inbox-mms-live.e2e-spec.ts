import type { Page } from 'playwright-core';
import { SimulatorMessage } from '@beacon/db';
import { postSignedTwilioForm } from '@beacon/messaging';
import { RunningSystem } from '../test/support/running-system.js';
import { TEST_AUTH_TOKEN } from '../test/support/test-env.js';
import { byTestId, loadedConversationList, loadedLocationSwitcher, markPage, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';
import { DeliveryReportGate } from './support/delivery-gate.js';

const TIMEOUT = 180_000;
const AUSTIN = 'Glow Aesthetics - Austin';
const PATIENT = '+15125550140';
const PATIENT_TEXT = 'Hi! Could you send me the aftercare sheet?';
const REPLY = 'Of course — here it is.';
// A 1×1 PNG: a real picture the browser can decode.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('inbox in a real browser: a patient text arrives live, staff reply with a picture, delivery shows live', () => {
  let system: RunningSystem;
  let gate: DeliveryReportGate;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;

  beforeAll(async () => {
    ({ system, page, health } = bs = await startBrowserSystem());
    gate = DeliveryReportGate.install(system.baseUrl);
  }, TIMEOUT);

  afterAll(async () => {
    gate?.uninstall();
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  }, TIMEOUT);

  it('shows the patient’s text arriving live as an unread conversation', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    const switcher = await loadedLocationSwitcher(page);
    await switcher.selectOption({ label: AUSTIN });
    const list = await loadedConversationList(page);
    await byTestId(list, 'conversation-empty').waitFor();
    await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 10_000 });
    const marker = await markPage(page);

    // The patient texts the clinic: Twilio's signed webhook, as the simulator sends it.
    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: `SM${'e'.repeat(32)}`, AccountSid: `AC${'1'.repeat(32)}`, From: PATIENT, To: '+15125550100', Body: PATIENT_TEXT, NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);

    const item = byTestId(list, 'conversation-item').and(page.locator('[data-unread="true"]'));
    await item.waitFor({ timeout: 20_000 });
    expect(await textOf(byTestId(item, 'conversation-preview'))).toBe(PATIENT_TEXT);
    expect(await byTestId(item, 'unread-dot').count()).toBe(1);
    await byTestId(page, 'filter-count-unread').waitFor();
    expect(await textOf(byTestId(page, 'filter-count-unread'))).toBe('1');
    expect(await marker.stillLoaded()).toBe(true);

    await item.click();
    const inbound = byTestId(byTestId(page, 'message-list'), 'message').and(page.locator('[data-direction="inbound"]'));
    await inbound.waitFor();
    expect(await textOf(byTestId(inbound, 'message-body'))).toBe(PATIENT_TEXT);
    await byTestId(list, 'conversation-item').and(page.locator('[data-unread="false"]')).waitFor();
    await byTestId(page, 'context-panel').waitFor();
  }, TIMEOUT);

  it('replies with a picture; the delivery status changes live from sent to delivered', async () => {
    const marker = await markPage(page);
    const input = byTestId(page, 'composer-input');
    const send = byTestId(page, 'composer-send');
    // A 2,000-character paste is kept whole and refused with how much to cut, not cut silently to 1,600.
    await input.fill('a'.repeat(2000));
    expect((await input.inputValue()).length).toBe(2000);
    const length = byTestId(page, 'composer-length');
    await page.locator('[data-testid="composer-length"][data-level="too_long"]').waitFor();
    expect(await textOf(length)).toBe('This message is 2,000 characters; a text can be at most 1,600. Shorten it by 400 characters to send it.');
    expect(await send.isDisabled()).toBe(true);
    // A long one may go, with a word on how many texts it will be.
    await input.fill('a'.repeat(700));
    await page.locator('[data-testid="composer-length"][data-level="long"]').waitFor();
    expect(await textOf(length)).toContain('as 5 separate texts');
    expect(await send.isEnabled()).toBe(true);
    await input.fill(REPLY);
    await length.waitFor({ state: 'detached' });
    expect(await textOf(byTestId(page, 'composer-segments'))).toMatch(/^1 text \(UCS-2 — because of —\)/); // the em dash forces UCS-2
    await byTestId(page, 'composer-attach').setInputFiles({ name: 'aftercare.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('[data-testid="composer-attachment"][data-uploaded="true"]').waitFor({ timeout: 10_000 });
    await input.press('Enter');

    const outbound = byTestId(byTestId(page, 'message-list'), 'message').and(page.locator('[data-direction="outbound"]'));
    await outbound.waitFor({ timeout: 10_000 });
    expect(await textOf(byTestId(outbound, 'message-body'))).toBe(REPLY);
    expect(await input.inputValue()).toBe('');
    expect(await byTestId(page, 'composer-attachment').count()).toBe(0);

    // The picture shows as a real, decoded image, served to this staff member.
    const image = byTestId(outbound, 'message-image').locator('img');
    await image.waitFor();
    await page.waitForFunction(
      (el) => {
        const img = el as unknown as { complete: boolean; naturalWidth: number } | null;
        return !!img && img.complete && img.naturalWidth === 1;
      },
      await image.elementHandle(),
      { timeout: 10_000 },
    );

    // The carrier's delivery report is held: the message is sent but not yet delivered…
    await gate.waitUntilHolding(1, 20_000);
    await outbound.and(page.locator('[data-status="sent"]')).waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId(outbound, 'message-status'))).toBe('Sent');
    // …until the report arrives; the open conversation updates by itself.
    gate.release();
    await outbound.and(page.locator('[data-status="delivered"]')).waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId(outbound, 'message-status'))).toBe('Delivered');
    expect(await marker.stillLoaded()).toBe(true);

    // The picture opens in a viewer and Escape closes it.
    await byTestId(outbound, 'message-image').click();
    const viewer = byTestId(page, 'media-viewer');
    await viewer.locator('img').waitFor();
    await page.keyboard.press('Escape');
    await viewer.locator('img').waitFor({ state: 'detached' });

    // The simulated phone got the text once, with the picture.
    const received = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: PATIENT, direction: 'to_patient' });
    expect(received.map((m) => [m.body, m.mediaUrls.length])).toEqual([[REPLY, 1]]);
  }, TIMEOUT);

  it('opens the patient’s thread from the calendar with the context panel beside it', async () => {
    const res = await system.postBookingEvent({
      eventId: 'evt-e2e-inbox-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-E2E-INBOX-1',
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 2 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'staff',
        patient: { firstName: 'Ava', lastName: 'Garcia', phone: PATIENT },
      },
    });
    expect(res.status).toBe(202);
    const { appointmentId } = (await res.json()) as { appointmentId: string };
    await page.goto(`/calendar?appointment=${appointmentId}`);
    const panel = byTestId(page, 'appointment-panel');
    await panel.waitFor({ timeout: 15_000 });
    await byTestId(panel, 'appointment-message-patient').click();
    await page.waitForURL((url) => /^\/inbox\/[0-9a-f-]{36}$/.test(url.pathname));
    const context = byTestId(page, 'context-panel');
    await byTestId(context, 'context-next-service').waitFor({ timeout: 10_000 });
    expect(await textOf(byTestId(context, 'context-next-service'))).toBe('Botox');
    expect(await textOf(byTestId(context, 'context-next-confirmation'))).toBe('Unconfirmed');
    expect(await textOf(byTestId(context, 'context-next-time'))).toMatch(/C[SD]T · in 2 days$/);
    // The same thread as the picture reply above: one conversation per patient per location.
    expect(await textOf(byTestId(byTestId(byTestId(page, 'message-list'), 'message').first(), 'message-body'))).toBe(PATIENT_TEXT);
  }, TIMEOUT);
});
