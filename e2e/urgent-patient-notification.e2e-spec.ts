import { StaffAlert } from '@beacon/db';
import { eventually } from '../test/support/eventually.js';
import { byTestId, patientTextsFromSimulator, screenshot, signIn, textOf } from './support/browser.js';
import type { BrowserSystem } from './support/browser-system.js';
import { startWithLocalMailAndPatient } from './support/notification-system.js';

const TIMEOUT = 180_000;
const PHONE = '+15125550178';
const URGENT = 'My lip is so swollen and it really hurts since the filler yesterday';

describe('an urgent patient text: a live alert in the console and an email with a link, no words or number', () => {
  let b: BrowserSystem;

  beforeAll(async () => {
    b = await startWithLocalMailAndPatient('EXT-E2E-URGENT', { firstName: 'Odessa', lastName: 'Fairweather', phone: PHONE });
  }, TIMEOUT);

  afterAll(async () => {
    await b?.stop();
  }, TIMEOUT);

  it('shows the urgent alert live, emails owners and front desk, and the email’s link opens the thread where staff can mark the patient VIP', async () => {
    const { system, context, page, health } = b;
    await page.goto('/');
    await signIn(page, 'owner@glow.test', 'beacon-demo', 'Olivia Reyes');
    await patientTextsFromSimulator(context, PHONE, URGENT);

    // Live in the alerts menu, with the patient's short name for those who may see them, and not their words.
    await eventually(() => system.orm.em.fork().findOne(StaffAlert, { kind: 'urgent_patient_message' }), 'the urgent alert');
    await byTestId(page, 'alerts-button').click();
    const alert = page.locator('[data-testid="alert-item"][data-kind="urgent_patient_message"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId(alert, 'alert-patient'))).toBe('Odessa F.');
    const alertText = await textOf(alert);
    for (const words of ['swollen', 'hurts', 'filler']) expect(alertText).not.toContain(words);
    await byTestId(page, 'alerts-button').click();

    // Both emails arrive at the loopback SMTP server; the owner reads them on "Sent email".
    await eventually(async () => (await system.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from local_mail where subject like '%Urgent patient message%'`))[0]?.n === '2', 'both emails received');
    await byTestId(page, 'nav-settings').click();
    await byTestId(page, 'nav-sent-email').click();
    await page.waitForURL((url) => url.pathname === '/sent-email');
    const urgent = byTestId(page, 'sent-email').filter({ hasText: 'Urgent patient message' });
    await urgent.first().waitFor({ timeout: 15_000 });
    expect(await urgent.count()).toBe(2);
    const text = await textOf(urgent.first());
    expect(text).toContain('Beacon: Urgent patient message (pain, swelling, reaction) at Glow Aesthetics - Austin');
    for (const phi of ['Odessa', 'Fairweather', '0178', '512', 'swollen', 'hurts', 'filler']) expect(text).not.toContain(phi);
    const to = (await urgent.locator('[data-testid="sent-email-to"]').allInnerTexts()).map((t) => t.split(' · ')[0]).sort();
    expect(to).toEqual(['To frontdesk@glow.test', 'To owner@glow.test']);
    await screenshot(page, 'screenshots/urgent-email.png');

    // The link leads into the patient's thread, where the text and the context panel are.
    const link = /\/inbox\/[0-9a-f-]{36}/.exec(text)?.[0];
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.getByText(URGENT).first().waitFor({ timeout: 15_000 });
    const vip = byTestId(page, 'context-vip-toggle');
    await vip.waitFor({ timeout: 15_000 });
    expect(await byTestId(page, 'context-vip-badge').count()).toBe(0);
    await vip.click();
    await byTestId(page, 'context-vip-badge').waitFor({ timeout: 15_000 });
    expect(await textOf(vip)).toBe('Remove VIP mark');
    const [row] = await system.orm.em.fork().execute<{ vip: boolean }[]>('select vip from patient where phone = ?', [PHONE]);
    expect(row?.vip).toBe(true);
    await screenshot(page, 'screenshots/urgent-thread-vip.png');

    // Settings: lifetime spend from $800 counts as VIP at this location.
    await byTestId(page, 'nav-settings').click();
    const threshold = byTestId(page, 'vip-threshold');
    await threshold.waitFor({ timeout: 15_000 });
    await threshold.fill('0');
    await byTestId(page, 'vip-rule-save').click();
    expect(await textOf(byTestId(page, 'vip-rule-error'))).toContain('at least $1');
    await threshold.fill('800');
    await byTestId(page, 'vip-rule-save').click();
    await byTestId(page, 'vip-rule-saved').waitFor({ timeout: 15_000 });
    const [location] = await system.orm.em.fork().execute<{ vip_lifetime_spend_cents: number | null }[]>('select vip_lifetime_spend_cents from location where id = ?', [system.org.locations.austin.id]);
    expect(location?.vip_lifetime_spend_cents).toBe(80_000);

    // The notification settings beside it: VIP texts emailed to owners only.
    const vipRow = byTestId(page, 'notification-vip_patient_texted');
    await vipRow.getByLabel('VIP patient texted: Front desk').uncheck();
    await byTestId(page, 'notification-settings-save').click();
    await byTestId(page, 'notification-settings-saved').waitFor({ timeout: 15_000 });
    const [setting] = await system.orm.em.fork().execute<{ roles: string[] }[]>("select roles from notification_setting where location_id = ? and event_type = 'vip_patient_texted'", [system.org.locations.austin.id]);
    expect(setting?.roles).toEqual(['owner']);
    // The hours form shares the same load/save plumbing.
    await byTestId(page, 'after-hours-save').click();
    await byTestId(page, 'after-hours-saved').waitFor({ timeout: 15_000 });
    expect(health.errors).toEqual([]);
  });
});
