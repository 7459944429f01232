import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { Appointment, Conversation, Message, Organization, Patient } from '@beacon/db';
import type { RunningSystem } from '../test/support/running-system.js';
import { byTestId, screenshot, signIn, textOf, type watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const DAY = 86_400_000;

describe('Outcomes & usage in a real browser: the owner sees rates, revenue with its method, the usage meter and the plan, and downloads the CSV', () => {
  let booted: BrowserSystem;
  let system: RunningSystem;
  let context: BrowserContext;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let conversationId: string;

  beforeAll(async () => {
    booted = await startBrowserSystem({}, { context: { acceptDownloads: true } });
    ({ system, context, page, health } = booted);
    // Professional: multi-location is outside the plan and must show disabled, with the reason.
    const em = system.orm.em.fork();
    await em.nativeUpdate(Organization, { id: system.org.organizationId }, { plan: 'professional' });
    const now = Date.now();
    const patient = em.create(Patient, { id: randomUUID(), organizationId: system.org.organizationId, firstName: 'Nora', lastName: 'Outcome', phone: '+15125557801', email: null, createdAt: new Date() });
    const conversation = em.create(Conversation, { id: randomUUID(), organizationId: system.org.organizationId, locationId: system.org.locations.austin.id, patientId: patient.id, status: 'open', lastMessageAt: new Date(), lastMessagePreview: '', lastInboundAt: null, createdAt: new Date(), updatedAt: new Date() });
    const appointment = (status: 'booked' | 'completed' | 'no_show', confirmation: 'confirmed' | 'unconfirmed', price: number | null) => {
      const id = randomUUID();
      em.create(Appointment, {
        id, organizationId: system.org.organizationId, integrationId: system.org.integrationId, externalId: `E2E-OUT-${id}`, locationId: system.org.locations.austin.id, patientId: patient.id,
        startsAt: new Date(now - 10 * DAY), durationMinutes: 30, providerName: 'Dr. Priya Lee', serviceName: 'Botox', source: 'staff', status, confirmationStatus: confirmation, version: 1, lastEventAt: null, priceCents: price, createdAt: new Date(now - 30 * DAY), updatedAt: new Date(),
      });
      return id;
    };
    const recovered = appointment('booked', 'confirmed', 12_500);
    appointment('no_show', 'unconfirmed', 9_000);
    appointment('completed', 'confirmed', 20_000);
    const at = new Date(now - 12 * DAY);
    em.create(Message, {
      id: randomUUID(), conversationId: conversation.id, direction: 'outbound', body: 'Reply C to confirm', segments: 1, status: 'delivered', automated: true, kind: 'confirmation_request', fromNumber: '+15125550100', toNumber: patient.phone,
      providerSid: null, idempotencyKey: `appointment-${recovered}:confirmation_request:v1`, errorCode: null, errorMessage: null, sentByStaffId: null, createdAt: at, updatedAt: at,
    });
    await em.flush();
    conversationId = conversation.id;
  }, TIMEOUT);

  afterAll(async () => {
    await booted?.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  }, TIMEOUT);

  it('shows everything on one page, charts drawn by the bundled chart library', async () => {
    await page.goto('/login');
    await signIn(page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
    await byTestId(page, 'nav-outcomes').click();
    await page.waitForURL((url) => url.pathname === '/outcomes');

    await byTestId(page, 'usage-card').waitFor();
    expect(await textOf(byTestId(page, 'usage-figures'))).toMatch(/^\d+ of 5,000 included/);
    expect(await textOf(byTestId(page, 'usage-projection'))).toMatch(/Projected by month end: \d+/);

    const multi = page.locator('[data-testid="plan-feature"][data-feature="multiLocation"]');
    expect(await multi.getAttribute('aria-disabled')).toBe('true');
    expect(await textOf(byTestId(multi, 'plan-feature-reason'))).toMatch(/not included in the Professional plan \(included from Enterprise\)/);
    expect(await page.locator('[data-testid="plan-feature"][data-feature="smartReplies"]').getAttribute('aria-disabled')).toBe('false');

    expect(await textOf(byTestId(page, 'revenue-figure'))).toBe('$125.00');
    expect(await textOf(byTestId(page, 'revenue-method'))).toMatch(/^How: Appointments still unconfirmed when their first 48 h confirmation request was sent/);
    const noShows = page.locator('[data-testid="outcome-tile"][data-metric="noShowRate"] strong');
    expect(await textOf(noShows)).toBe('50%');

    // chart.js drew on the canvas (it is bundled: nothing is fetched from elsewhere).
    const drawn = await page.locator('[data-testid="rates-chart"] canvas').evaluate((el) => {
      const canvas = el as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null };
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) return false;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
      return false;
    });
    expect(drawn).toBe(true);
    await screenshot(page, 'screenshots/outcomes.png');
  }, TIMEOUT);

  it('downloads the CSV of what is shown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'outcomes-export').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('period_start,appointments,confirmation_rate,no_show_rate,late_cancellation_rate,reschedule_rate,outbound_texts,delivery_rate,median_response_minutes');
    expect(csv).toMatch(/\r\nrevenue_recovered_cents,12500\r\n/);
  }, TIMEOUT);

  it('shows the overage in the composer before a text over the allowance is sent', async () => {
    const em = system.orm.em.fork();
    const now = new Date();
    em.create(Message, {
      id: randomUUID(), conversationId, direction: 'outbound', body: 'earlier texts', segments: 5000, status: 'delivered', automated: true, kind: 'bulk', fromNumber: '+15125550100', toNumber: '+15125557801',
      providerSid: null, idempotencyKey: null, errorCode: null, errorMessage: null, sentByStaffId: null, createdAt: now, updatedAt: now,
    });
    await em.flush();
    await page.goto(`/inbox/${conversationId}`);
    const input = byTestId(page, 'composer-input');
    await input.fill('See you at 3 today!');
    const overage = byTestId(page, 'composer-overage');
    await overage.waitFor({ timeout: 10_000 });
    expect(await textOf(overage)).toBe("This message goes over this month's 5,000 included texts by 1 text: $0.02 overage ($0.02 per text). It will still be sent.");
    expect(await byTestId(page, 'composer-send').isDisabled()).toBe(false);
  }, TIMEOUT);

  it('is not offered to front-desk staff', async () => {
    const other = await context.browser()!.newContext({ baseURL: system.baseUrl });
    const frontDesk = await other.newPage();
    await frontDesk.goto('/login');
    await signIn(frontDesk, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    expect(await byTestId(frontDesk, 'nav-outcomes').count()).toBe(0);
    await other.close();
  }, TIMEOUT);
});
