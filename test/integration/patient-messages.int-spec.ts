import { randomUUID } from 'node:crypto';
import { AuditEvent, ConsentEvent, Message } from '@beacon/db';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';

const PHONE = '+15125550171';

describe('staff texting a patient: identifier warning, consent status and re-consent', () => {
  let system: RunningSystem;
  let frontdesk: string;
  let conversationId: string;

  async function call(method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${system.baseUrl}/api${path}`, { method, headers: { cookie: frontdesk, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const lastAudit = async (action: string) => (await system.orm.em.fork().find(AuditEvent, { action }, { orderBy: { seq: 'desc' }, limit: 1 }))[0];

  beforeAll(async () => {
    system = await RunningSystem.start();
    frontdesk = await system.login('frontdesk@glow.test');
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { cookie: frontdesk, 'content-type': 'application/json' }, body: JSON.stringify({ from: PHONE, to: '+15125550100', body: 'Hi, is there parking?' }) });
    expect(res.status).toBe(202);
    const inbound = await eventually(() => system.orm.em.fork().findOne(Message, { fromNumber: PHONE }), 'inbound text');
    conversationId = inbound.conversationId;
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('sends a plain text and records the send and the view in the audit trail', async () => {
    const sent = await call('POST', `/conversations/${conversationId}/messages`, { clientMessageId: randomUUID(), body: 'Yes, free parking behind the building.' });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ body: 'Yes, free parking behind the building.', direction: 'outbound', kind: 'manual' });
    expect(await lastAudit('message.send')).toMatchObject({ actorLabel: 'frontdesk@glow.test', targetId: sent.body['id'], outcome: 'success' });

    expect((await call('GET', `/conversations/${conversationId}/messages`)).status).toBe(200);
    expect(await lastAudit('conversation.view')).toMatchObject({ actorLabel: 'frontdesk@glow.test', targetId: conversationId });
  });

  it('refuses a text with a Social Security number unless staff choose to send anyway, which is audited', async () => {
    const before = await system.orm.em.fork().count(Message, { toNumber: PHONE });
    const refused = await call('POST', `/conversations/${conversationId}/messages`, { clientMessageId: randomUUID(), body: 'We have your SSN as 123-45-6789, correct?' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'IDENTIFIER_DETECTED', details: ['ssn'] });
    expect(refused.body['message']).toContain('looks like a Social Security number');
    expect(refused.body['message']).not.toContain('123-45');
    expect(await system.orm.em.fork().count(Message, { toNumber: PHONE })).toBe(before);

    const override = await call('POST', `/conversations/${conversationId}/messages`, { clientMessageId: randomUUID(), body: 'We have your SSN as 123-45-6789, correct?', allowIdentifiers: true });
    expect(override.status).toBe(202);
    const audit = await lastAudit('message.phi_override');
    expect(audit).toMatchObject({ actorLabel: 'frontdesk@glow.test', details: { kinds: ['ssn'] } });
    expect(JSON.stringify(audit!.details)).not.toContain('6789');
  });

  it('shows an opt-out plainly, refuses to text, and re-opens only with a recorded re-consent', async () => {
    const stop = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { cookie: frontdesk, 'content-type': 'application/json' }, body: JSON.stringify({ from: PHONE, to: '+15125550100', body: 'STOP' }) });
    expect(stop.status).toBe(202);
    const consent = await eventually(async () => {
      const res = await call('GET', `/conversations/${conversationId}/consent`);
      return res.body['canText'] === false ? res.body : null;
    }, 'the opt-out');
    expect(consent['transactional']).toMatchObject({ status: 'opted_out', method: 'keyword', message: { body: 'STOP' } });
    expect(consent['blockedReason']).toMatch(/^This patient opted out of texts on .+ \(texted a stop\/start keyword\)\. Texts can't be sent until the patient agrees again/);

    const refused = await call('POST', `/conversations/${conversationId}/messages`, { clientMessageId: randomUUID(), body: 'Are you sure?' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'PATIENT_OPTED_OUT', message: consent['blockedReason'] });

    const noReason = await call('POST', `/conversations/${conversationId}/consent`, {});
    expect(noReason.status).toBe(400);
    const recorded = await call('POST', `/conversations/${conversationId}/consent`, { reason: 'Patient called and asked to get appointment texts again' });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ canText: true, transactional: { status: 'opted_in', method: 'verbal_staff', staff: { name: 'Frankie Dunn' } } });
    const ledger = await system.orm.em.fork().find(ConsentEvent, { phone: PHONE, kind: 'transactional' }, { orderBy: { createdAt: 'asc' } });
    expect(ledger.map((e) => `${e.action}:${e.method}:${e.staffId ? 'staff' : '-'}`).slice(-2)).toEqual(['opt_out:keyword:-', 'opt_in:verbal_staff:staff']);
    expect(await lastAudit('consent.update')).toMatchObject({ actorLabel: 'frontdesk@glow.test', details: { kind: 'transactional', action: 'opt_in', method: 'verbal_staff' } });

    expect((await call('POST', `/conversations/${conversationId}/messages`, { clientMessageId: randomUUID(), body: 'Welcome back!' })).status).toBe(202);
  });
});
