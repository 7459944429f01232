import type { BrowserContext, Page } from 'playwright-core';
import { RunningSystem } from '../test/support/running-system.js';
import {
  byTestId,
  expectGlobalStylesApplied,
  loadedConversationList,
  loadedLocationSwitcher,
  markPage,
  optionLabels,
  screenshot,
  signIn,
  submitLogin,
  textOf,
  watchPage,
} from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';
import { DeliveryReportGate } from './support/delivery-gate.js';

// Every hook and step carries its own limit, so the run never depends on Jest's 5 s default
// (Jest ignores a testTimeout set inside `projects`).
const TIMEOUT = 180_000;

const PASSWORD = 'beacon-demo';
const AUSTIN = 'Glow Aesthetics - Austin';
const SAN_DIEGO = 'Glow Aesthetics - San Diego';
const JORDAN_PHONE = '+15125550199';
const CONFIRMATION_START = 'Hi Jordan, your appointment at Glow Aesthetics - Austin is booked for';
const PATIENT_REPLY = 'Can I bring my sister?';

function bookingEvent(system: RunningSystem) {
  return {
    eventId: 'evt-e2e-thin-path-1',
    type: 'appointment.created',
    occurredAt: new Date().toISOString(),
    appointment: {
      id: 'EXT-E2E-1',
      locationId: system.org.locations.austin.id,
      startsAt: new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
      durationMinutes: 30,
      providerName: 'Dr. Priya Lee',
      serviceName: 'Botox',
      source: 'online',
      patient: { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' },
    },
  };
}

describe('console in a real browser: booking → confirmation text → live inbox → patient reply → permissions', () => {
  let system: RunningSystem;
  let gate: DeliveryReportGate;
  let context: BrowserContext;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;
  // Filled in as the story goes on.
  let jordanConversationId = '';
  let confirmationText = '';

  beforeAll(async () => {
    ({ system, context, page, health } = bs = await startBrowserSystem());
    gate = DeliveryReportGate.install(system.baseUrl);
  }, TIMEOUT);

  afterAll(async () => {
    gate?.uninstall();
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    // Anything that broke the page for the staff member (uncaught errors, missing bundles) fails the step.
    const problems = health.errors.splice(0); // reported once, by the step in which they happened
    expect(problems).toEqual([]);
  }, TIMEOUT);

  it('refuses a wrong password with a clear message, then signs the front desk in to a live inbox', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');

    await submitLogin(page, 'frontdesk@glow.test', 'not-the-password');
    const error = byTestId(page, 'login-error');
    await error.waitFor();
    expect(await textOf(error)).toBe('Email or password is incorrect.');
    expect(new URL(page.url()).pathname).toBe('/login');

    await signIn(page, 'frontdesk@glow.test', PASSWORD, 'Frankie Dunn');
    expect(await textOf(byTestId(page, 'staff-name'))).toBe('Frankie Dunn');
    expect(await byTestId(page, 'login-error').count()).toBe(0);
    await byTestId(page, 'conversation-list').waitFor();
    await expectGlobalStylesApplied(page);

    const live = page.locator('[data-testid="live-status"][data-state="live"]');
    await live.waitFor({ timeout: 10_000 });
    expect(await textOf(live)).toBe('Live');
  }, TIMEOUT);

  it('shows a new booking’s confirmation text live in the open inbox, then its delivery', async () => {
    const switcher = await loadedLocationSwitcher(page);
    expect(await optionLabels(switcher)).toEqual(expect.arrayContaining([AUSTIN, SAN_DIEGO]));
    await switcher.selectOption({ label: AUSTIN });
    expect(await switcher.inputValue()).toBe(system.org.locations.austin.id);
    const list = await loadedConversationList(page);
    await byTestId(list, 'conversation-empty').waitFor(); // fresh clinic: nothing yet
    await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();

    const marker = await markPage(page);
    const res = await system.postBookingEvent(bookingEvent(system));
    expect(res.status).toBe(202);

    // The conversation appears on its own: no reload, no click.
    const item = byTestId(list, 'conversation-item').filter({ hasText: 'Jordan' });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.count()).toBe(1);
    expect(await textOf(byTestId(item, 'conversation-name'))).toBe('Jordan Avery');
    expect(await textOf(byTestId(item, 'conversation-phone'))).toBe(JORDAN_PHONE); // front desk sees full numbers
    expect((await textOf(byTestId(item, 'conversation-preview'))).startsWith(CONFIRMATION_START)).toBe(true);
    jordanConversationId = (await item.getAttribute('data-conversation-id')) ?? '';
    expect(jordanConversationId).toMatch(/^[0-9a-f-]{36}$/);

    // The text has gone out; its delivery report is held back so the status change can be watched live.
    await gate.waitUntilHolding(1, 20_000);

    await item.click();
    await page.waitForURL((url) => url.pathname === `/inbox/${jordanConversationId}`);
    expect(await textOf(byTestId(page, 'conversation-title'))).toBe('Jordan Avery');
    const messages = byTestId(byTestId(page, 'message-list'), 'message');
    await messages.first().waitFor();
    expect(await messages.count()).toBe(1);
    const confirmation = messages.first();
    expect(await confirmation.getAttribute('data-direction')).toBe('outbound');
    expect(await confirmation.getAttribute('data-automated')).toBe('true');
    expect(await textOf(byTestId(confirmation, 'message-automated'))).toMatch(/^automated$/i); // shown in capitals by CSS
    confirmationText = await textOf(byTestId(confirmation, 'message-body'));
    expect(confirmationText.startsWith(CONFIRMATION_START)).toBe(true);
    expect(confirmationText).toMatch(/Reply STOP to opt out\.$/);
    const before = await confirmation.getAttribute('data-status');
    expect(['queued', 'sending', 'sent']).toContain(before);

    // The carrier reports delivery: the open conversation updates by itself.
    gate.release();
    const delivered = messages.and(page.locator('[data-status="delivered"]'));
    await delivered.waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId(delivered, 'message-status'))).toBe('Delivered');
    expect(await messages.count()).toBe(1);
    expect(await marker.stillLoaded()).toBe(true);
  }, TIMEOUT);

  it('lets the patient read the text on the simulated phone and reply; the reply appears live in the inbox', async () => {
    const marker = await markPage(page);

    // A second tab, like a front desk with the inbox open in one tab and the simulator in another.
    const phoneTab = await context.newPage();
    const phoneHealth = watchPage(phoneTab);
    await phoneTab.goto('/inbox');
    await byTestId(phoneTab, 'nav-simulator').click();
    await phoneTab.waitForURL((url) => url.pathname === '/simulator');

    const thread = phoneTab.locator(`[data-testid="sim-thread"][data-phone="${JORDAN_PHONE}"]`);
    await thread.waitFor({ timeout: 15_000 });
    const fromClinic = byTestId(thread, 'sim-message').and(phoneTab.locator('[data-direction="to_patient"]'));
    expect(await fromClinic.count()).toBe(1);
    expect(await textOf(byTestId(fromClinic, 'sim-message-body'))).toBe(confirmationText);

    await byTestId(thread, 'sim-reply-input').fill(PATIENT_REPLY);
    await byTestId(thread, 'sim-reply-send').click();
    // The simulator lists the reply as sent by the patient once the server has it (not just the optimistic bubble).
    const reply = byTestId(thread, 'sim-message')
      .and(phoneTab.locator('[data-direction="from_patient"]:not([data-pending])'))
      .filter({ hasText: PATIENT_REPLY });
    await reply.waitFor({ timeout: 15_000 });
    expect(await byTestId(thread, 'sim-reply-input').inputValue()).toBe('');

    // The first tab, untouched since: the reply shows up in the open conversation, below the confirmation.
    const messages = byTestId(byTestId(page, 'message-list'), 'message');
    const inbound = messages.and(page.locator('[data-direction="inbound"]'));
    await inbound.waitFor({ timeout: 20_000 });
    expect(await textOf(byTestId(inbound, 'message-body'))).toBe(PATIENT_REPLY);
    expect(await messages.evaluateAll((els) => els.map((el) => el.getAttribute('data-direction')))).toEqual(['outbound', 'inbound']);
    const [outBox, inBox] = [await messages.nth(0).boundingBox(), await messages.nth(1).boundingBox()];
    expect(outBox && inBox && inBox.y >= outBox.y + outBox.height).toBe(true);
    expect(await marker.stillLoaded()).toBe(true);

    // Going back to the inbox in the phone tab shows the same thread, in the same order.
    await byTestId(phoneTab, 'nav-inbox').click();
    const switcher = await loadedLocationSwitcher(phoneTab);
    if ((await switcher.inputValue()) !== system.org.locations.austin.id) await switcher.selectOption({ label: AUSTIN });
    await byTestId(phoneTab, 'conversation-item').and(phoneTab.locator(`[data-conversation-id="${jordanConversationId}"]`)).click();
    const phoneTabMessages = byTestId(byTestId(phoneTab, 'message-list'), 'message-body');
    await phoneTabMessages.nth(1).waitFor();
    expect((await phoneTabMessages.allInnerTexts()).map((t) => t.trim())).toEqual([confirmationText, PATIENT_REPLY]);
    expect(phoneHealth.errors).toEqual([]);
    await phoneTab.close();

    // The inbox with the conversation open, for a person to look at.
    await page.locator('[data-testid="message"][data-status="delivered"]').waitFor();
    await screenshot(page, 'e2e-inbox.png');
  }, TIMEOUT);

  it('keeps Austin and Jordan’s conversation away from San Diego-only staff', async () => {
    await byTestId(page, 'logout').click();
    await page.waitForURL((url) => url.pathname === '/login');
    // The list must really have been loaded for this staff member before "Jordan is not there" means anything.
    const sanDiegoId = system.org.locations['san-diego'].id;
    const listResponse = page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === '/api/conversations');
    await signIn(page, 'frontdesk.sd@glow.test', PASSWORD, 'Sam Ortiz');
    const loaded = await listResponse;
    expect(loaded.status()).toBe(200);
    expect(new URL(loaded.url()).searchParams.get('locationId')).toBe(sanDiegoId);

    const switcher = await loadedLocationSwitcher(page);
    expect(await optionLabels(switcher)).toEqual([SAN_DIEGO]);
    expect(await switcher.inputValue()).toBe(sanDiegoId);

    const list = await loadedConversationList(page);
    await byTestId(list, 'conversation-empty').waitFor();
    expect(await byTestId(list, 'conversation-item').count()).toBe(0);
    expect(await list.getByText('Jordan').count()).toBe(0);

    // Even with a direct link to the thread, nothing of it is shown.
    await page.goto(`/inbox/${jordanConversationId}`);
    const refusal = byTestId(page, 'message-list').getByRole('alert');
    await refusal.waitFor();
    expect(await textOf(refusal)).toContain('You do not have access to this location.');
    expect(await byTestId(page, 'message').count()).toBe(0);
    expect(await page.getByText(PATIENT_REPLY).count()).toBe(0);
    expect(await page.getByText(CONFIRMATION_START).count()).toBe(0);
  }, TIMEOUT);
});
