import type { Page } from 'playwright-core';
import { Appointment } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import { localParts, shiftLocalDate, zonedTimeToEpoch } from '@beacon/scheduling';
import { RunningSystem } from '../test/support/running-system.js';
import {
  byTestId,
  expectGlobalStylesApplied,
  loadedLocationSwitcher,
  markPage,
  screenshot,
  signIn,
  textOf,
  watchPage,
} from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const PASSWORD = 'beacon-demo';
const AUSTIN = 'Glow Aesthetics - Austin';
const TZ = 'America/Chicago';

/** Tomorrow at the Austin clinic, at a local wall-clock time. */
const tomorrow = shiftLocalDate(localParts(Date.now(), TZ), 1);
const tomorrowAt = (hour: number, minute = 0) => new Date(zonedTimeToEpoch({ ...tomorrow, hour, minute }, TZ)).toISOString();

interface Booking {
  externalId: string;
  startsAt: string;
  durationMinutes: number;
  providerName: string;
  serviceName: string;
  patient: { firstName: string; lastName: string; phone: string };
}

/**
 * The rest of tomorrow's book, so the day looks like a clinic day; some already answered. Everything is
 * in the afternoon, at least 13 hours away whenever the test runs, so the workflow's own 12-hour
 * high-risk check never changes a status under the test.
 */
const BACKGROUND: (Booking & { confirmationStatus?: 'confirmed' | 'high_risk' | 'reschedule_requested' })[] = [
  { externalId: 'EXT-CAL-E2E-1', startsAt: tomorrowAt(13), durationMinutes: 60, providerName: 'Nina Shah, NP', serviceName: 'HydraFacial', patient: { firstName: 'Ava', lastName: 'Garcia', phone: '(512) 555-0181' }, confirmationStatus: 'confirmed' },
  { externalId: 'EXT-CAL-E2E-2', startsAt: tomorrowAt(13, 30), durationMinutes: 30, providerName: 'Dr. Priya Lee', serviceName: 'Consultation', patient: { firstName: 'Mia', lastName: 'Nguyen', phone: '(512) 555-0182' }, confirmationStatus: 'high_risk' },
  { externalId: 'EXT-CAL-E2E-3', startsAt: tomorrowAt(14, 30), durationMinutes: 45, providerName: 'Nina Shah, NP', serviceName: 'Chemical peel', patient: { firstName: 'Emma', lastName: 'Patel', phone: '(512) 555-0183' } },
  { externalId: 'EXT-CAL-E2E-4', startsAt: tomorrowAt(15), durationMinutes: 60, providerName: 'Dr. Priya Lee', serviceName: 'Dermal filler', patient: { firstName: 'Sophia', lastName: 'Johnson', phone: '(512) 555-0184' }, confirmationStatus: 'reschedule_requested' },
  { externalId: 'EXT-CAL-E2E-5', startsAt: tomorrowAt(16), durationMinutes: 45, providerName: 'Nina Shah, NP', serviceName: 'Laser hair removal', patient: { firstName: 'Harper', lastName: 'Kim', phone: '(512) 555-0185' }, confirmationStatus: 'confirmed' },
];

