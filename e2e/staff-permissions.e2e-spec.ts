import type { Page } from 'playwright-core';
import { Location } from '@beacon/db';
import { localParts } from '@beacon/scheduling';
import { eventually } from '../test/support/eventually.js';
import { RunningSystem } from '../test/support/running-system.js';
import { byTestId, loadedConversationList, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const JORDAN = { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' }; // booked with Dr. Priya Lee (the demo provider)
const RILEY = { firstName: 'Riley', lastName: 'Chen', phone: '(512) 555-0177' }; // booked with Nina Shah, NP
/** Text of an SVG label (innerText is for HTML elements). */
const svgText = async (page: Page, id: string) => ((await byTestId(page, id).textContent()) ?? '').trim();
const FULL_NUMBER_FORMS = ['5125550199', '512-555-0199', '(512) 555-0199', '555-0199', '5125550177', '(512) 555-0177', '555-0177'];

/** Staff roles in the real console: masked numbers, own patients only, `/` quick replies, template analytics. */
describe('staff permissions, quick replies and templates in the console', () => {
  let system: RunningSystem;
  let bs: BrowserSystem | undefined;
  let startsAt: Date;
  let jordanConversation = '';
  let rileyConversation = '';

  async function book(externalId: string, patient: typeof JORDAN, providerName: string): Promise<string> {
    const res = await system.postBookingEvent({
      eventId: `e2e-${externalId}`,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: { id: externalId, locationId: system.org.locations.austin.id, startsAt: startsAt.toISOString(), durationMinutes: 30, providerName, serviceName: 'Botox', source: 'staff', patient },
    });
    if (res.status !== 202) throw new Error(`booking ${res.status}`);
    return ((await res.json()) as { appointmentId: string }).appointmentId;
  }

  async function pageFor(email: string, name: string): Promise<{ page: Page; health: ReturnType<typeof watchPage> }> {
    const { page, health } = await bs!.newStaffPage();
    await page.goto('/login');
    await signIn(page, email, 'beacon-demo', name);
    return { page, health };
  }

  /** Everything a person could read or copy on the page, including attribute values. */
  const pageText = (page: Page) => page.evaluate<string>('document.documentElement.outerHTML');
  /** Waits until the composer's text satisfies `check` (the console's CSP forbids evaluated strings, so poll the value). */
  const composerValue = (page: Page, check: (value: string) => boolean) =>
    eventually(async () => check(await byTestId(page, 'composer-input').inputValue()), 'the composer text', 15_000);

  beforeAll(async () => {
    ({ system } = bs = await startBrowserSystem());
    const em = system.orm.em.fork();
    const austin = await em.findOneOrFail(Location, system.org.locations.austin.id);
    austin.messagingSettings = { ...austin.messagingSettings, sendingHours: { start: '00:00', end: '23:59' } };
    await em.flush();
    startsAt = new Date(Date.now() + 30 * 3600_000);
    const desk = await system.login('frontdesk@glow.test');
    const owner = await system.login('owner@glow.test');
    for (const [id, patient, provider] of [['E2E-J', JORDAN, 'Dr. Priya Lee'], ['E2E-R', RILEY, 'Nina Shah, NP']] as const) {
      const appointmentId = await book(id, patient, provider);
      const detail = (await (await fetch(`${system.baseUrl}/api/appointments/${appointmentId}`, { headers: { cookie: desk } })).json()) as { conversationId: string };
      if (patient === JORDAN) jordanConversation = detail.conversationId;
      else rileyConversation = detail.conversationId;
    }
    for (const reply of [
      { shortcut: 'see-you', title: 'See you soon', category: 'Scheduling', body: 'Hi {{firstName}}, see you {{appointmentTime}} with {{providerName}}.' },
      { shortcut: 'parking', title: 'Parking', category: 'Directions', body: 'Parking is free behind {{locationName}}.' },
      { shortcut: 'coupon', title: 'Coupon code', category: 'Pricing', body: 'Your code is {{couponCode}}.' },
    ]) {
      const res = await fetch(`${system.baseUrl}/api/quick-replies`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner }, body: JSON.stringify({ locationId: null, ...reply }) });
      if (res.status !== 201) throw new Error(`quick reply ${res.status} ${await res.text()}`);
    }
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  it(
    'a Treatment Coordinator sees only masked numbers (inbox, thread, calendar) and can still reply',
    async () => {
      const { page, health } = await pageFor('coordinator@glow.test', 'Casey Morgan');
      const list = await loadedConversationList(page);
      await list.locator(`[data-testid="conversation-item"]`).filter({ hasText: 'Riley' }).waitFor();
      const phones = await byTestId(list, 'conversation-phone').allInnerTexts();
      expect(phones.length).toBeGreaterThanOrEqual(2);
      for (const p of phones) expect(p.trim()).toMatch(/^\(•••\) •••-\d{4}$/);

      await list.locator(`[data-testid="conversation-item"]`).filter({ hasText: 'Jordan' }).click();
      await page.waitForURL((url) => url.pathname === `/inbox/${jordanConversation}`);
      const threadPhone = page.locator('bcn-conversation-view [data-testid="conversation-phone"]');
      await threadPhone.filter({ hasText: '0199' }).waitFor();
      expect(await textOf(threadPhone)).toBe('(•••) •••-0199');

      await byTestId(page, 'composer-input').fill('Thanks Jordan, see you then!');
      await byTestId(page, 'composer-send').click();
      const sent = byTestId(page, 'message').filter({ hasText: 'Thanks Jordan, see you then!' });
      await sent.waitFor();
      await page.locator('[data-testid="message"][data-direction="outbound"][data-status="delivered"]').filter({ hasText: 'Thanks Jordan' }).waitFor({ timeout: 20_000 });
      expect(await byTestId(page, 'composer-input').inputValue()).toBe('');

      const inboxHtml = await pageText(page);
      const day = localParts(startsAt.getTime(), 'America/Chicago');
      await page.goto(`/calendar?view=day&date=${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`);
      await page.locator('[data-testid="appointment-card"]').first().waitFor();
      const calendarHtml = await pageText(page);
      for (const html of [inboxHtml, calendarHtml]) expect(FULL_NUMBER_FORMS.filter((f) => html.includes(f))).toEqual([]);
      // The demo simulator shows every number: not offered to the coordinator.
      expect(await byTestId(page, 'nav-simulator').count()).toBe(0);
      expect(health.errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "a Provider sees only their own patients, and cannot open another provider's patient by link",
    async () => {
      const { page, health } = await pageFor('provider@glow.test', 'Dr. Priya Lee');
      const list = await loadedConversationList(page);
      await list.locator(`[data-testid="conversation-item"]`).filter({ hasText: 'Jordan' }).waitFor();
      expect(await byTestId(list, 'conversation-name').allInnerTexts()).toEqual(['Jordan Avery']);

      // Own-patients staff may close a thread and take it, but not hand it to a colleague (README, permissions).
      await list.locator(`[data-testid="conversation-item"]`).filter({ hasText: 'Jordan' }).click();
      await page.waitForURL((url) => url.pathname === `/inbox/${jordanConversation}`);
      await byTestId(page, 'close-conversation').waitFor();
      const assign = byTestId(page, 'assign-select');
      await assign.focus();
      await eventually(async () => (await assign.locator('option').count()) === 2, 'the assignee choices');
      expect(await assign.locator('option').allInnerTexts()).toEqual(['Unassigned', 'Dr. Priya Lee (me)']);

      await page.goto(`/inbox/${rileyConversation}`);
      await page.getByText("Couldn't load this conversation").waitFor();
      expect(await pageText(page)).not.toContain('Riley');
      expect(health.errors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    '`/` opens the quick replies; arrows + Enter insert one filled from the thread; placeholders it cannot fill block sending',
    async () => {
      const { page } = await pageFor('frontdesk@glow.test', 'Frankie Dunn');
      await page.goto(`/inbox/${jordanConversation}`);
      const input = byTestId(page, 'composer-input');
      await input.waitFor();

      await input.pressSequentially('/');
      const picker = byTestId(page, 'quick-reply-picker');
      await picker.waitFor();
      // The options arrive from the API after the picker opens.
      await byTestId(picker, 'quick-reply-option').nth(2).waitFor();
      expect(await byTestId(picker, 'quick-reply-option').count()).toBe(3);
      await input.pressSequentially('pa');
      expect(await byTestId(picker, 'quick-reply-option').evaluateAll((els) => els.map((e) => e.getAttribute('data-shortcut')))).toEqual(['parking']);
      await input.press('Backspace');
      await input.press('Backspace');
      await input.pressSequentially('s');
      // "s" matches /see-you by shortcut; arrow down and back up, then Enter.
      await input.press('ArrowDown');
      await input.press('ArrowUp');
      await input.press('Enter');
      await composerValue(page, (v) => v.startsWith('Hi Jordan'));
      const first = await input.inputValue();
      expect(first).toMatch(/^Hi Jordan, see you \w{3}, \w{3} \d{1,2} at \d{1,2}:\d{2} (AM|PM) with Dr\. Priya Lee\.$/);

      // A second quick reply in the same message, and an edit of our own.
      await input.press('End');
      await input.pressSequentially(' /park');
      await byTestId(page, 'quick-reply-option').first().waitFor();
      await input.press('Enter');
      await composerValue(page, (v) => v.includes('Parking is free'));
      await input.pressSequentially(' Bring your ID.');
      expect(await input.inputValue()).toBe(`${first} Parking is free behind Glow Aesthetics - Austin. Bring your ID.`);

      // A placeholder that cannot be filled is flagged and the message cannot go out with it.
      await input.pressSequentially(' /coupon');
      await byTestId(page, 'quick-reply-option').first().waitFor();
      await input.press('Enter');
      await byTestId(page, 'composer-missing').waitFor();
      expect(await textOf(byTestId(page, 'composer-missing'))).toContain('{{couponCode}}');
      expect(await byTestId(page, 'composer-send').isDisabled()).toBe(true);
      const text = await input.inputValue();
      await input.fill(text.replace('{{couponCode}}', 'GLOW10'));
      expect(await byTestId(page, 'composer-missing').count()).toBe(0);

      await byTestId(page, 'composer-send').click();
      const sent = byTestId(page, 'message').filter({ hasText: 'Your code is GLOW10.' });
      await sent.waitFor();
      expect(await textOf(byTestId(sent, 'message-body'))).toBe(`${first} Parking is free behind Glow Aesthetics - Austin. Bring your ID. Your code is GLOW10.`);
    },
    TIMEOUT,
  );

  it(
    "a template's analytics update after it is sent and the patient replies",
    async () => {
      const { page } = await pageFor('frontdesk@glow.test', 'Frankie Dunn');
      await byTestId(page, 'nav-templates').click();
      await byTestId(page, 'template-search').fill('Please confirm');
      const item = page.locator('[data-testid="template-item"][data-name="Please confirm"]');
      await item.waitFor();
      await byTestId(item, 'template-open').click();
      await byTestId(page, 'template-chart').waitFor();
      expect(await svgText(page, 'stat-sent')).toBe('0');
      expect(await svgText(page, 'stat-replied')).toBe('0');

      await byTestId(page, 'template-use').click();
      await page.waitForURL((url) => url.pathname.startsWith('/inbox'));
      // The inbox says what to do next instead of showing nothing.
      const hint = byTestId(page, 'pending-template-hint');
      await hint.waitFor();
      expect(await textOf(hint)).toContain('Pick a conversation to use “Please confirm”');
      await (await loadedConversationList(page)).locator('[data-testid="conversation-item"]').filter({ hasText: 'Jordan' }).click();
      await byTestId(page, 'composer-template').waitFor();
      await hint.waitFor({ state: 'detached' });
      await composerValue(page, (v) => v.includes('Please confirm your visit'));
      await byTestId(page, 'composer-send').click();
      await page.locator('[data-testid="message"][data-direction="outbound"][data-status="delivered"]').filter({ hasText: 'Please confirm your visit' }).waitFor({ timeout: 20_000 });

      const desk = await system.login('frontdesk@glow.test');
      const reply = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: desk }, body: JSON.stringify({ from: JORDAN.phone, to: '+15125550100', body: 'Will do, thanks' }) });
      expect(reply.status).toBe(202);
      await byTestId(page, 'message').filter({ hasText: 'Will do, thanks' }).waitFor();

      await byTestId(page, 'nav-templates').click();
      await byTestId(page, 'template-search').fill('Please confirm');
      await page.locator('[data-testid="template-item"][data-name="Please confirm"]').locator('[data-testid="template-open"]').click();
      await byTestId(page, 'template-chart').waitFor();
      expect(await svgText(page, 'stat-sent')).toBe('1');
      expect(await svgText(page, 'stat-delivered')).toBe('1');
      expect(await svgText(page, 'stat-replied')).toBe('1');
    },
    TIMEOUT,
  );

  it(
    'an owner edits a quick reply and archives another from the Templates page; `/` follows',
    async () => {
      const { page, health } = await pageFor('owner@glow.test', 'Olivia Reyes');
      await byTestId(page, 'nav-templates').click();
      await byTestId(page, 'tab-quick').click();
      const item = (shortcut: string) => page.locator(`[data-testid="quick-reply-item"][data-shortcut="${shortcut}"]`);
      await item('parking').waitFor();

      // Edit: the form fills with the reply; saving changes it in place (same shortcut, new words).
      await byTestId(item('parking'), 'qr-edit').click();
      await eventually(async () => (await byTestId(page, 'qr-title').inputValue()) === 'Parking', 'the form filled with the reply', 5_000);
      await byTestId(page, 'qr-title').fill('Parking and directions');
      await byTestId(page, 'qr-body').fill('Free parking behind {{locationName}}; we are on the 2nd floor.');
      await byTestId(page, 'qr-save').click();
      await byTestId(item('parking'), 'quick-reply-title').filter({ hasText: 'Parking and directions' }).waitFor();
      await byTestId(page, 'qr-cancel').waitFor({ state: 'detached' });

      // Archive asks once more, then removes it from the list.
      await byTestId(item('coupon'), 'qr-archive').click();
      await byTestId(item('coupon'), 'qr-archive').filter({ hasText: 'Archive it?' }).waitFor();
      await byTestId(item('coupon'), 'qr-archive').click();
      await item('coupon').waitFor({ state: 'detached' });

      // The API agrees: what `/` offers in a conversation.
      const owner = await system.login('owner@glow.test');
      const listed = (await (await fetch(`${system.baseUrl}/api/quick-replies?locationId=${system.org.locations.austin.id}`, { headers: { cookie: owner } })).json()) as { shortcut: string; title: string; body: string }[];
      expect(listed.find((r) => r.shortcut === 'parking')).toMatchObject({ title: 'Parking and directions', body: 'Free parking behind {{locationName}}; we are on the 2nd floor.' });
      expect(listed.some((r) => r.shortcut === 'coupon')).toBe(false);
      expect(health.errors).toEqual([]);
    },
    TIMEOUT,
  );
  it(
    'an owner adds a library template and edits a starter from the Templates page; the library and the API follow',
    async () => {
      const { page, health } = await pageFor('owner@glow.test', 'Olivia Reyes');
      await byTestId(page, 'nav-templates').click();
      await byTestId(page, 'template-item').first().waitFor();

      // Add: the new template is listed and opened, with its text.
      await byTestId(page, 'template-new').click();
      await byTestId(page, 'template-name').fill('Gift card thanks');
      await byTestId(page, 'template-category').selectOption('General');
      // A dash leaves plain SMS text (GSM-7): the form says so, naming it, before anything is saved.
      await byTestId(page, 'template-text').fill('Thanks {{firstName}} — your gift card is ready at the front desk.');
      expect(await textOf(byTestId(page, 'template-form-gsm-warning'))).toContain('because of —');
      await byTestId(page, 'template-text').fill('Thanks {{firstName}}! Your gift card is ready at the front desk.');
      await byTestId(page, 'template-form-gsm-warning').waitFor({ state: 'detached' });
      await byTestId(page, 'template-save').click();
      const added = page.locator('[data-testid="template-item"][data-name="Gift card thanks"]');
      await added.waitFor();
      expect(await textOf(byTestId(page, 'template-body'))).toBe('Thanks {{firstName}}! Your gift card is ready at the front desk.');

      // A promotion without the opt-out line is refused with the reason, and the form keeps what was typed.
      await byTestId(page, 'template-edit').click();
      await byTestId(page, 'template-marketing').check();
      await byTestId(page, 'template-save').click();
      expect(await textOf(byTestId(page, 'template-form-error'))).toContain('Reply STOP to opt out.');
      await byTestId(page, 'template-cancel').click();

      // Edit a starter of the library: its text changes in place.
      await byTestId(page, 'template-search').fill('Please confirm');
      const starter = page.locator('[data-testid="template-item"][data-name="Please confirm"]');
      await byTestId(starter, 'template-open').click();
      await byTestId(page, 'template-edit').click();
      await eventually(async () => (await byTestId(page, 'template-name').inputValue()) === 'Please confirm', 'the form filled with the template', 5_000);
      const text = byTestId(page, 'template-text');
      await text.fill(`${await text.inputValue()} Questions? Just reply here.`);
      await byTestId(page, 'template-save').click();
      await byTestId(page, 'template-form').waitFor({ state: 'detached' });
      expect(await textOf(byTestId(page, 'template-body'))).toMatch(/Questions\? Just reply here\.$/);

      // The API agrees.
      const owner = await system.login('owner@glow.test');
      const library = (await (await fetch(`${system.baseUrl}/api/templates`, { headers: { cookie: owner } })).json()) as { name: string; category: string; body: string; builtIn: boolean; kind: string }[];
      expect(library.find((t) => t.name === 'Gift card thanks')).toMatchObject({ category: 'General', kind: 'transactional', builtIn: false, body: 'Thanks {{firstName}}! Your gift card is ready at the front desk.' });
      expect(library.find((t) => t.name === 'Please confirm')!.body).toMatch(/Questions\? Just reply here\.$/);
      expect(health.errors).toEqual([]);
    },
    TIMEOUT,
  );
});
