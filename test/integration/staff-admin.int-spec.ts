import { AuditEvent } from '@beacon/db';
import { RunningSystem } from '../support/running-system.js';

interface StaffView {
  id: string;
  email: string;
  role: string;
  active: boolean;
  locationIds: string[];
  permissions: Record<string, boolean>;
}

describe('staff admin, login throttling and password reset (real API and PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;

  beforeAll(async () => {
    system = await RunningSystem.start({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_MINUTES: '15' }, { withWorker: false });
    owner = await system.login('owner@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const send = (method: string, path: string, body?: unknown, cookie = owner) =>
    fetch(`${system.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const login = (email: string, password: string) =>
    fetch(`${system.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const auditOf = async (action: string) =>
    (await system.orm.em.fork().find(AuditEvent, { organizationId: system.org.organizationId, action }, { orderBy: { seq: 'asc' } })).map((e) => ({ target: e.targetId, actor: e.actorLabel, outcome: e.outcome, details: e.details }));

  it('lets the owner add a person with a role preset, change their flags and locations, all audited with a diff', async () => {
    const austin = system.org.locations.austin.id;
    const created = await send('POST', '/api/staff', { name: 'Tara Quinn', email: 'Tara@Glow.test', role: 'treatment_coordinator', locationIds: [austin], password: 'first-password-1' });
    expect(created.status).toBe(201);
    const tara = (await created.json()) as StaffView;
    expect(tara).toMatchObject({ email: 'tara@glow.test', role: 'treatment_coordinator', active: true, locationIds: [austin] });
    expect(tara.permissions).toMatchObject({ canSendMessages: true, viewAllConversations: true, seeContactDetails: false, manageStaff: false });

    const updated = await send('PATCH', `/api/staff/${tara.id}`, { permissions: { ...tara.permissions, seeContactDetails: true }, locationIds: [austin, system.org.locations['san-diego'].id] });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as StaffView).permissions.seeContactDetails).toBe(true);

    expect(await auditOf('staff.create')).toEqual([expect.objectContaining({ target: tara.id, actor: 'owner@glow.test' })]);
    expect(await auditOf('permissions.update')).toEqual([expect.objectContaining({ target: tara.id, details: { permissions: { seeContactDetails: { from: false, to: true } } } })]);
    expect(await auditOf('staff.update')).toEqual([expect.objectContaining({ target: tara.id, details: { locationIds: { added: [system.org.locations['san-diego'].id], removed: [] } } })]);

    // The new flag applies to her next request: she now sees full numbers.
    const list = (await (await send('GET', '/api/staff')).json()) as StaffView[];
    expect(list.map((s) => s.email)).toEqual(expect.arrayContaining(['tara@glow.test', 'owner@glow.test', 'provider@glow.test']));
  });

  it('refuses bad input with sentences, and never locks the owner out of their own account', async () => {
    const dup = await send('POST', '/api/staff', { name: 'Again', email: 'frontdesk@glow.test', role: 'front_desk', locationIds: [system.org.locations.austin.id], password: 'long-enough-pw' });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toMatchObject({ code: 'EMAIL_TAKEN' });

    const bad = await send('POST', '/api/staff', { name: '', email: 'x', role: 'boss', locationIds: [], password: 'short' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/email: must be an email address.*role: must be one of/);

    const me = ((await (await send('GET', '/api/staff')).json()) as StaffView[]).find((s) => s.email === 'owner@glow.test')!;
    const selfDeactivate = await send('POST', `/api/staff/${me.id}/deactivate`);
    expect(selfDeactivate.status).toBe(409);
    const selfDemote = await send('PATCH', `/api/staff/${me.id}`, { role: 'front_desk' });
    expect(selfDemote.status).toBe(409);
    expect(((await selfDemote.json()) as { message: string }).message).toBe('You cannot take away your own right to manage staff. Ask another owner to do it.');

    const frontDesk = await system.login('frontdesk@glow.test');
    const forbidden = await send('GET', '/api/staff', undefined, frontDesk);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'PERMISSION_DENIED', message: 'Your account is not allowed to manage staff. Ask the practice owner to change your permissions.' });
  });

  it('throttles failed sign-ins per email and address (429 with when to retry), audited', async () => {
    for (let i = 0; i < 3; i++) expect((await login('assistant@glow.test', `wrong-${i}`)).status).toBe(401);
    const refused = await login('assistant@glow.test', 'beacon-demo');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/^Too many failed sign-in attempts\. Try again in 1[45] minutes/) });
    // Another account is not affected.
    expect((await login('frontdesk.sd@glow.test', 'beacon-demo')).status).toBe(200);
    const failed = (await auditOf('auth.login_failed')).filter((e) => e.actor === 'assistant@glow.test');
    expect(failed.map((e) => e.details['reason'])).toEqual(['wrong_password', 'wrong_password', 'wrong_password', 'too_many_attempts']);
  });

  it('lets the owner reset a password: the old one stops working and the person is signed out everywhere', async () => {
    const providerCookie = await system.login('provider@glow.test');
    expect((await send('GET', '/api/auth/me', undefined, providerCookie)).status).toBe(200);
    const provider = ((await (await send('GET', '/api/staff')).json()) as StaffView[]).find((s) => s.email === 'provider@glow.test')!;

    expect((await send('POST', `/api/staff/${provider.id}/password`, { password: 'brand-new-password' })).status).toBe(204);
    expect((await send('GET', '/api/auth/me', undefined, providerCookie)).status).toBe(401);
    expect((await login('provider@glow.test', 'beacon-demo')).status).toBe(401);
    expect((await login('provider@glow.test', 'brand-new-password')).status).toBe(200);
    expect(await auditOf('auth.password_reset')).toEqual([expect.objectContaining({ target: provider.id, actor: 'owner@glow.test', details: { sessionsRevoked: 1 } })]);
  });

  it('deactivating someone ends their session and blocks sign-in until reactivated', async () => {
    const sdCookie = await system.login('frontdesk.sd@glow.test');
    const sam = ((await (await send('GET', '/api/staff')).json()) as StaffView[]).find((s) => s.email === 'frontdesk.sd@glow.test')!;
    expect(((await (await send('POST', `/api/staff/${sam.id}/deactivate`)).json()) as StaffView).active).toBe(false);
    expect((await send('GET', '/api/auth/me', undefined, sdCookie)).status).toBe(401);
    expect((await login('frontdesk.sd@glow.test', 'beacon-demo')).status).toBe(401);
    expect((await send('POST', `/api/staff/${sam.id}/reactivate`)).status).toBe(200);
    expect((await login('frontdesk.sd@glow.test', 'beacon-demo')).status).toBe(200);
    expect(await auditOf('staff.deactivate')).toEqual([expect.objectContaining({ target: sam.id })]);
  });
});
