import type { Page } from 'playwright-core';
import { AuditEvent } from '@beacon/db';
import { RunningSystem } from '../test/support/running-system.js';
import { byTestId, loadedConversationList, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;

/** Owners manage staff in the console; everyone is signed out after the configured inactivity. */
describe('staff admin and automatic log-off in the console', () => {
  let system: RunningSystem;
  let bs: BrowserSystem | undefined;

  async function pageFor(email: string, name: string): Promise<Page> {
    const { page } = await bs!.newStaffPage();
    await page.goto('/login');
    await signIn(page, email, 'beacon-demo', name);
    return page;
  }

  beforeAll(async () => {
    ({ system } = bs = await startBrowserSystem({ SESSION_IDLE_MINUTES: '1' }, { withWorker: false }));
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  it(
    'the owner gives the coordinator contact details: the flag is saved and audited with a diff; presets fill the flags; only owners get the page',
    async () => {
      const owner = await pageFor('owner@glow.test', 'Olivia Reyes');
      const health = watchPage(owner);
      await byTestId(owner, 'nav-staff').click();
      const row = owner.locator('[data-testid="staff-row"][data-email="coordinator@glow.test"]');
      await row.waitFor();
      expect(await textOf(byTestId(row, 'staff-role'))).toBe('Treatment coordinator');
      await byTestId(row, 'staff-edit').click();
      const editor = byTestId(owner, 'staff-editor');
      expect(await byTestId(editor, 'perm-seeContactDetails').isChecked()).toBe(false);
      await byTestId(editor, 'perm-seeContactDetails').check();
      await byTestId(editor, 'staff-save').click();
      await byTestId(owner, 'staff-notice').filter({ hasText: 'Saved changes to Casey Morgan.' }).waitFor();

      const audit = await system.orm.em.fork().find(AuditEvent, { organizationId: system.org.organizationId, action: 'permissions.update' });
      expect(audit.map((e) => e.details)).toEqual([{ permissions: { seeContactDetails: { from: false, to: true } } }]);

      // Choosing a role preset fills the flags.
      await byTestId(row, 'staff-edit').click();
      await byTestId(editor, 'staff-role-select').selectOption('provider');
      expect(await byTestId(editor, 'perm-viewOwnPatientsOnly').isChecked()).toBe(true);
      expect(await byTestId(editor, 'perm-viewAllConversations').isChecked()).toBe(false);
      await owner.getByRole('button', { name: 'Cancel' }).click();
      expect(health.errors).toEqual([]);

      // Not offered to anyone else.
      const desk = await pageFor('frontdesk@glow.test', 'Frankie Dunn');
      expect(await byTestId(desk, 'nav-staff').count()).toBe(0);
      await desk.goto('/staff');
      await desk.waitForURL((url) => url.pathname === '/inbox');
    },
    TIMEOUT,
  );

  it(
    'signs out by itself after a minute without activity, and says why',
    async () => {
      const page = await pageFor('assistant@glow.test', 'Alex Kim');
      await loadedConversationList(page);
      await page.waitForURL((url) => url.pathname === '/login', { timeout: 90_000 });
      await page.getByText('You were signed out after 1 minute without activity. Please sign in again.').waitFor();
      // The session is really over on the server, too.
      const me = await page.evaluate<number>("fetch('/api/auth/me').then((r) => r.status)");
      expect(me).toBe(401);
    },
    TIMEOUT,
  );
});
