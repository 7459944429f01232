import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { RunningSystem } from '../../test/support/running-system.js';
import { launchChromium, newStaffContext, requireBuiltConsole, watchPage } from './browser.js';

/** The real system serving the built console, plus one Chromium page on it: what every browser spec starts with. */
export interface BrowserSystem {
  system: RunningSystem;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  health: ReturnType<typeof watchPage>;
  /** Another person's browser on the same system: its own context (cookies), a page, its health. */
  newStaffPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page; health: ReturnType<typeof watchPage> }>;
  stop(): Promise<void>;
}

export async function startBrowserSystem(
  overrides: Record<string, string> = {},
  options: { withWorker?: boolean; context?: BrowserContextOptions } = {},
): Promise<BrowserSystem> {
  const { context: contextOptions, ...systemOptions } = options;
  const system = await RunningSystem.start({ CONSOLE_DIST: requireBuiltConsole(), ...overrides }, systemOptions);
  const browser = await launchChromium();
  const context = await newStaffContext(browser, system.baseUrl, contextOptions);
  const page = await context.newPage();
  return {
    system,
    browser,
    context,
    page,
    health: watchPage(page),
    async newStaffPage(options = {}) {
      const other = await newStaffContext(browser, system.baseUrl, options);
      const otherPage = await other.newPage();
      return { context: other, page: otherPage, health: watchPage(otherPage) };
    },
    async stop() {
      await browser.close();
      await system.stop();
    },
  };
}
