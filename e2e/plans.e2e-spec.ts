import type { Locator } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { Conversation, Message, Organization, Patient } from '@beacon/db';
import { byTestId, loadedConversationList, screenshot, signIn, textOf } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;

/** The plan lock shown next to one feature: its badge, and for the owner the link to the plan. */
const lockOf = (scope: Locator | BrowserSystem['page'], feature: string) => scope.locator(`[data-testid="plan-lock"][data-feature="${feature}"]`);

/**
 * A Starter clinic in Chromium: everything outside its plan is still shown, disabled, with the plan that
 * has it ("Available on Professional", multi-location on Enterprise) and a link to the plan; and the server
 * refuses each of them on its own (403 with the same reason), whatever the console shows.
 */
describe('A Starter clinic sees features outside its plan disabled, with the reason and a link to its plan', () => {
  let bs: BrowserSystem;

  beforeAll(async () => {
    bs = await startBrowserSystem({}, { withWorker: false });
    const em = bs.system.orm.em.fork();
    await em.nativeUpdate(Organization, { id: bs.system.org.organizationId }, { plan: 'starter' });
    // A patient's text waiting in the inbox, where smart replies would be offered.
    const patient = em.create(Patient, { id: randomUUID(), organizationId: bs.system.org.organizationId, firstName: 'Stella', lastName: 'Starter', phone: '+15125557901', email: null, createdAt: new Date() });
    const conversation = em.create(Conversation, {
      id: randomUUID(), organizationId: bs.system.org.organizationId, locationId: bs.system.org.locations.austin.id, patientId: patient.id, status: 'open',
      lastMessageAt: new Date(), lastMessagePreview: 'What time do you open?', lastInboundAt: new Date(), createdAt: new Date(), updatedAt: new Date(),
    });
    em.create(Message, {
      id: randomUUID(), conversationId: conversation.id, direction: 'inbound', body: 'What time do you open?', segments: 1, status: 'received', automated: false, kind: 'patient_reply', fromNumber: patient.phone, toNumber: '+15125550100',
      providerSid: null, idempotencyKey: null, errorCode: null, errorMessage: null, sentByStaffId: null, createdAt: new Date(), updatedAt: new Date(),
    });
    await em.flush();
    await bs.page.goto('/login');
    await signIn(bs.page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(bs.health.errors.splice(0)).toEqual([]);
  });

  it(
    'Bulk: marked in the menu, its page says "Available on Professional" with the form disabled, the link opens the plan, and the server answers 403',
    async () => {
      const { page } = bs;
      // Marked once the plan has loaded (the link itself still opens the page that explains).
      const nav = page.locator('[data-testid="nav-bulk"][data-locked="true"]');
      await nav.waitFor();
      expect(await nav.getAttribute('title')).toMatch(/^Available on Professional: Bulk messages: not included in the Starter plan/);
      await nav.click();
      await page.waitForURL((url) => url.pathname === '/bulk');
      const lock = lockOf(page, 'bulkMessaging');
      await lock.waitFor();
      expect(await textOf(byTestId(lock, 'plan-lock-badge'))).toBe('Available on Professional');
      expect(await byTestId(page, 'bulk-scenario').isDisabled()).toBe(true);
      expect(await byTestId(page, 'bulk-template').isDisabled()).toBe(true);
      expect(await byTestId(page, 'bulk-preview').isDisabled()).toBe(true);
      await screenshot(page, 'plans-starter-bulk.png');

      // The console is not the guard: the API refuses a well-formed preview on its own.
      const answer = await page.evaluate(async (locationId) => {
        const res = await fetch('/api/bulk-sends/preview', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locationId, criteria: { scenario: 'closure', reason: 'Storm' } }) });
        return { status: res.status, body: (await res.json()) as { code: string; message: string } };
      }, bs.system.org.locations.austin.id);
      expect(answer).toEqual({ status: 403, body: expect.objectContaining({ code: 'PLAN_FEATURE_UNAVAILABLE', message: expect.stringMatching(/^Bulk messages: not included in the Starter plan \(included from Professional\)/) }) });

      await byTestId(lock, 'plan-lock-link').click();
      await page.waitForURL((url) => url.pathname === '/outcomes' && url.hash === '#plan');
      const plan = byTestId(page, 'plan-card');
      await plan.waitFor();
      expect(await textOf(plan.locator('h2'))).toBe('Starter plan');
    },
    TIMEOUT,
  );

  it(
    'smart replies, template analytics, staff email notifications, confirmation requests and a second location: each shown disabled with the plan that has it',
    async () => {
      const { page } = bs;
      // Smart replies, where suggestions would appear in a conversation.
      await byTestId(page, 'nav-inbox').click();
      const list = await loadedConversationList(page);
      await byTestId(list, 'conversation-item').first().click();
      const smart = byTestId(page, 'reply-suggestions-locked');
      await smart.waitFor();
      expect(await textOf(byTestId(lockOf(smart, 'smartReplies'), 'plan-lock-badge'))).toBe('Available on Professional');
      expect(await byTestId(page, 'suggestion-chip').count()).toBe(0);

      // Template analytics: a template's results and the quick replies' "most used".
      await byTestId(page, 'nav-templates').click();
      await page.waitForURL((url) => url.pathname === '/templates');
      await byTestId(page, 'template-open').first().click();
      const detail = byTestId(page, 'template-detail');
      expect(await textOf(byTestId(lockOf(detail, 'templateAnalytics'), 'plan-lock-badge'))).toBe('Available on Professional');
      expect(await byTestId(page, 'template-chart').count()).toBe(0);

      // Settings: staff email notifications and the confirmation request.
      await byTestId(page, 'nav-settings').click();
      await page.waitForURL((url) => url.pathname === '/settings');
      const notifications = byTestId(page, 'notification-settings-fieldset');
      await lockOf(notifications, 'staffNotifications').waitFor();
      expect(await notifications.locator('input[type="checkbox"]').first().isDisabled()).toBe(true);
      expect(await byTestId(page, 'notification-settings-save').isDisabled()).toBe(true);
      expect(await textOf(byTestId(lockOf(page, 'confirmationRequests'), 'plan-lock-badge'))).toBe('Available on Professional');
      expect(await byTestId(page, 'settings-confirmation-request').isDisabled()).toBe(true);

      // A second location (the demo clinic already has its locations): Enterprise.
      await byTestId(page, 'nav-staff').click();
      await page.waitForURL((url) => url.pathname === '/staff');
      const locations = byTestId(page, 'locations-card');
      await lockOf(locations, 'multiLocation').waitFor();
      expect(await textOf(byTestId(lockOf(locations, 'multiLocation'), 'plan-lock-badge'))).toBe('Available on Enterprise');
      expect(await byTestId(locations, 'location-add').isDisabled()).toBe(true);
      await screenshot(page, 'plans-starter-locations.png');
    },
    TIMEOUT,
  );
});
