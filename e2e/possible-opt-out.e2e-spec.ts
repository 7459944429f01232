import type { BrowserContext, Page } from 'playwright-core';
import { ConsentEvent, Message, Staff } from '@beacon/db';
import { eventually } from '../test/support/eventually.js';
import { RunningSystem } from '../test/support/running-system.js';
import { byTestId, loadedLocationSwitcher, patientTextsFromSimulator, screenshot, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const AUSTIN = 'Glow Aesthetics - Austin';
const PHONE = '+15125550156';
/** The classifier cannot call this one (see message-classifier.spec.ts): a person decides. */
const UNSURE = 'This number is on notice under the TCPA.';

describe('possible opt-out in the console: the thread asks staff to confirm, and a decision on one console shows on the other', () => {
  let system: RunningSystem;
  let bs: BrowserSystem | undefined;
  let frontdeskContext: BrowserContext;
  let frontdesk: Page;
  let owner: Page;
  let health: ReturnType<typeof watchPage>[];
  let conversationId = '';

  beforeAll(async () => {
    ({ system } = bs = await startBrowserSystem());
    const booked = await system.postBookingEvent(system.appointmentCreated('EXT-E2E-POSSIBLE', { firstName: 'Noor', lastName: 'Haddad', phone: PHONE }));
    expect(booked.status).toBe(202);
    conversationId = (await eventually(() => system.orm.em.fork().findOne(Message, { toNumber: PHONE, direction: 'outbound' }), 'confirmation')).conversationId;
    const [desk, own] = [await bs.newStaffPage(), await bs.newStaffPage()];
    [frontdeskContext, frontdesk, owner] = [desk.context, desk.page, own.page];
    health = [desk.health, own.health];
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    for (const h of health) expect(h.errors.splice(0)).toEqual([]);
  });

  async function openThread(page: Page, email: string, name: string): Promise<void> {
    await page.goto('/');
    await signIn(page, email, 'beacon-demo', name);
    await (await loadedLocationSwitcher(page)).selectOption({ label: AUSTIN });
    await page.goto(`/inbox/${conversationId}`);
    await page.locator('[data-testid="consent-banner"][data-state="opted_in"]').waitFor({ timeout: 15_000 });
  }

  it('shows "Possible opt-out — confirm" live on both consoles; "Not an opt-out" on one clears it on both, recorded with who decided', async () => {
    await openThread(frontdesk, 'frontdesk@glow.test', 'Frankie Dunn');
    const ownerName = (await system.orm.em.fork().findOneOrFail(Staff, { email: 'owner@glow.test' })).name;
    await openThread(owner, 'owner@glow.test', ownerName);
    expect(await byTestId(frontdesk, 'possible-opt-out-banner').count()).toBe(0);

    // The patient texts from the simulated phone.
    await patientTextsFromSimulator(frontdeskContext, PHONE, UNSURE);

    // Both open threads show the banner by themselves, with the text and two actions.
    for (const page of [frontdesk, owner]) {
      const banner = byTestId(page, 'possible-opt-out-banner');
      await banner.waitFor({ timeout: 20_000 });
      expect(await textOf(banner)).toContain('Possible opt-out — confirm');
      expect(await textOf(byTestId(banner, 'possible-opt-out-message'))).toBe(UNSURE);
      expect(await byTestId(banner, 'possible-opt-out-confirm').textContent()).toContain('Opt out');
      expect(await byTestId(banner, 'possible-opt-out-dismiss').textContent()).toContain('Not an opt-out');
    }
    // Appointment texts still go: the composer stays on.
    expect(await byTestId(frontdesk, 'composer-input').isEnabled()).toBe(true);
    await screenshot(frontdesk, 'screenshots/possible-opt-out.png');

    await byTestId(frontdesk, 'possible-opt-out-dismiss').click();
    await byTestId(frontdesk, 'possible-opt-out-banner').waitFor({ state: 'detached', timeout: 10_000 });
    // The other console hears of it and drops its banner without a reload.
    await byTestId(owner, 'possible-opt-out-banner').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await owner.locator('[data-testid="consent-banner"][data-state="opted_in"]').count()).toBe(1);

    const review = await system.orm.em.fork().execute<{ decision: string; decided_by: string }[]>('select decision, decided_by from opt_out_review');
    const frankie = await system.orm.em.fork().findOneOrFail(Staff, { email: 'frontdesk@glow.test' });
    expect(review).toEqual([{ decision: 'not_opt_out', decided_by: frankie.id }]);
    // The patient had not agreed to promotions before the pause: nothing false enters the ledger.
    expect(await system.orm.em.fork().count(ConsentEvent, { phone: PHONE, method: 'staff_decision' })).toBe(0);
  }, TIMEOUT);
});
