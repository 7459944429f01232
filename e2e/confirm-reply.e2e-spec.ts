import type { BrowserContext, Page } from 'playwright-core';
import { Location } from '@beacon/db';
import { localParts } from '@beacon/scheduling';
import { RunningSystem } from '../test/support/running-system.js';
import { byTestId, markPage, screenshot, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const PHONE = '+15125550161';

/**
 * The whole confirmation loop through the real system: a booking arrives, the clinic's 48-hour
 * request goes out, the patient answers "C" on the simulated phone, and the calendar that is open
 * on the front desk's screen turns the appointment Confirmed without a reload.
 */
describe('patient confirms by replying C', () => {
  let system: RunningSystem;
  let context: BrowserContext;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;
  let appointmentId = '';

  beforeAll(async () => {
    ({ system, context, page, health } = bs = await startBrowserSystem());
    // Send around the clock for this test, so the request goes out whatever time CI runs.
    const em = system.orm.em.fork();
    const austin = await em.findOneOrFail(Location, system.org.locations.austin.id);
    austin.messagingSettings = { ...austin.messagingSettings, sendingHours: { start: '00:00', end: '23:59' } };
    await em.flush();
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  it(
    'shows the appointment Unconfirmed, then Confirmed live after the patient texts C',
    async () => {
      // 30 hours out: inside the 48-hour window, so the confirmation request goes out at once.
      const startsAt = new Date(Date.now() + 30 * 3600_000);
      const day = localParts(startsAt.getTime(), 'America/Chicago');
      const date = `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

      await page.goto('/login');
      await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
      await page.goto(`/calendar?view=day&date=${date}`);
      await byTestId(page, 'calendar').waitFor();
      const marker = await markPage(page);

      const res = await system.postBookingEvent({
        eventId: 'e2e-confirm-1',
        type: 'appointment.created',
        occurredAt: new Date().toISOString(),
        appointment: {
          id: 'EXT-E2E-CONFIRM',
          locationId: system.org.locations.austin.id,
          startsAt: startsAt.toISOString(),
          durationMinutes: 30,
          providerName: 'Dr. Priya Lee',
          serviceName: 'Botox',
          source: 'online',
          patient: { firstName: 'Quinn', lastName: 'Reply', phone: PHONE },
        },
      });
      expect(res.status).toBe(202);
      ({ appointmentId } = (await res.json()) as { appointmentId: string });

      const card = page.locator(`[data-testid="appointment-card"][data-appointment-id="${appointmentId}"]`);
      await card.waitFor({ timeout: 20_000 });
      expect(await card.getAttribute('data-confirmation-status')).toBe('unconfirmed');
      expect(await textOf(byTestId(card, 'confirmation-chip'))).toBe('Unconfirmed');

      // The patient's phone, in a second tab: the request arrives; the patient answers "C".
      const phone = await context.newPage();
      await phone.goto('/simulator');
      const thread = phone.locator(`[data-testid="sim-thread"][data-phone="${PHONE}"]`);
      // (The booking confirmation also invites C/R since replies to any appointment text count; wait for the 48 h request.)
      const request = byTestId(thread, 'sim-message').filter({ hasText: 'please confirm your' });
      await request.waitFor({ timeout: 20_000 });
      await byTestId(thread, 'sim-reply-input').fill('C');
      await byTestId(thread, 'sim-reply-send').click();
      await byTestId(thread, 'sim-message').filter({ hasText: "you're confirmed for" }).waitFor({ timeout: 20_000 });

      // Back on the front desk's calendar, untouched: the card has turned Confirmed.
      await page.locator(`[data-testid="appointment-card"][data-appointment-id="${appointmentId}"][data-confirmation-status="confirmed"]`).waitFor({ timeout: 20_000 });
      expect(await textOf(byTestId(card, 'confirmation-chip'))).toBe('Confirmed');
      expect(await marker.stillLoaded()).toBe(true);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'e2e-confirm-reply.png');
      expect(health.errors).toEqual([]);
    },
    TIMEOUT,
  );
  it(
    'raises a staff alert, live, when the patient asks to reschedule — and clears it when staff mark it done',
    async () => {
      const phone = await context.newPage();
      await phone.goto('/simulator');
      const thread = phone.locator(`[data-testid="sim-thread"][data-phone="${PHONE}"]`);
      await thread.waitFor();
      await byTestId(thread, 'sim-reply-input').fill('Something came up, can I reschedule?');
      await byTestId(thread, 'sim-reply-send').click();

      // The front desk's page, untouched: the alert count goes up and the panel explains why.
      await page.locator('[data-testid="alerts-count"]', { hasText: '1' }).waitFor({ timeout: 20_000 });
      await byTestId(page, 'alerts-button').click();
      const alert = page.locator('[data-testid="alert-item"][data-kind="reschedule_requested"]');
      await alert.waitFor();
      expect(await textOf(alert)).toContain('The patient asked to reschedule.');
      // It names whom (first name and last initial), so staff need not open it to know.
      expect(await textOf(byTestId(alert, 'alert-patient'))).toBe('Quinn R.');
      // "View appointment" opens it beside the calendar that is already on screen.
      await byTestId(alert, 'alert-appointment').click();
      await page.locator(`[data-testid="appointment-panel"][data-appointment-id="${appointmentId}"]`).waitFor();
      await byTestId(page, 'alerts-button').click();
      await byTestId(alert, 'alert-ack').click();
      await alert.waitFor({ state: 'detached' });
      await page.locator('[data-testid="alerts-count"]', { hasText: '0' }).waitFor();
      expect(health.errors).toEqual([]);
    },
    TIMEOUT,
  );
});
