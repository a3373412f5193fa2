import { describe, expect, it } from 'vitest';
import { BIJLAGE5_SAMPLE, TABEL3_SAMPLE } from './bijlage5-sample.testdata.ts';
import { deriveShares } from './derive.ts';
import { deriveClientCounts } from './derive-clients.ts';
import { InvalidSharesError } from './errors.ts';
import { allocateFromCounts, compareFigure, standInToleranceCents, type CountOrganisation } from './primary.ts';
import { poolAgainstUse } from './pool-use.ts';
import { rational } from './rational.ts';

const published = BIJLAGE5_SAMPLE.map((r) => ({ municipalityId: r.name, organisationId: r.organisation, clientSupportCents: r.meeEuros * 100, ivhCents: r.ivhEuros * 100 }));
const derived = deriveShares(published);

describe('deriveClientCounts (Bijlage 5 → whole MEE clients 2013)', () => {
  it('finds one organisation total for which every row is a whole number of clients, within the rounding bound', () => {
    const [friesland, denBosch] = deriveClientCounts(derived);
    expect(friesland!.totalClients).toBe(4511);
    expect(denBosch!.totalClients).toBe(1219);
    for (const org of [friesland!, denBosch!]) {
      expect(org.rows.reduce((a, r) => a + r.clients, 0)).toBe(org.totalClients);
      expect(org.rows.every((r) => r.deviation <= 1.5 * org.bound!)).toBe(true);
    }
    // One Frisian row needs a little more than the strict half-euro bound: reported, not hidden.
    expect(friesland!.rows.filter((r) => r.outsideStrictBound).length).toBe(1);
    expect(denBosch!.rows.map((r) => [r.municipalityId, r.clients])).toEqual([['Boxtel', 170], ['Den Bosch', 884], ['Haaren', 51], ['Vught', 114]]);
  });

  it('reports no total when no whole numbers fit (a table that is not from counts)', () => {
    const odd = deriveShares([
      { municipalityId: 'A', organisationId: 'X', clientSupportCents: 100_000_00, ivhCents: 1_000_00 },
      { municipalityId: 'B', organisationId: 'X', clientSupportCents: 31_415_93, ivhCents: 2_718_28 },
    ]);
    expect(deriveClientCounts(odd, { maxTotal: 50 })[0]!.totalClients).toBeNull();
  });
});

describe('allocateFromCounts', () => {
  const org: CountOrganisation = {
    organisationId: 'X',
    clientSupportCents: 1_001_00,
    ivhCents: 100_00,
    members: [
      { municipalityId: 'A', inhabitants: 1000, clients: 1 },
      { municipalityId: 'B', inhabitants: 1000, clients: 3 },
    ],
  };

  it('divides by counts over totals with the key, and shows the counts in the explanation', () => {
    const [a, b] = allocateFromCounts([org]);
    // A: 1001 × (0.2 × ½ + 0.8 × ¼) = 300.3 → 300; B: 700.7 → 701
    expect([a!.clientSupport.cents, b!.clientSupport.cents]).toEqual([300_00, 701_00]);
    expect([a!.ivh.cents, b!.ivh.cents]).toEqual([50_00, 50_00]);
    expect(a!.inhabitantsBasis).toBe('counts');
    expect(a!.clientSupport.provenance.inputs.slice(0, 4).map((i) => [i.label, i.exact])).toEqual([
      ['inwoners gemeente', '1000'],
      ['inwoners MEE-organisatie', '2000'],
      ['MEE-cliënten gemeente', '1'],
      ['MEE-cliënten MEE-organisatie', '4'],
    ]);
  });

  it('falls back to a stand-in inhabitant share only when given one, and says so', () => {
    const partial = { ...org, members: org.members.map((m) => ({ ...m, inhabitants: null, fallbackInhabitantShare: rational(1n, 2n) })) };
    expect(allocateFromCounts([partial])[0]!.inhabitantsBasis).toBe('published-ivh-share');
    const missing = { ...org, members: org.members.map((m) => ({ ...m, inhabitants: null })) };
    expect(() => allocateFromCounts([missing])).toThrow(new InvalidSharesError('Het aantal inwoners ontbreekt voor A, B.'));
    expect(() => allocateFromCounts([{ ...org, members: [{ municipalityId: 'A', inhabitants: -1, clients: 1 }] }])).toThrow(InvalidSharesError);
  });

  it('comes within the stand-in tolerance of Bijlage 5 for MEE regio Den Bosch (whole client counts, IVH inhabitant shares)', () => {
    const counts = deriveClientCounts(derived)[1]!;
    const rows = derived[1]!.rows;
    const out = allocateFromCounts([{
      organisationId: 'MEE regio Den Bosch',
      clientSupportCents: TABEL3_SAMPLE['MEE regio Den Bosch']!.meeEuros * 100,
      ivhCents: TABEL3_SAMPLE['MEE regio Den Bosch']!.ivhEuros * 100,
      members: rows.map((r, i) => ({ municipalityId: r.municipalityId, inhabitants: null, clients: counts.rows[i]!.clients, fallbackInhabitantShare: r.inhabitantShare })),
    }]);
    const tolerance = standInToleranceCents(3_108_470_00, 35_227_00);
    const comparisons = out.map((r, i) => compareFigure(r.clientSupport, rows[i]!.published.clientSupportCents, { toleranceCents: tolerance }));
    expect(comparisons.every((c) => c.reason === null || c.reason === 'inhabitants-stand-in')).toBe(true);
    expect(out.map((r) => r.ivh.cents)).toEqual(rows.map((r) => r.published.ivhCents));
    expect(out.reduce((a, r) => a + r.clientSupport.cents, 0)).toBe(3_108_470_00);
  });
});

