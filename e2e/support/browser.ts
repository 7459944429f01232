import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../test/support/test-env.js';

/** Where `ng build` puts the console; the API serves it when started with CONSOLE_DIST. */
export const CONSOLE_DIST = join(REPO_ROOT, 'dist', 'console');
export const REPORTS_DIR = join(REPO_ROOT, 'reports');

/** Fails (never skips) when the console has not been built. */
export function requireBuiltConsole(): string {
  const candidates = [join(CONSOLE_DIST, 'index.html'), join(CONSOLE_DIST, 'browser', 'index.html')];
  if (!candidates.some((file) => existsSync(file))) {
    throw new Error(
      `The browser tests need the built console, but ${candidates[0]} does not exist.\n` +
        'Build it first:  cd apps/console && npm exec -- ng build   (or: npx nx run console:build)',
    );
  }
  return CONSOLE_DIST;
}

/** The system's Chromium, headless. Never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh browser profile (cookies, localStorage) pointed at the running system; `options` override the defaults. */
export async function newStaffContext(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'America/Chicago',
    // The production build registers an Angular service worker; a test must always see the server's answers.
    serviceWorkers: 'block',
    ...options,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Records what would break the page for a real user: uncaught exceptions, failed script/style loads and
 * anything the Content-Security-Policy blocked. (Console errors for expected 401/403 answers are not
 * failures and are kept separately for diagnostics.)
 */
export function watchPage(page: Page): { errors: string[]; consoleErrors: string[] } {
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (['script', 'stylesheet', 'document'].includes(req.resourceType())) errors.push(`failed to load ${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    consoleErrors.push(msg.text());
    if (/Content Security Policy/i.test(msg.text())) errors.push(`blocked by CSP: ${msg.text()}`);
  });
  return { errors, consoleErrors };
}

/**
 * The global stylesheet (buttons, selects, screen-reader-only labels…) is really in effect: every
 * stylesheet link applies to the screen, and the visually hidden "Location" label takes no space.
 */
export async function expectGlobalStylesApplied(page: Page): Promise<void> {
  const links = page.locator('link[rel="stylesheet"]');
  const count = await links.count();
  if (count === 0) throw new Error('the page has no stylesheet link');
  for (let i = 0; i < count; i += 1) {
    const media = await links.nth(i).getAttribute('media');
    if (media !== null && media !== 'all' && media !== 'screen') {
      throw new Error(`stylesheet ${await links.nth(i).getAttribute('href')} only applies to media="${media}": the global styles are not in effect`);
    }
  }
  const hiddenLabel = await page.locator('label[for="location-switcher"]').boundingBox();
  if (!hiddenLabel || hiddenLabel.width > 1 || hiddenLabel.height > 1) {
    throw new Error(`the screen-reader-only "Location" label is visible (${JSON.stringify(hiddenLabel)}): the global styles are not in effect`);
  }
}

export const byTestId = (scope: Page | Locator, id: string): Locator => scope.locator(`[data-testid="${id}"]`);

/** Visible text, whitespace collapsed (what a person reads). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** Fills the login form and submits it (does not wait for the outcome). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await byTestId(page, 'login-email').fill(email);
  await byTestId(page, 'login-password').fill(password);
  await byTestId(page, 'login-submit').click();
}

/** Signs in and waits until the inbox is on screen with the staff member's name. */
export async function signIn(page: Page, email: string, password: string, expectedName: string): Promise<void> {
  await byTestId(page, 'login-email').waitFor();
  await submitLogin(page, email, password);
  await page.waitForURL((url) => url.pathname === '/inbox');
  await byTestId(page, 'staff-name').filter({ hasText: expectedName }).waitFor();
}

/** The location switcher once the staff member's locations have loaded (it is disabled until then). */
export async function loadedLocationSwitcher(page: Page): Promise<Locator> {
  const switcher = page.locator('[data-testid="location-switcher"]:enabled');
  await switcher.waitFor();
  return switcher;
}

export async function optionLabels(select: Locator): Promise<string[]> {
  return (await select.locator('option').allInnerTexts()).map((t) => t.trim());
}

/** Waits until the conversation list has finished loading (not busy, skeleton gone). */
export async function loadedConversationList(page: Page): Promise<Locator> {
  const list = page.locator('[data-testid="conversation-list"][aria-busy="false"]');
  await list.waitFor();
  await list.locator('.skeleton').first().waitFor({ state: 'detached' });
  return list;
}

/**
 * Puts a marker on the page's window. It survives client-side navigation and live updates but not a
 * reload, so `stillLoaded()` proves the page was never reloaded since.
 */
export async function markPage(page: Page): Promise<{ stillLoaded: () => Promise<boolean> }> {
  const token = `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await page.evaluate(`window.__beaconE2eMarker = ${JSON.stringify(token)}`);
  return { stillLoaded: async () => (await page.evaluate<unknown>('window.__beaconE2eMarker')) === token };
}

export async function screenshot(page: Page, file: string): Promise<string> {
  const path = join(REPORTS_DIR, file);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The patient texts `body` from the patient simulator in a tab of its own; resolves once the server has the text. */
export async function patientTextsFromSimulator(context: BrowserContext, phone: string, body: string): Promise<void> {
  const tab = await context.newPage();
  await tab.goto('/simulator');
  const thread = tab.locator(`[data-testid="sim-thread"][data-phone="${phone}"]`);
  await thread.waitFor({ timeout: 15_000 });
  await byTestId(thread, 'sim-reply-input').fill(body);
  await byTestId(thread, 'sim-reply-send').click();
  await byTestId(thread, 'sim-message').and(tab.locator('[data-direction="from_patient"]:not([data-pending])')).filter({ hasText: body }).waitFor({ timeout: 15_000 });
  await tab.close();
}
