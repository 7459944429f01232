import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Organization, Staff } from '@beacon/db';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { freePort } from '../support/test-env.js';

const TIMEOUT = 120_000;
const run = promisify(execFile);
const PASSWORD = 'violet-harbor-candle-42';

interface LocalMail {
  subject: string;
  text: string;
  to: string[];
}

describe('a clinic signs itself up and sets up (sign-up, verification, invitations, integration keys, checklist)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    // As `npm start` runs it: the API hosts the loopback SMTP server the onboarding mail goes to.
    const smtpPort = String(await freePort());
    system = await RunningSystem.start({ SMTP_LOCAL_SERVER: 'true', SMTP_PORT: smtpPort, SIGNUP_MAX_PER_HOUR: '30' });
  }, TIMEOUT);

  afterAll(async () => {
    await system?.stop();
  }, TIMEOUT);

  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${system.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const get = (path: string, cookie?: string) => fetch(`${system.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const put = (path: string, body: unknown, cookie: string) => fetch(`${system.baseUrl}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  const localMail = async (email: string): Promise<LocalMail[]> => (await (await get(`/api/signup/local-mail?email=${encodeURIComponent(email)}`)).json()) as LocalMail[];
  const linkToken = (mail: LocalMail) => /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
  const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('beacon_session='))?.split(';')[0] ?? '';
  const signup = (email: string, overrides: Record<string, unknown> = {}) =>
    post('/api/signup', { organizationName: 'Lumen Skin Studio', ownerName: 'Maya Chen', email, password: PASSWORD, plan: 'starter', ...overrides });

  /** Signs up, opens the verification link from the local mailbox, and returns the owner's session. */
  async function signUpAndVerify(email: string, organizationName: string): Promise<string> {
    expect((await signup(email, { organizationName })).status).toBe(202);
    const [mail] = await eventually(async () => ((await localMail(email)).length ? localMail(email) : null), 'verification email');
    const verified = await post('/api/signup/verify', { token: linkToken(mail!) });
    expect(verified.status).toBe(200);
    return sessionCookie(verified);
  }

  it('creates the organisation with the chosen plan and an unverified owner; the emailed link verifies and signs in once', async () => {
    const email = 'maya@lumen-skin.test';
    const res = await signup(email);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'check_email', email, localMailbox: true });

    const owner = await system.orm.em.fork().findOneOrFail(Staff, { email });
    expect(owner).toMatchObject({ role: 'owner', emailVerifiedAt: null, locationIds: [] });
    expect((await system.orm.em.fork().findOneOrFail(Organization, owner.organizationId)).plan).toBe('starter');

    // Cannot sign in before the email is proven, even with the right password.
    const early = await post('/api/auth/login', { email, password: PASSWORD });
    expect(early.status).toBe(403);
    expect(((await early.json()) as { code: string }).code).toBe('EMAIL_NOT_VERIFIED');

    // The local mailbox shows the verification email with no account anywhere.
    const [mail] = await eventually(async () => ((await localMail(email)).length ? localMail(email) : null), 'verification email');
    expect(mail!.subject).toBe('Beacon: confirm your email to finish signing up');
    expect(mail!.text).toContain('/verify-email?token=');
    const token = linkToken(mail!);

    const verified = await post('/api/signup/verify', { token });
    expect(verified.status).toBe(200);
    const cookie = sessionCookie(verified);
    const me = (await (await get('/api/auth/me', cookie)).json()) as { staff: { email: string; role: string } };
    expect(me.staff).toMatchObject({ email, role: 'owner' });
    expect((await post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);

    const again = await post('/api/signup/verify', { token });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { code: string }).code).toBe('INVALID_LINK');
  }, TIMEOUT);

  it('answers a sign-up with an email that has an account exactly like a new one, and emails that account instead', async () => {
    const organisationsBefore = await system.orm.em.fork().count(Organization, {});
    const existing = await signup('owner@glow.test', { organizationName: 'Copycat Clinic' });
    const fresh = await signup('new.owner@copper-clinic.test', { organizationName: 'Copper Clinic' });
    expect(existing.status).toBe(fresh.status);
    const [a, b] = [(await existing.json()) as Record<string, unknown>, (await fresh.json()) as Record<string, unknown>];
    expect({ ...a, email: '' }).toEqual({ ...b, email: '' });
    expect(await system.orm.em.fork().count(Organization, {})).toBe(organisationsBefore + 1);
    const [mail] = await eventually(async () => ((await localMail('owner@glow.test')).length ? localMail('owner@glow.test') : null), 'already-registered email');
    expect(mail!.subject).toBe('Beacon: you already have an account');
    expect(mail!.text).not.toContain('token=');

    // Resend: the same answer for an unknown address and a known one.
    const unknown = await post('/api/signup/resend', { email: 'nobody@nowhere.test' });
    const known = await post('/api/signup/resend', { email: 'new.owner@copper-clinic.test' });
    expect([unknown.status, known.status]).toEqual([202, 202]);
    expect(Object.keys((await unknown.json()) as object)).toEqual(Object.keys((await known.json()) as object));
  }, TIMEOUT);

  it('refuses weak passwords with the reason', async () => {
    const cases: [string, RegExp][] = [
      ['short-pw-1', /at least 12 characters/],
      ['Password1234', /most common passwords/],
      ['weak@lumen-skin.test!', /must not contain your email/],
      ['LumenSkinStudio-99', /organisation's name/],
    ];
    for (const [password, reason] of cases) {
      const res = await signup('weak@lumen-skin.test', { password });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(reason);
    }
    expect(await system.orm.em.fork().count(Staff, { email: 'weak@lumen-skin.test' })).toBe(0);
  }, TIMEOUT);

  it('lets exactly one of several concurrent sign-ups with one new email succeed; the others get 409, never 500', async () => {
    const email = 'race@twin-clinic.test';
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => signup(email, { organizationName: `Twin Clinic ${i}` })));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 500)).toEqual([]);
    // Every request either created the account (202), lost the race (409), or saw the account already there (202, same answer).
    expect(statuses.every((s) => s === 202 || s === 409)).toBe(true);
    expect(await system.orm.em.fork().count(Staff, { email })).toBe(1);
    const owner = await system.orm.em.fork().findOneOrFail(Staff, { email });
    expect(await system.orm.em.fork().count(Organization, { name: { $like: 'Twin Clinic %' } })).toBe(1);
    expect(owner.role).toBe('owner');
    for (const r of answers.filter((a) => a.status === 409)) expect(((await r.json()) as { code: string }).code).toBe('SIGNUP_IN_PROGRESS');
  }, TIMEOUT);

  it('walks the checklist: location with hours, invited staff, an integration key (secret once, curl example, rotate, revoke), a delivered test text', async () => {
    const cookie = await signUpAndVerify('olivia@cedar-med.test', 'Cedar Medspa');
    const checklist = async () => (await (await get('/api/onboarding/checklist', cookie)).json()) as { steps: { id: string; done: boolean }[]; complete: boolean; sendingNumber: { provider: string; suggestion: string } };
    const done = async () => Object.fromEntries((await checklist()).steps.map((s) => [s.id, s.done]));
    const first = await checklist();
    expect(first.complete).toBe(false);
    expect(await done()).toEqual({ location: false, staff: false, integration: false, test_text: false });
    expect(first.sendingNumber.provider).toBe('simulator');
    expect(first.sendingNumber.suggestion).toMatch(/^\+1737555\d{4}$/);

    // 1. A location with the suggested simulator number, then its business hours.
    const location = (await (await post('/api/locations', { name: 'Cedar Medspa - Denver', timeZone: 'America/Denver', phoneNumber: first.sendingNumber.suggestion }, cookie)).json()) as { id: string };
    expect((await done()).location).toBe(false);
    const weekday = [{ open: '09:00', close: '17:00' }];
    const hours = await put(`/api/locations/${location.id}/after-hours`, { businessHours: { '0': [], '1': weekday, '2': weekday, '3': weekday, '4': weekday, '5': weekday, '6': [] }, enabled: false, message: '' }, cookie);
    expect(hours.status).toBe(200);
    expect((await done()).location).toBe(true);
    expect((await checklist()).sendingNumber.suggestion).not.toBe(first.sendingNumber.suggestion);

    // 2. Invite a front desk person: no password from the owner; they choose theirs through the emailed link.
    const invited = await post('/api/staff', { name: 'Finn Baker', email: 'finn@cedar-med.test', role: 'front_desk', locationIds: [location.id] }, cookie);
    expect(invited.status).toBe(201);
    expect(((await invited.json()) as { invitationPending: boolean }).invitationPending).toBe(true);
    expect((await done()).staff).toBe(true);
    const [invitation] = await eventually(async () => ((await localMail('finn@cedar-med.test')).length ? localMail('finn@cedar-med.test') : null), 'invitation email');
    expect(invitation!.subject).toBe('Beacon: Maya Chen invited you to Cedar Medspa');
    expect(invitation!.text).toContain('/accept-invitation?token=');
    expect((await post('/api/invitations/accept', { token: linkToken(invitation!), password: 'finn-cedar-med' })).status).toBe(400);
    const accepted = await post('/api/invitations/accept', { token: linkToken(invitation!), password: 'quiet-meadow-lantern-7' });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { staff: { role: string } }).staff.role).toBe('front_desk');
    expect((await post('/api/auth/login', { email: 'finn@cedar-med.test', password: 'quiet-meadow-lantern-7' })).status).toBe(200);

    // 3. A booking-system key: the secret is in the creation answer only.
    const created = await post('/api/integrations', { name: 'Cedar booking' }, cookie);
    expect(created.status).toBe(201);
    const key = (await created.json()) as { id: string; keyId: string; secret: string; curlExample: string; lastUsedAt: string | null };
    expect(key.secret).toMatch(/^bsk_/);
    expect(key.lastUsedAt).toBeNull();
    const listed = await (await get('/api/integrations', cookie)).text();
    expect(listed).toContain(key.keyId);
    expect(listed).not.toContain(key.secret);
    expect((await done()).integration).toBe(true);

    // The copy-paste example, run as a person would (bash, openssl, curl), passes the booking endpoint's signature check.
    const { stdout } = await run('bash', ['-c', key.curlExample]);
    expect(JSON.parse(stdout)).toMatchObject({ test: true, integration: 'Cedar booking' });
    const afterCurl = ((await (await get('/api/integrations', cookie)).json()) as { id: string; lastUsedAt: string | null }[]).find((i) => i.id === key.id);
    expect(afterCurl?.lastUsedAt).not.toBeNull();
    const tested = await post(`/api/integrations/${key.id}/test-event`, {}, cookie);
    expect(tested.status).toBe(200);
    expect(await tested.json()).toMatchObject({ ok: true });

    // Rotation: the old secret stops working, the new one works.
    const rotated = (await (await post(`/api/integrations/${key.id}/rotate`, {}, cookie)).json()) as { secret: string; curlExample: string };
    expect(rotated.secret).not.toBe(key.secret);
    expect((await system.postBookingEvent({ type: 'integration.test', eventId: 'x' }, { key: key.keyId, secret: key.secret })).status).toBe(401);
    expect((await system.postBookingEvent({ type: 'integration.test', eventId: 'x' }, { key: key.keyId, secret: rotated.secret })).status).toBe(202);

    // Revocation: refused at once; the step is no longer done (no active key).
    expect((await post(`/api/integrations/${key.id}/revoke`, {}, cookie)).status).toBe(200);
    const refused = await system.postBookingEvent({ type: 'integration.test', eventId: 'y' }, { key: key.keyId, secret: rotated.secret });
    expect(refused.status).toBe(401);
    expect((await post(`/api/integrations/${key.id}/test-event`, {}, cookie)).status).toBe(409);
    expect((await done()).integration).toBe(false);
    await post('/api/integrations', { name: 'Cedar booking (new)' }, cookie);

    // 4. The durable test send, delivered by the simulator to the owner's phone.
    const sent = await post(`/api/locations/${location.id}/messaging-settings/test-send`, { kind: 'reminder', toPhone: '+17205550142' }, cookie);
    expect(sent.status).toBe(200);
    await eventually(async () => (await done()).test_text, 'the test text delivered', 30_000);
    expect((await checklist()).complete).toBe(true);
  }, TIMEOUT);

  it('keeps organisations apart: a new clinic sees neither the demo clinic’s keys, staff nor checklist data', async () => {
    const cookie = await signUpAndVerify('ada@birch-clinic.test', 'Birch Clinic');
    const demoOwner = await system.login('owner@glow.test');
    const demoKeys = (await (await get('/api/integrations', demoOwner)).json()) as { id: string; keyId: string }[];
    expect(demoKeys.map((k) => k.keyId)).toContain('demo-booking-system');
    expect(await (await get('/api/integrations', cookie)).json()).toEqual([]);
    for (const action of ['rotate', 'revoke', 'test-event']) expect((await post(`/api/integrations/${demoKeys[0]!.id}/${action}`, {}, cookie)).status).toBe(404);
    const staff = (await (await get('/api/staff', cookie)).json()) as { email: string }[];
    expect(staff.map((s) => s.email)).toEqual(['ada@birch-clinic.test']);
    expect(await (await get('/api/locations', cookie)).json()).toEqual([]);
    expect(Object.values(Object.fromEntries(((await (await get('/api/onboarding/checklist', cookie)).json()) as { steps: { id: string; done: boolean }[] }).steps.map((s) => [s.id, s.done])))).toEqual([false, false, false, false]);
  }, TIMEOUT);

  it('limits sign-up requests per address (429 with a reason), without creating anything', async () => {
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) status = (await post('/api/signup/resend', { email: `flood${i}@spam.test` })).status;
    expect(status).toBe(429);
    const res = await signup('late@spam.test', { organizationName: 'Late Clinic' });
    expect(res.status).toBe(429);
    expect(((await res.json()) as { code: string }).code).toBe('TOO_MANY_SIGNUPS');
    expect(await system.orm.em.fork().count(Staff, { email: 'late@spam.test' })).toBe(0);
  }, TIMEOUT);
});
