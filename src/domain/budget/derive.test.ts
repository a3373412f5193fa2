import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIJLAGE5_SAMPLE, TABEL3_SAMPLE } from './bijlage5-sample.testdata.ts';
import { deriveShares, recompute, type PublishedRow } from './derive.ts';
import { DerivationError } from './errors.ts';
import { allocateClientSupport, allocateIvh, DEFAULT_KEY, type AllocationKey } from './key.ts';
import { arbMembers } from './arbitraries.testdata.ts';
import { rational } from './rational.ts';

const published: PublishedRow[] = BIJLAGE5_SAMPLE.map((r) => ({
  municipalityId: r.name,
  organisationId: r.organisation,
  clientSupportCents: r.meeEuros * 100,
  ivhCents: r.ivhEuros * 100,
}));
const tabel3 = Object.fromEntries(
  Object.entries(TABEL3_SAMPLE).map(([org, t]) => [org, { clientSupportCents: t.meeEuros * 100, ivhCents: t.ivhEuros * 100 }]),
);

describe('deriveShares + recompute on the real Bijlage 5 rows', () => {
  const orgs = deriveShares(published, DEFAULT_KEY, { publishedTotals: tabel3 });

  it('row sums equal Tabel 3 and the table is reproduced to the euro, with no negative client shares', () => {
    expect(orgs.map((o) => o.organisationId)).toEqual(['MEE Friesland', 'MEE regio Den Bosch']);
    expect(orgs.flatMap((o) => o.findings)).toEqual([]);
    for (const org of orgs) {
      const again = recompute(org);
      expect(again.allMatch).toBe(true);
      expect(org.rows.flatMap((r) => r.flags)).toEqual([]);
      for (const row of again.rows) expect(row.clientSupport.provenance.rounding.receivedExtraUnit).toBe(false);
    }
  });

  it('explains the derived shares', () => {
    const vught = orgs[1]!.rows.find((r) => r.municipalityId === 'Vught')!;
    expect(vught.inhabitantShare).toEqual(rational(4_240n, 35_227n));
    expect(vught.provenance.inhabitantShare.exact).toBe('4240/35227');
    expect(vught.provenance.clientShare!.formula).toContain('− 20% × inwonersaandeel) / 80%');
    // c = (307391/3108470 − 0.2 × 4240/35227) / 0.8
    expect(vught.clientShare).toEqual(rational(307_391n * 35_227n * 5n - 4_240n * 3_108_470n, 3_108_470n * 35_227n * 4n));
  });

  it('reports a difference with the published totals as a finding', () => {
    const off = deriveShares(published, DEFAULT_KEY, { publishedTotals: { 'MEE Friesland': { clientSupportCents: 1, ivhCents: 7_209_900 } } });
    expect(off[0]!.findings).toHaveLength(1);
    expect(off[0]!.findings[0]!.message).toMatch(/wijkt af van de gepubliceerde totalen/);
  });
});

describe('derivation findings', () => {
  it('flags a negative client share instead of failing, and still reproduces the table', () => {
    // B gets almost no client support but a large IVH amount: inconsistent with 20/80.
    const rows: PublishedRow[] = [
      { municipalityId: 'A', organisationId: 'X', clientSupportCents: 99_000_00, ivhCents: 50_00 },
      { municipalityId: 'B', organisationId: 'X', clientSupportCents: 1_000_00, ivhCents: 50_00 },
    ];
    const [org] = deriveShares(rows);
    expect(org!.rows[1]!.flags).toEqual(['negative-client-share']);
    expect(org!.rows[1]!.clientShare!.num < 0n).toBe(true);
    expect(recompute(org!).allMatch).toBe(true);
  });

  it('with 0% clients the client share is undetermined; a mismatch with the IVH shares is flagged', () => {
    const key: AllocationKey = { inhabitantsWeight: rational(1n), clientsWeight: rational(0n) };
    const rows: PublishedRow[] = [
      { municipalityId: 'A', organisationId: 'X', clientSupportCents: 300_00, ivhCents: 30_00 },
      { municipalityId: 'B', organisationId: 'X', clientSupportCents: 600_00, ivhCents: 70_00 },
    ];
    const [org] = deriveShares(rows, key);
    expect(org!.rows.map((r) => r.flags)).toEqual([
      ['client-share-undetermined', 'inconsistent-with-key'],
      ['client-share-undetermined', 'inconsistent-with-key'],
    ]);
    expect(recompute(org!).allMatch).toBe(false);
  });

  it('refuses an organisation whose IVH total is 0', () => {
    expect(() => deriveShares([{ municipalityId: 'A', organisationId: 'X', clientSupportCents: 100, ivhCents: 0 }])).toThrow(DerivationError);
  });
});

describe('round trip: forward allocation → published table → derived shares → recompute', () => {
  const arbKey: fc.Arbitrary<AllocationKey> = fc
    .integer({ min: 0, max: 100 })
    .map((p) => ({ inhabitantsWeight: rational(p, 100), clientsWeight: rational(100 - p, 100) }));
  const arbOrg = fc.record({
    meeEuros: fc.integer({ min: 1, max: 20_000_000 }),
    ivhEuros: fc.integer({ min: 1, max: 200_000 }),
    members: arbMembers(80),
  });

  it('reproduces the "published" euros exactly, for several organisations at once', () => {
    fc.assert(
      fc.property(arbKey, fc.array(arbOrg, { minLength: 1, maxLength: 4 }), (key, orgs) => {
        const rows: PublishedRow[] = orgs.flatMap((o, k) => {
          const members = o.members.map((m) => ({ ...m, id: `${k}-${m.id}` }));
          const cs = allocateClientSupport(o.meeEuros * 100, members, key);
          const ivh = allocateIvh(o.ivhEuros * 100, members);
          return members.map((m, i) => ({ municipalityId: m.id, organisationId: `org${k}`, clientSupportCents: cs[i]!.cents, ivhCents: ivh[i]!.cents }));
        });
        const derived = deriveShares(rows, key);
        for (const org of derived) {
          const again = recompute(org);
          if (key.clientsWeight.num === 0n) {
            // 100% inhabitants: c_i is undetermined and s_i comes from the rounded IVH column, which can
            // disagree with the client-support column; then the rows must say so.
            if (!again.allMatch) expect(org.rows.some((r) => r.flags.includes('inconsistent-with-key'))).toBe(true);
            continue;
          }
          expect(again.allMatch).toBe(true);
          const original = rows.filter((r) => r.organisationId === org.organisationId);
          expect(again.rows.map((r) => [r.clientSupport.cents, r.ivh.cents])).toEqual(original.map((r) => [r.clientSupportCents, r.ivhCents]));
        }
      }),
      { numRuns: 80 },
    );
  });
});
