import { StaffAlert } from '@beacon/db';
import { eventually } from '../test/support/eventually.js';
import { byTestId, patientTextsFromSimulator, screenshot, signIn, textOf } from './support/browser.js';
import type { BrowserSystem } from './support/browser-system.js';
import { startWithLocalMailAndPatient } from './support/notification-system.js';

const TIMEOUT = 180_000;
const PHONE = '+15125550177';
const UNHAPPY = 'I am very disappointed, the staff was rude and this is unacceptable';

describe('an unhappy patient text reaches staff by email, readable on the console’s Sent email page (local SMTP server)', () => {
  let b: BrowserSystem;

  beforeAll(async () => {
    b = await startWithLocalMailAndPatient('EXT-E2E-NOTIFY', { firstName: 'Imogen', lastName: 'Thackeray', phone: PHONE });
  }, TIMEOUT);

  afterAll(async () => {
    await b?.stop();
  }, TIMEOUT);

  it('emails owners and front desk with a link and no name, number or words; the owner reads it in the console', async () => {
    const { system, context, page, health } = b;
    await page.goto('/');
    await signIn(page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
    await patientTextsFromSimulator(context, PHONE, UNHAPPY);

    // The alert is live in the console; its email goes out from the worker.
    await eventually(() => system.orm.em.fork().findOne(StaffAlert, { kind: 'patient_complaint' }), 'the unhappy-patient alert');
    await eventually(async () => (await system.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from local_mail where subject like '%Unhappy patient%'`))[0]?.n === '2', 'both emails received');

    // Owners reach "Sent email" from Settings → Email notifications.
    await byTestId(page, 'nav-settings').click();
    await byTestId(page, 'nav-sent-email').click();
    await page.waitForURL((url) => url.pathname === '/sent-email');
    const mails = byTestId(page, 'sent-email');
    await mails.first().waitFor({ timeout: 15_000 });
    const unhappy = mails.filter({ hasText: 'Unhappy patient message' });
    expect(await unhappy.count()).toBe(2);
    const text = await textOf(unhappy.first());
    expect(text).toContain('Beacon: Unhappy patient message at Glow Aesthetics - Austin');
    expect(text).toMatch(/\/inbox\/[0-9a-f-]{36}/);
    for (const phi of ['Imogen', 'Thackeray', '0177', 'disappointed']) expect(text).not.toContain(phi);
    const to = (await unhappy.locator('[data-testid="sent-email-to"]').allInnerTexts()).map((t) => t.split(' · ')[0]).sort();
    expect(to).toEqual(['To frontdesk@glow.test', 'To owner@glow.test']);
    await screenshot(page, 'screenshots/sent-email.png');
    expect(health.errors).toEqual([]);
  });
});
