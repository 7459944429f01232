import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { Organization, Staff } from '@beacon/db';
import { freePort } from '../test/support/test-env.js';
import { REPORTS_DIR, byTestId, newStaffContext, screenshot, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 240_000;
const OWNER = { clinic: 'Willow Skin Studio', name: 'Priya Natarajan', email: 'priya@willow-skin.test', password: 'amber-lantern-orchard-73' };
const OWNER_PHONE = '(512) 555-0123';

describe('a new clinic goes from the sign-up page to its first text in the simulator, in the browser only', () => {
  let b: BrowserSystem;

  beforeAll(async () => {
    // As `npm start` runs it: the loopback SMTP server, whose mail a clinic without any account can read.
    b = await startBrowserSystem({ SMTP_LOCAL_SERVER: 'true', SMTP_PORT: String(await freePort()) });
  }, TIMEOUT);

  afterAll(async () => {
    await b?.stop();
  }, TIMEOUT);

  it('signs up, confirms the email, walks the setup checklist and receives the test text (timed)', async () => {
    const { page, health, system } = b;
    let actions = 0;
    /** Every click and every field filled is one action of a person. */
    const click = async (l: Locator) => {
      actions++;
      await l.click();
    };
    const fill = async (l: Locator, value: string) => {
      actions++;
      await l.fill(value);
    };
    const step = (id: string) => page.locator(`[data-testid="setup-step-${id}"][data-done="true"]`);
    const started = Date.now();

    // Sign up: clinic, owner, password, plan.
    await page.goto('/login');
    await click(byTestId(page, 'login-signup-link'));
    await page.waitForURL((url) => url.pathname === '/signup');
    await fill(byTestId(page, 'signup-org'), OWNER.clinic);
    await fill(byTestId(page, 'signup-name'), OWNER.name);
    await fill(byTestId(page, 'signup-email'), OWNER.email);
    await fill(byTestId(page, 'signup-password'), 'willow-1');
    expect(await textOf(byTestId(page, 'signup-password-hint'))).toContain('At least 12 characters');
    await fill(byTestId(page, 'signup-password'), OWNER.password);
    await click(byTestId(page, 'signup-plan-starter'));
    await click(byTestId(page, 'signup-submit'));

    // The verification email, read locally on the same page (no mailbox, no command line).
    await byTestId(page, 'signup-check-email').waitFor();
    const link = byTestId(page, 'signup-local-mail-link');
    await link.waitFor({ timeout: 15_000 });
    await click(link);
    await page.waitForURL((url) => url.pathname === '/setup', { timeout: 15_000 });
    expect(await textOf(byTestId(page, 'setup-progress'))).toBe('0 of 4 steps done');

    // 1. A location: the simulator number is filled in; then business hours in one click.
    const locations = byTestId(page, 'locations-card');
    await click(byTestId(locations, 'location-add'));
    const editor = byTestId(locations, 'location-editor');
    expect(await editor.locator('input[name="phoneNumber"]').inputValue()).toMatch(/^\+1737555\d{4}$/);
    await fill(editor.locator('input[name="name"]'), 'Willow - Austin');
    await editor.locator('select[name="timeZone"]').selectOption('America/Chicago');
    actions++;
    await click(editor.locator('button[type="submit"]'));
    await byTestId(locations, 'location-row').filter({ hasText: 'Willow - Austin' }).waitFor();
    await click(byTestId(page, 'hours-weekdays'));
    await click(byTestId(page, 'after-hours-save'));
    await byTestId(page, 'after-hours-saved').waitFor();
    await step('location').waitFor({ timeout: 10_000 });

    // 2. Invite a front desk person (no password: they get an email to choose one).
    await click(byTestId(page, 'setup-go-staff'));
    await click(byTestId(page, 'staff-new'));
    await fill(byTestId(page, 'staff-name-input'), 'Jamie Front');
    await fill(byTestId(page, 'staff-email-input'), 'jamie@willow-skin.test');
    await byTestId(page, 'staff-role-select').selectOption('front_desk');
    actions++;
    const where = page.locator('[data-testid^="staff-location-"]').first();
    if (!(await where.isChecked())) await click(where);
    await click(byTestId(page, 'staff-save'));
    expect(await textOf(byTestId(page, 'staff-notice'))).toContain('Invited Jamie Front');
    await click(byTestId(page, 'staff-back-to-setup'));
    await step('staff').waitFor({ timeout: 10_000 });

    // 3. A booking-system key: the secret and a signed example once; a test event passes the signature check.
    const keys = byTestId(page, 'integrations-card');
    await click(byTestId(keys, 'integration-create'));
    await byTestId(keys, 'integration-secret-panel').waitFor();
    const keyId = await byTestId(keys, 'integration-key-id').inputValue();
    expect(await byTestId(keys, 'integration-secret').inputValue()).toMatch(/^bsk_/);
    expect(await byTestId(keys, 'integration-curl').inputValue()).toContain(`x-beacon-key: ${keyId}`);
    await click(byTestId(keys, 'integration-secret-done'));
    await click(byTestId(keys, 'integration-test'));
    // The notice still says the key was created until the test event has been answered.
    const notice = byTestId(keys, 'integration-notice');
    await notice.filter({ hasText: 'passed the signature check' }).waitFor();
    expect(await textOf(notice)).toContain('passed the signature check');
    await byTestId(keys, 'integration-last-used').filter({ hasNotText: 'Never' }).waitFor();
    await step('integration').waitFor({ timeout: 10_000 });

    // 4. The test text to the owner's phone, through the durable send path.
    await fill(byTestId(page, 'setup-test-phone'), OWNER_PHONE);
    await click(byTestId(page, 'setup-test-send'));
    await byTestId(page, 'setup-test-status').filter({ hasText: 'Sent to +15125550123' }).waitFor({ timeout: 15_000 });
    await byTestId(page, 'setup-complete').waitFor({ timeout: 20_000 });
    await screenshot(page, 'screenshots/onboarding-setup-complete.png');

    // The text, as the owner's phone received it, in the patient simulator.
    await click(byTestId(page, 'setup-go-simulator'));
    const thread = page.locator('[data-testid="sim-thread"][data-phone="+15125550123"]');
    await thread.waitFor({ timeout: 15_000 });
    await byTestId(thread, 'sim-message').and(page.locator('[data-direction="to_patient"]')).first().waitFor();
    const elapsedMs = Date.now() - started;

    // What was built is what the clinic chose, in its own organisation.
    const owner = await system.orm.em.fork().findOneOrFail(Staff, { email: OWNER.email });
    expect((await system.orm.em.fork().findOneOrFail(Organization, owner.organizationId)).plan).toBe('starter');
    expect(owner.emailVerifiedAt).not.toBeNull();
    expect(health.errors).toEqual([]);

    const report = { path: 'sign-up page → first test text delivered in the simulator', elapsedSeconds: Math.round(elapsedMs / 100) / 10, personActions: actions, targetSeconds: 300 };
    mkdirSync(REPORTS_DIR, { recursive: true });
    writeFileSync(join(REPORTS_DIR, 'onboarding-timing.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`onboarding: ${report.elapsedSeconds} s in the browser, ${actions} clicks and fields\n`);
    expect(elapsedMs).toBeLessThan(300_000);
  }, TIMEOUT);
  it('lets the invited person choose a password through the link the owner sees on the Sent email page, and sign in', async () => {
    const { page, browser, system } = b;
    await page.goto('/sent-email');
    const invitation = byTestId(page, 'sent-email').filter({ hasText: 'invited you to Willow Skin Studio' });
    await invitation.first().waitFor({ timeout: 15_000 });
    const link = /https?:\/\/\S+?(\/accept-invitation\?token=[A-Za-z0-9_-]+)/.exec(await textOf(invitation.first()))?.[1];
    expect(link).toBeDefined();

    const jamie = await newStaffContext(browser, system.baseUrl);
    const tab = await jamie.newPage();
    const tabHealth = watchPage(tab);
    await tab.goto(link!);
    await byTestId(tab, 'invite-password').fill('short-pw');
    await byTestId(tab, 'invite-submit').click();
    expect(await textOf(byTestId(tab, 'invite-error'))).toContain('at least 12 characters');
    await byTestId(tab, 'invite-password').fill('copper-meadow-violin-5');
    await byTestId(tab, 'invite-submit').click();
    await tab.waitForURL((url) => url.pathname.startsWith('/inbox'));
    expect(await byTestId(tab, 'nav-staff').count()).toBe(0);
    expect(tabHealth.errors).toEqual([]);
    await jamie.close();
  }, TIMEOUT);
});