const JORDAN: Booking = {
  externalId: 'EXT-CAL-E2E-JORDAN',
  startsAt: tomorrowAt(17),
  durationMinutes: 30,
  providerName: 'Dr. Priya Lee',
  serviceName: 'Botox',
  patient: { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' },
};

describe('calendar in a real browser: a booking shows up live, its panel has the timeline and the conversation', () => {
  let system: RunningSystem;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;
  let jordanAppointmentId = '';

  async function book(booking: Booking, eventId: string): Promise<string> {
    const res = await system.postBookingEvent({
      eventId,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: { id: booking.externalId, locationId: system.org.locations.austin.id, startsAt: booking.startsAt, durationMinutes: booking.durationMinutes, providerName: booking.providerName, serviceName: booking.serviceName, source: 'online', patient: booking.patient },
    });
    if (res.status !== 202) throw new Error(`booking ${eventId}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { appointmentId: string }).appointmentId;
  }

  /** What the worker does when a patient answers: change the status, then tell the consoles. */
  async function setConfirmation(appointmentId: string, confirmationStatus: 'unconfirmed' | 'confirmed' | 'high_risk' | 'reschedule_requested'): Promise<void> {
    const em = system.orm.em.fork();
    await em.nativeUpdate(Appointment, { id: appointmentId }, { confirmationStatus });
    await publishEvent(em, { type: 'appointment.updated', appointmentId, locationId: system.org.locations.austin.id });
  }

  const cardOf = (id: string) => page.locator(`[data-testid="appointment-card"][data-appointment-id="${id}"]`);

  beforeAll(async () => {
    ({ system, page, health } = bs = await startBrowserSystem());
    for (const [i, b] of BACKGROUND.entries()) {
      const id = await book(b, `evt-cal-e2e-bg-${i}`);
      if (b.confirmationStatus) await setConfirmation(id, b.confirmationStatus);
    }
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    const problems = health.errors.splice(0);
    expect(problems).toEqual([]);
  }, TIMEOUT);

  it('opens the calendar from the navigation, on today in the clinic’s time zone', async () => {
    await page.goto('/');
    await signIn(page, 'frontdesk@glow.test', PASSWORD, 'Frankie Dunn');
    const switcher = await loadedLocationSwitcher(page);
    await switcher.selectOption({ label: AUSTIN });

    // Calendar sits between Inbox and Patient simulator.
    const nav = await page.locator('nav[aria-label="Main"] a').evaluateAll((links) => links.map((a) => a.getAttribute('data-testid')));
    expect(nav.slice(nav.indexOf('nav-inbox'), nav.indexOf('nav-inbox') + 3)).toEqual(['nav-inbox', 'nav-calendar', 'nav-simulator']);
    await byTestId(page, 'nav-calendar').click();
    await page.waitForURL((url) => url.pathname === '/calendar');
    await byTestId(page, 'calendar').waitFor();
    await expectGlobalStylesApplied(page);
    expect(await byTestId(page, 'calendar-view-day').getAttribute('aria-pressed')).toBe('true');
    expect(await textOf(byTestId(page, 'calendar-heading'))).toContain('Today');
    expect(await byTestId(page, 'calendar-today').isDisabled()).toBe(true);
    await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 10_000 });

    // Tomorrow's day has the clinic's bookings, one column per provider, and the banner counts the unconfirmed one.
    await byTestId(page, 'calendar-next').click();
    await byTestId(page, 'calendar-heading').filter({ hasText: 'Tomorrow' }).waitFor();
    await byTestId(page, 'appointment-card').nth(BACKGROUND.length - 1).waitFor();
    expect(await byTestId(page, 'appointment-card').count()).toBe(BACKGROUND.length);
    expect(await byTestId(page, 'provider-column-head').allInnerTexts()).toEqual([expect.stringContaining('Dr. Priya Lee'), expect.stringContaining('Nina Shah, NP')]);
    await byTestId(page, 'unconfirmed-banner').filter({ hasText: '1 unconfirmed appointment tomorrow' }).waitFor();
    const highRisk = byTestId(page, 'appointment-card').filter({ hasText: 'Mia Nguyen' });
    expect(await highRisk.getAttribute('data-confirmation-status')).toBe('high_risk');
    expect(await highRisk.getAttribute('data-risk-level')).toBe('high');
    expect(await textOf(byTestId(highRisk, 'confirmation-chip'))).toBe('High risk');
    expect(await textOf(byTestId(byTestId(page, 'appointment-card').filter({ hasText: 'Sophia Johnson' }), 'confirmation-chip'))).toBe('Reschedule requested');
  }, TIMEOUT);

  it('shows a new booking on the open calendar as Unconfirmed, without a reload', async () => {
    const marker = await markPage(page);
    jordanAppointmentId = await book(JORDAN, 'evt-cal-e2e-jordan');

    const card = cardOf(jordanAppointmentId);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getAttribute('data-confirmation-status')).toBe('unconfirmed');
    expect(['low', 'medium', 'high']).toContain(await card.getAttribute('data-risk-level'));
    expect(await textOf(byTestId(card, 'appointment-patient'))).toBe('Jordan Avery');
    expect(await textOf(byTestId(card, 'confirmation-chip'))).toBe('Unconfirmed');
    expect(await textOf(card)).toContain('5:00 PM');
    expect(await textOf(card)).toContain('Botox');
    // In Dr. Lee's column.
    expect(await page.locator('[data-testid="provider-column"][data-provider="Dr. Priya Lee"]').locator(`[data-appointment-id="${jordanAppointmentId}"]`).count()).toBe(1);
    await byTestId(page, 'unconfirmed-banner').filter({ hasText: '2 unconfirmed appointments tomorrow' }).waitFor();
    expect(await marker.stillLoaded()).toBe(true);
  }, TIMEOUT);

  it('opens the appointment beside the calendar with the workflow timeline and the patient’s conversation', async () => {
    await cardOf(jordanAppointmentId).click();
    const panel = byTestId(page, 'appointment-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-appointment-id')).toBe(jordanAppointmentId);
    expect(new URL(page.url()).searchParams.get('appointment')).toBe(jordanAppointmentId);
    expect(await textOf(byTestId(panel, 'appointment-panel-patient'))).toBe('Jordan Avery');
    expect(await textOf(byTestId(panel, 'appointment-panel-confirmation'))).toBe('Unconfirmed');
    // Beside, not over, the calendar.
    const [calendarBox, panelBox] = [await byTestId(page, 'calendar-board').boundingBox(), await panel.boundingBox()];
    expect(calendarBox && panelBox && panelBox.x >= calendarBox.x + calendarBox.width - 1).toBe(true);

    const timeline = byTestId(panel, 'appointment-timeline');
    await byTestId(timeline, 'timeline-entry').filter({ hasText: 'Booking confirmation text' }).waitFor({ timeout: 20_000 });
    const entries = (await byTestId(timeline, 'timeline-entry').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(entries[0]).toMatch(/^Booked Booking system event evt-cal-e2e-jordan /);
    expect(entries).toEqual(expect.arrayContaining([expect.stringMatching(/^Booking confirmation text (Sent|Delivered) /)]));
    // …and what comes next, not only what is past: the 12 h high-risk check is still to come.
    const upcoming = byTestId(byTestId(panel, 'appointment-upcoming'), 'upcoming-step');
    await upcoming.filter({ hasText: 'High-risk check' }).waitFor();
    expect(await upcoming.filter({ hasText: 'High-risk check' }).textContent()).toContain('If still unconfirmed');

    const messages = byTestId(byTestId(panel, 'message-list'), 'message');
    await messages.first().waitFor();
    expect((await textOf(byTestId(messages.first(), 'message-body'))).startsWith('Hi Jordan, your appointment at Glow Aesthetics - Austin is booked for')).toBe(true);

    // The patient answers; the reply appears in the open panel.
    const marker = await markPage(page);
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await system.login('frontdesk@glow.test') },
      body: JSON.stringify({ from: '+15125550199', to: '+15125550100', body: 'See you at 5!' }),
    });
    expect(res.status).toBe(202);
    await byTestId(panel, 'message').and(page.locator('[data-direction="inbound"]')).filter({ hasText: 'See you at 5!' }).waitFor({ timeout: 20_000 });
    expect(await marker.stillLoaded()).toBe(true);
  }, TIMEOUT);

  it('updates the card in place when the patient confirms', async () => {
    const marker = await markPage(page);
    const card = cardOf(jordanAppointmentId);
    const before = await card.elementHandle();
    await setConfirmation(jordanAppointmentId, 'confirmed');
    await page.locator(`[data-testid="appointment-card"][data-appointment-id="${jordanAppointmentId}"][data-confirmation-status="confirmed"]`).waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId(card, 'confirmation-chip'))).toBe('Confirmed');
    expect(await card.getAttribute('data-risk-level')).toBe('low');
    // The same element, updated — not a re-rendered list.
    expect(await before?.evaluate((el) => el.isConnected)).toBe(true);
    // The panel follows, and the banner counts one fewer.
    await byTestId(page, 'appointment-panel-confirmation').filter({ hasText: 'Confirmed' }).waitFor();
    await byTestId(page, 'unconfirmed-banner').filter({ hasText: '1 unconfirmed appointment tomorrow' }).waitFor();
    expect(await marker.stillLoaded()).toBe(true);

    // Put it back to how it looked when it arrived, for the picture of the page.
    await setConfirmation(jordanAppointmentId, 'unconfirmed');
    await cardOf(jordanAppointmentId).and(page.locator('[data-confirmation-status="unconfirmed"]')).waitFor();
    await byTestId(page, 'unconfirmed-banner').filter({ hasText: '2 unconfirmed appointments tomorrow' }).waitFor();
    await byTestId(page, 'appointment-timeline').locator('[data-testid="timeline-entry"]').first().waitFor();
    await screenshot(page, 'e2e-calendar.png');
  }, TIMEOUT);

  it('switches to the week and back, and moves by week with prev/next/today', async () => {
    await byTestId(page, 'appointment-panel-close').click();
    await byTestId(page, 'appointment-panel').waitFor({ state: 'detached' });

    await byTestId(page, 'calendar-view-week').click();
    await page.locator('[data-testid="calendar-view-week"][aria-pressed="true"]').waitFor();
    await cardOf(jordanAppointmentId).waitFor();
    expect(await byTestId(page, 'appointment-card').count()).toBe(BACKGROUND.length + 1);
    await screenshot(page, 'e2e-calendar-week.png');

    const heading = await textOf(byTestId(page, 'calendar-heading'));
    await byTestId(page, 'calendar-next').click();
    await byTestId(page, 'calendar-heading').filter({ hasNotText: heading }).waitFor();
    await byTestId(page, 'calendar-prev').click();
    await byTestId(page, 'calendar-heading').filter({ hasText: heading }).waitFor();
    await cardOf(jordanAppointmentId).waitFor();

    // Back to the day: still tomorrow; "Today" jumps home.
    await byTestId(page, 'calendar-view-day').click();
    await byTestId(page, 'calendar-heading').filter({ hasText: 'Tomorrow' }).waitFor();
    await cardOf(jordanAppointmentId).waitFor();
    await byTestId(page, 'calendar-today').click();
    await byTestId(page, 'calendar-heading').filter({ hasText: 'Today' }).waitFor();
    await cardOf(jordanAppointmentId).waitFor({ state: 'detached' });
    expect(await byTestId(page, 'calendar-today').isDisabled()).toBe(true);
  }, TIMEOUT);
});
