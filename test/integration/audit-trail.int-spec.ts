import { AuditEvent } from '@beacon/db';
import { RunningSystem } from '../support/running-system.js';

interface AuditPage {
  events: { seq: number; action: string; outcome: string; actor: { staffId: string | null; label: string }; ip: string | null; userAgent: string | null; details: Record<string, unknown> }[];
  nextCursor: number | null;
}

describe('HIPAA audit trail (real API and PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
    owner = await system.login('owner@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const get = (path: string, cookie = owner) => fetch(`${system.baseUrl}${path}`, { headers: { cookie, 'user-agent': 'audit-spec/1.0' } });
  const loginAttempt = (email: string, password: string) =>
    fetch(`${system.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'audit-spec/1.0' }, body: JSON.stringify({ email, password }) });

  it('records successful and failed logins with who, when and from where', async () => {
    expect((await loginAttempt('frontdesk@glow.test', 'wrong-password')).status).toBe(401);
    expect((await loginAttempt('frontdesk@glow.test', 'beacon-demo')).status).toBe(200);

    const res = await get('/api/audit?limit=20');
    expect(res.status).toBe(200);
    const page = (await res.json()) as AuditPage;
    const failed = page.events.find((e) => e.action === 'auth.login_failed');
    expect(failed).toMatchObject({ outcome: 'denied', actor: { label: 'frontdesk@glow.test' }, ip: '127.0.0.1', userAgent: 'audit-spec/1.0', details: { reason: 'wrong_password' } });
    const ok = page.events.find((e) => e.action === 'auth.login' && e.actor.label === 'frontdesk@glow.test');
    expect(ok).toMatchObject({ outcome: 'success', ip: '127.0.0.1', userAgent: 'audit-spec/1.0' });
    expect(failed!.seq).toBeLessThan(ok!.seq);
  });

  it('keeps one unbroken chain under concurrent writers, and says so', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => loginAttempt('owner@glow.test', `not-it-${i}`)));
    const res = await get('/api/audit/verify');
    expect(res.status).toBe(200);
    const result = (await res.json()) as { ok: boolean; checked: number };
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(28);
    const seqs = (await system.orm.em.fork().find(AuditEvent, { organizationId: system.org.organizationId }, { orderBy: { seq: 'asc' } })).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('refuses to change or delete entries in the database', async () => {
    const conn = system.orm.em.getConnection();
    await expect(conn.execute(`update audit_event set actor_label = 'nobody'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`truncate audit_event`)).rejects.toThrow(/append-only/);
  });

  it('detects an entry edited around the trigger, in the API', async () => {
    const conn = system.orm.em.getConnection();
    const [target] = await conn.execute<{ seq: string }[]>(`select seq from audit_event where organization_id = ? and action = 'auth.login_failed' order by seq limit 1`, [system.org.organizationId]);
    // What someone with database access might try: switch the trigger off and rewrite history.
    await conn.execute(`alter table audit_event disable trigger audit_event_no_change`);
    await conn.execute(`update audit_event set actor_label = 'someone-else@glow.test' where organization_id = ? and seq = ?`, [system.org.organizationId, target!.seq]);
    await conn.execute(`alter table audit_event enable trigger audit_event_no_change`);

    const result = (await (await get('/api/audit/verify')).json()) as { ok: boolean; firstBroken: { seq: number; reason: string } };
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: Number(target!.seq), reason: 'hash_mismatch' });
  });

  it('lets only the owner read it, validates filters, pages and exports CSV', async () => {
    const frontDesk = await system.login('frontdesk@glow.test');
    const forbidden = await get('/api/audit', frontDesk);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'OWNER_ONLY', message: 'Only the practice owner can see the audit trail.' });

    const bad = await get('/api/audit?action=delete_everything&limit=1000');
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { details: string[] };
    expect(badBody.details.join(' ')).toMatch(/action.*must be one of/);
    expect(badBody.details.join(' ')).toMatch(/limit.*at most 200/);

    const first = (await (await get('/api/audit?action=auth.login_failed&limit=5')).json()) as AuditPage;
    expect(first.events).toHaveLength(5);
    expect(first.events.every((e) => e.action === 'auth.login_failed')).toBe(true);
    const second = (await (await get(`/api/audit?action=auth.login_failed&limit=5&cursor=${first.nextCursor}`)).json()) as AuditPage;
    expect(second.events[0]!.seq).toBeLessThan(first.events[4]!.seq);

    const csv = await get('/api/audit/export?action=auth.login');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('seq,occurred_at,action,outcome,actor,actor_staff_id,patient_id,target_type,target_id,ip,user_agent,details,hash');
    expect(lines.slice(1).every((l) => l.split(',')[2] === 'auth.login')).toBe(true);

    // A refused export answers the JSON error body as JSON, not as a CSV attachment (found by the fuzzer).
    const badExport = await get('/api/audit/export?action=delete_everything');
    expect({ status: badExport.status, type: badExport.headers.get('content-type'), disposition: badExport.headers.get('content-disposition') }).toEqual({
      status: 400,
      type: expect.stringMatching(/^application\/json/),
      disposition: null,
    });
    expect(await badExport.json()).toMatchObject({ code: 'VALIDATION_FAILED' });

    const exports = (await (await get('/api/audit?action=audit.export')).json()) as AuditPage;
    expect(exports.events[0]).toMatchObject({ action: 'audit.export', actor: { label: 'owner@glow.test' } });
  });
});