describe('compareFigure', () => {
  const [a] = allocateFromCounts([{ organisationId: 'X', clientSupportCents: 1_001_00, ivhCents: 0, members: [{ municipalityId: 'A', inhabitants: 1, clients: 1 }, { municipalityId: 'B', inhabitants: 1, clients: 3 }] }]);

  it('says nothing when equal, "afronding" for the other rounding, "invoer" beyond it', () => {
    expect(compareFigure(a!.clientSupport, 300_00)).toMatchObject({ differenceCents: 0, reason: null, explanation: '' });
    const rounding = compareFigure(a!.clientSupport, 301_00);
    expect(rounding).toMatchObject({ differenceCents: -100, reason: 'rounding' });
    expect(rounding.explanation).toContain('het exacte bedrag is € 300,3000');
    expect(compareFigure(a!.clientSupport, 305_00)).toMatchObject({ differenceCents: -500, reason: 'inputs' });
  });
});

describe('poolAgainstUse', () => {
  it('shows who gains and who loses when use is not proportional to the key', () => {
    const [pool] = poolAgainstUse([
      { municipalityId: 'A', youthRegionId: 'R', allocationCents: 600_00, use: 10 },
      { municipalityId: 'B', youthRegionId: 'R', allocationCents: 400_00, use: 30 },
    ]);
    expect(pool!.poolCents).toBe(1000_00);
    expect(pool!.members.map((m) => [m.municipalityId, m.costOfUseCents, m.differenceCents, m.outcome])).toEqual([
      ['A', 250_00, 350_00, 'verliest'],
      ['B', 750_00, -350_00, 'wint'],
    ]);
    expect(pool!.members.reduce((s, m) => s + m.differenceCents, 0)).toBe(0);
  });

  it('is € 0 for everyone when use follows the key, and marks a region without use', () => {
    const [same] = poolAgainstUse([
      { municipalityId: 'A', youthRegionId: 'R', allocationCents: 600_00, use: 6 },
      { municipalityId: 'B', youthRegionId: 'R', allocationCents: 400_00, use: 4 },
    ]);
    expect(same!.members.every((m) => m.differenceCents === 0 && m.outcome === 'gelijk')).toBe(true);
    const [empty] = poolAgainstUse([{ municipalityId: 'A', youthRegionId: 'R', allocationCents: 600_00, use: 0 }]);
    expect(empty!.noUse).toBe(true);
  });
});
