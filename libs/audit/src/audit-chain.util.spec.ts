import { describe, expect, it } from '@jest/globals';
import { auditEntryHash, canonicalJson, GENESIS_HASH, verifyChainEntries, type ChainedAuditFields } from './audit-chain.util.js';

function chain(n: number) {
  const entries: (ChainedAuditFields & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const fields: ChainedAuditFields = {
      seq,
      organizationId: 'org-1',
      occurredAt: new Date(Date.UTC(2026, 10, 25, 9, 0, seq)),
      actorStaffId: 'staff-1',
      actorLabel: 'owner@glow.test',
      action: 'conversation.view',
      outcome: 'success',
      patientId: `patient-${seq}`,
      targetType: 'conversation',
      targetId: `conv-${seq}`,
      ip: '10.0.0.1',
      userAgent: 'jest',
      details: { b: 1, a: { y: [1, 2], x: 'z' } },
    };
    const hash = auditEntryHash(prev, fields);
    entries.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('orders object keys so jsonb re-ordering does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('verifies an untouched chain', () => {
    expect(verifyChainEntries(chain(5))).toEqual({ ok: true, checked: 5 });
  });

  it('finds an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, actorLabel: 'someone-else@glow.test' };
    expect(verifyChainEntries(entries)).toEqual({ ok: false, checked: 2, firstBroken: { seq: 3, reason: 'hash_mismatch' } });
  });

  it('finds an edit whose hash was recomputed, at the next link', () => {
    const entries = chain(5);
    const edited = { ...entries[1]!, details: { note: 'rewritten' } };
    edited.hash = auditEntryHash(edited.prevHash, edited);
    entries[1] = edited;
    expect(verifyChainEntries(entries).firstBroken).toEqual({ seq: 3, reason: 'broken_link' });
  });

  it('finds a removed entry', () => {
    const entries = chain(5);
    entries.splice(3, 1);
    expect(verifyChainEntries(entries).firstBroken).toEqual({ seq: 5, reason: 'sequence_gap' });
  });

  it('continues from a page boundary', () => {
    const entries = chain(6);
    const last = entries[2]!;
    expect(verifyChainEntries(entries.slice(3), { seq: last.seq, hash: last.hash })).toEqual({ ok: true, checked: 3 });
  });
});
