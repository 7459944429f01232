import type { BrowserContext, Page } from 'playwright-core';
import { Organization } from '@beacon/db';
import { eventually } from '../test/support/eventually.js';
import { RunningSystem } from '../test/support/running-system.js';
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
