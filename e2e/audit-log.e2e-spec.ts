import type { BrowserContext, Page } from 'playwright-core';
import { Organization } from '@beacon/db';
import { postSignedTwilioForm } from '@beacon/messaging';
import { eventually } from '../test/support/eventually.js';
import { RunningSystem } from '../test/support/running-system.js';
import { TEST_AUTH_TOKEN } from '../test/support/test-env.js';
import { byTestId, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;

describe('the owner’s audit log in a real browser', () => {
  let system: RunningSystem;
  let context: BrowserContext;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;

  beforeAll(async () => {
    ({ system, context, page, health } = bs = await startBrowserSystem({}, { withWorker: false }));
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  });

  it('lists, filters, exports and verifies the trail, and saves the retention period', async () => {
    await page.goto('/');
    await signIn(page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
    await byTestId(page, 'nav-audit').click();
    await page.waitForURL((url) => url.pathname === '/audit');
    const rows = byTestId(page, 'audit-row');
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await byTestId(page, 'audit-row').and(page.locator('[data-action="auth.login"]')).count()).toBeGreaterThan(0);

    await byTestId(page, 'audit-filter-action').selectOption('auth.login');
    await byTestId(page, 'audit-apply').click();
    await eventually(async () => {
      const actions = (await byTestId(page, 'audit-row-action').allInnerTexts()).map((t) => t.trim());
      return actions.length > 0 && actions.every((a) => a === 'auth.login');
    }, 'only logins listed', 10_000);
    expect(await byTestId(page, 'audit-export').getAttribute('href')).toBe('/api/audit/export?action=auth.login');
    const csv = await page.evaluate(async () => {
      const res = await fetch('/api/audit/export?action=auth.login');
      return { status: res.status, text: await res.text() };
    });
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toMatch(/^seq,occurred_at,action,/);
    expect(csv.text).toContain('owner@glow.test');

    await byTestId(page, 'audit-verify').click();
    const result = byTestId(page, 'audit-verify-result');
    await result.waitFor({ timeout: 10_000 });
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await textOf(result)).toMatch(/^Intact: all \d+ entries check out/);

    await byTestId(page, 'retention-years').fill('6');
    await byTestId(page, 'retention-save').click();
    await eventually(async () => (await system.orm.em.fork().findOneOrFail(Organization, system.org.organizationId)).retentionYears === 6, 'retention saved', 10_000);
  }, TIMEOUT);

  it('names patients and staff: filters by part of a patient\'s name and by a staff member picked from a list, no ids needed', async () => {
    // A patient texts the clinic and the owner reads the thread: an audited view that names the patient.
    expect((await system.postBookingEvent(system.appointmentCreated('audit-names', { firstName: 'Wilma', lastName: 'Thistlewood', phone: '+15125550177' }))).status).toBe(202);
    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: `SM${'7'.repeat(32)}`, AccountSid: `AC${'1'.repeat(32)}`, From: '+15125550177', To: '+15125550100', Body: 'Is my visit still on?', NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);
    const [thread] = await system.orm.em.fork().execute<{ id: string }[]>(`select c.id from conversation c join patient p on p.id = c.patient_id where p.phone = '+15125550177'`);
    expect((await context.request.get(`/api/conversations/${thread!.id}/messages`)).status()).toBe(200);

    await page.reload();
    await byTestId(page, 'audit-filter-action').selectOption('');
    await byTestId(page, 'audit-filter-patient').fill('thistle');
    await byTestId(page, 'audit-filter-patient').press('Tab');
    await byTestId(page, 'audit-apply').click();
    const viewed = byTestId(page, 'audit-row').and(page.locator('[data-action="conversation.view"]'));
    await viewed.first().waitFor();
    await eventually(async () => {
      const patients = (await byTestId(page, 'audit-row-patient').allInnerTexts()).map((t) => t.trim());
      return patients.length > 0 && patients.every((p) => p === 'Wilma Thistlewood');
    }, 'only entries about Wilma Thistlewood, by name', 10_000);

    // Who: picked by name; only the owner's own entries about her remain.
    await byTestId(page, 'audit-filter-staff').selectOption({ label: 'Olivia Reyes' });
    await byTestId(page, 'audit-apply').click();
    await eventually(async () => {
      const rows = await byTestId(page, 'audit-row').all();
      const who = await Promise.all(rows.map(async (r) => (await r.locator('td').nth(2).innerText()).trim()));
      return who.length > 0 && who.every((w) => w === 'owner@glow.test');
    }, "only the owner's entries", 10_000);
    const exported = new URL((await byTestId(page, 'audit-export').getAttribute('href'))!, system.baseUrl).searchParams;
    expect([exported.get('patient'), exported.get('staffId')]).toEqual(['thistle', expect.stringMatching(/^[0-9a-f-]{36}$/)]);

    // A name nobody has: nothing, said plainly.
    await byTestId(page, 'audit-filter-patient').fill('Nobody Byth');
    await byTestId(page, 'audit-filter-patient').press('Tab');
    await byTestId(page, 'audit-apply').click();
    await page.locator('[data-testid="audit-table"] td', { hasText: 'No entries match these filters.' }).waitFor();
  }, TIMEOUT);

  it('is not offered to other staff', async () => {
    const other = await context.browser()!.newContext({ baseURL: system.baseUrl });
    const p = await other.newPage();
    await p.goto('/');
    await signIn(p, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    expect(await byTestId(p, 'nav-audit').count()).toBe(0);
    await p.goto('/audit');
    await p.waitForURL((url) => url.pathname === '/inbox');
    await other.close();
  }, TIMEOUT);
});
