import type { Page } from 'playwright-core';
import { formatAppointmentTime } from '@beacon/appointments';
import { Message, ReplySuggestion, SuggestionFeedback } from '@beacon/db';
import { postSignedTwilioForm } from '@beacon/messaging';
import { eventually } from '../test/support/eventually.js';
import { RunningSystem } from '../test/support/running-system.js';
import { TEST_AUTH_TOKEN } from '../test/support/test-env.js';
import { byTestId, loadedConversationList, loadedLocationSwitcher, screenshot, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const AUSTIN = 'Glow Aesthetics - Austin';
const PATIENT = '+15125550146';
const QUESTION = 'Hi! Is it ok if I bring my sister with me to my appointment?';

describe('smart replies in a real browser: a patient asks to bring a guest, staff pick a suggestion, edit and send', () => {
  let system: RunningSystem;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;
  let when: string;

  beforeAll(async () => {
    ({ system, page, health } = bs = await startBrowserSystem());
    const startsAt = new Date(Date.now() + 5 * 24 * 3600_000);
    startsAt.setUTCMinutes(30, 0, 0);
    when = formatAppointmentTime(startsAt, 'America/Chicago');
    const booked = await system.postBookingEvent({
      eventId: 'evt-e2e-smart-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-E2E-SMART-1',
        locationId: system.org.locations.austin.id,
        startsAt: startsAt.toISOString(),
        durationMinutes: 45,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Lip filler',
        // Booked online: its confirmation (which starts the thread) goes out at once at any hour.
        source: 'online',
        patient: { firstName: 'Marisol', lastName: 'Vega', phone: PATIENT },
      },
    });
    expect(booked.status).toBe(202);
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  }, TIMEOUT);

  it('shows 3–5 suggestions with the patient’s name and appointment time as soon as the text arrives', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    await (await loadedLocationSwitcher(page)).selectOption({ label: AUSTIN });
    const list = await loadedConversationList(page);
    await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 10_000 });

    // Open Marisol's thread first (the booking confirmation started it), then she texts.
    const item = byTestId(list, 'conversation-item').filter({ hasText: 'Marisol' });
    await item.waitFor({ timeout: 20_000 });
    await item.click();
    await byTestId(page, 'composer-input').waitFor();
    expect(await byTestId(page, 'suggestion-chip').count()).toBe(0);

    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: `SM${'5'.repeat(32)}`, AccountSid: `AC${'1'.repeat(32)}`, From: PATIENT, To: '+15125550100', Body: QUESTION, NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);

    // Pushed live: no reload, no click.
    const chips = byTestId(page, 'suggestion-chip');
    await chips.first().waitFor({ timeout: 15_000 });
    const texts = (await chips.allInnerTexts()).map((t) => t.trim());
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.length).toBeLessThanOrEqual(5);
    expect(texts[0]).toBe(`Of course, Marisol! You're welcome to bring a guest to your ${when} appointment.`);
    expect(texts.every((t) => !t.includes('{{'))).toBe(true);
    expect(await textOf(byTestId(page, 'suggestion-intent'))).toBe('Bringing a guest');
    await screenshot(page, 'screenshots/smart-replies.png');
  }, TIMEOUT);

  it('places a suggestion in the composer; staff edit and send it; the choice and the edit are recorded', async () => {
    const chip = byTestId(page, 'suggestion-chip').nth(1);
    const chipText = (await textOf(chip)).trim();
    await chip.click();
    const input = byTestId(page, 'composer-input');
    await eventually(async () => (await input.inputValue()) === chipText, 'the suggestion in the composer', 5_000);

    const edited = `${chipText} We have a comfy lounge for her.`;
    await input.fill(edited);
    await byTestId(page, 'composer-send').click();
    const sent = byTestId(byTestId(page, 'message-list'), 'message').and(page.locator('[data-direction="outbound"]')).filter({ hasText: edited });
    await sent.waitFor({ timeout: 15_000 });
    await eventually(async () => (await input.inputValue()) === '', 'the composer to clear', 10_000);

    const em = system.orm.em.fork();
    const question = await em.findOneOrFail(Message, { direction: 'inbound', fromNumber: PATIENT });
    const stored = await em.findOneOrFail(ReplySuggestion, { messageId: question.id });
    const key = stored.suggestions.find((s) => s.text === chipText)!.key;
    const feedback = await eventually(async () => {
      const rows = await system.orm.em.fork().find(SuggestionFeedback, { messageId: question.id, suggestionKey: key });
      return rows.some((r) => r.action === 'sent') ? rows : null;
    }, 'feedback recorded');
    expect(feedback.map((r) => `${r.action}${r.action === 'sent' ? `:${r.edited}` : ''}`).sort()).toEqual(['chosen', 'sent:true', 'shown']);
    // Staff replied: the chips for that text are gone.
    await eventually(async () => (await byTestId(page, 'suggestion-chip').count()) === 0, 'chips to clear after the reply', 10_000);
  }, TIMEOUT);

  it('opens a thread that has suggestions at its newest message, above the chips', async () => {
    // A short window, so the chips appearing under the thread take room the newest message needs.
    await page.setViewportSize({ width: 1280, height: 560 });
    const followUp = 'Also, is there parking nearby?';
    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: `SM${'6'.repeat(32)}`, AccountSid: `AC${'1'.repeat(32)}`, From: PATIENT, To: '+15125550100', Body: followUp, NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);
    await byTestId(page, 'suggestion-chip').first().waitFor({ timeout: 15_000 });

    // Open the thread afresh from the inbox: it loads its messages, then its suggestions.
    await page.goto('/inbox');
    const list = await loadedConversationList(page);
    await byTestId(list, 'conversation-item').filter({ hasText: 'Marisol' }).click();
    const newest = byTestId(byTestId(page, 'message-list'), 'message').filter({ hasText: followUp });
    await newest.waitFor();
    await byTestId(page, 'suggestion-chip').first().waitFor({ timeout: 15_000 });
    // Whole, inside the scrolling thread (the chips arrive after the messages; the thread must follow them).
    const scroller = page.locator('.timeline').first();
    await eventually(
      async () => {
        const [s, m] = [await scroller.boundingBox(), await newest.boundingBox()];
        return !!s && !!m && m.y >= s.y - 1 && m.y + m.height <= s.y + s.height + 1;
      },
      'the newest message wholly in view',
      5_000,
    );
    await page.setViewportSize({ width: 1280, height: 800 });
  }, TIMEOUT);
});
