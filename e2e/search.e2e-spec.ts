import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { Conversation, Message, Patient } from '@beacon/db';
import { RunningSystem } from '../test/support/running-system.js';
import { byTestId, loadedLocationSwitcher, signIn, textOf, watchPage } from './support/browser.js';
import { startBrowserSystem, type BrowserSystem } from './support/browser-system.js';

const TIMEOUT = 180_000;
const AUSTIN = 'Glow Aesthetics - Austin';
const OLD_TEXT = 'Is the zirconia mask safe after my chemical peel?';

describe('console search in a real browser', () => {
  let system: RunningSystem;
  let page: Page;
  let health: ReturnType<typeof watchPage>;
  let bs: BrowserSystem | undefined;
  let conversationId: string;

  beforeAll(async () => {
    ({ system, page, health } = bs = await startBrowserSystem({}, { withWorker: false }));
    // A thread with a message from two years ago, written through the ORM like any other (so indexed).
    const em = system.orm.em.fork();
    const patient = em.create(Patient, { organizationId: system.org.organizationId, firstName: 'Imogen', lastName: 'Vale', phone: '+15125550188', email: null });
    const longAgo = new Date(Date.now() - 2 * 365 * 24 * 3600_000);
    const conversation = em.create(Conversation, {
      id: randomUUID(),
      organizationId: system.org.organizationId,
      locationId: system.org.locations.austin.id,
      patientId: patient.id,
      status: 'open',
      lastMessageAt: new Date(),
      lastMessagePreview: 'See you soon',
      lastInboundAt: null,
      createdAt: longAgo,
      updatedAt: new Date(),
    });
    conversationId = conversation.id;
    const message = (body: string, createdAt: Date, direction: 'inbound' | 'outbound') =>
      em.create(Message, {
        id: randomUUID(),
        conversationId,
        direction,
        segments: 1,
        body,
        status: direction === 'inbound' ? 'received' : 'delivered',
        automated: false,
        kind: direction === 'inbound' ? 'patient_reply' : 'manual',
        fromNumber: direction === 'inbound' ? patient.phone : '+15125550100',
        toNumber: direction === 'inbound' ? '+15125550100' : patient.phone,
        providerSid: null,
        idempotencyKey: null,
        errorCode: null,
        errorMessage: null,
        sentByStaffId: null,
        createdAt,
        updatedAt: createdAt,
      });
    message(OLD_TEXT, longAgo, 'inbound');
    message('See you soon', new Date(), 'outbound');
    await em.flush();
  }, TIMEOUT);

  afterAll(async () => {
    await bs?.stop();
  }, TIMEOUT);

  afterEach(() => {
    expect(health.errors.splice(0)).toEqual([]);
  });

  it('finds an old message by a word in it and opens its thread', async () => {
    await page.goto('/');
    await signIn(page, 'frontdesk@glow.test', 'beacon-demo', 'Frankie Dunn');
    const switcher = await loadedLocationSwitcher(page);
    await switcher.selectOption({ label: AUSTIN });

    await byTestId(page, 'search-input').fill('Zirconia');
    const hit = byTestId(page, 'search-hit');
    await hit.first().waitFor({ timeout: 15_000 });
    expect(await hit.count()).toBe(1);
    expect(await textOf(byTestId(hit, 'search-hit-body'))).toBe(OLD_TEXT);
    expect(await textOf(hit)).toContain('Imogen Vale');

    // Half a word still finds it, and something that is nowhere says so.
    await byTestId(page, 'search-input').fill('zirc');
    await byTestId(page, 'search-hit').first().waitFor();
    await byTestId(page, 'search-input').fill('zirconia botox');
    await byTestId(page, 'search-empty').waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId(page, 'search-empty'))).toContain('Nothing matches');

    await byTestId(page, 'search-input').fill('zirconia peel');
    await byTestId(page, 'search-hit').first().waitFor({ timeout: 15_000 });
    await byTestId(page, 'search-hit').first().click();
    await page.waitForURL((url) => url.pathname === `/inbox/${conversationId}`);
    const bodies = byTestId(byTestId(page, 'message-list'), 'message-body');
    await bodies.first().waitFor();
    expect((await bodies.allInnerTexts()).map((t) => t.trim())).toEqual([OLD_TEXT, 'See you soon']);
  }, TIMEOUT);
});
