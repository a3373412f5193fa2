import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIJLAGE5_SAMPLE } from './bijlage5-sample.testdata.ts';
import { InvalidDivisionChangeError, MissingSplitSharesError } from './errors.ts';
import { rational } from './rational.ts';
import { changesFromPairs, rollForward, type DivisionChange } from './rollforward.ts';

const friesland2013 = BIJLAGE5_SAMPLE.filter((r) => r.organisation === 'MEE Friesland').map((r) => ({ municipalityId: r.name, cents: r.meeEuros * 100 }));
const total = (rows: readonly { cents: number }[]) => rows.reduce((a, r) => a + r.cents, 0);
const SPLIT_TO = ['Heerenveen', 'Leeuwarden', 'Súdwest Fryslân', 'De Friese Meren'];

// 1 January 2014. The split shares are illustrative weights for the test, not CBS figures.
const changes2014: DivisionChange[] = [
  { kind: 'merger', from: ['Gaasterlân-Sleat', 'Lemsterland', 'Skarsterlân'], to: 'De Friese Meren' },
  {
    kind: 'split',
    from: 'Boarnsterhim',
    to: SPLIT_TO,
    shares: [
      { to: 'Heerenveen', weight: 9_000n },
      { to: 'Leeuwarden', weight: 5_000n },
      { to: 'Súdwest Fryslân', weight: rational(1_500n) },
      { to: 'De Friese Meren', weight: 3_000n },
    ],
    source: 'illustratief (test)',
  },
];

describe('rollForward', () => {
  it('handles a merger and a split into the same municipality, preserving the total exactly', () => {
    const rows = rollForward(friesland2013, changes2014);
    expect(rows).toHaveLength(27 - 4 + 1);
    expect(total(rows)).toBe(total(friesland2013));
    expect(rows.find((r) => r.municipalityId === 'Boarnsterhim')).toBeUndefined();
    const dfm = rows.find((r) => r.municipalityId === 'De Friese Meren')!;
    // Boarnsterhim € 183.029 × 18/37, 10/37, 3/37, 6/37 = 89.041,14 / 49.467,30 / 14.840,19 / 29.680,38:
    // rounded down that is € 183.028; the leftover euro goes to the largest remainder (De Friese Meren).
    expect(dfm.contributions.map((c) => [c.fromMunicipalityId, c.kind, c.cents])).toEqual([
      ['Boarnsterhim', 'split', 29_681_00],
      ['Gaasterlân-Sleat', 'merger', 98_133_00],
      ['Lemsterland', 'merger', 118_758_00],
      ['Skarsterlân', 'merger', 268_713_00],
    ]);
    expect(dfm.cents).toBe(29_681_00 + 98_133_00 + 118_758_00 + 268_713_00);
    const parts = rows.flatMap((r) => r.contributions.filter((c) => c.kind === 'split'));
    expect(parts.map((p) => p.cents)).toEqual([89_041_00, 49_467_00, 14_840_00, 29_681_00]);
    expect(parts[3]!.provenance!.rounding).toMatchObject({ remainder: '0.3784', rank: 0, receivedExtraUnit: true });
    expect(total(parts)).toBe(183_029_00);
    expect(parts[0]!.source).toBe('illustratief (test)');
    expect(parts[0]!.provenance!.inputs[1]).toMatchObject({ name: 'share', exact: '18/37' });
    const heerenveen = rows.find((r) => r.municipalityId === 'Heerenveen')!;
    expect(heerenveen.contributions.map((c) => c.kind)).toEqual(['split', 'unchanged']);
    expect(heerenveen.cents).toBe(524_843_00 + 89_041_00);
  });

  it('a merger whose target keeps the name of one of its sources adds up (Alphen aan den Rijn 2014)', () => {
    const rows = rollForward(
      [
        { municipalityId: 'Alphen aan den Rijn', cents: 830_267_00 },
        { municipalityId: 'Boskoop', cents: 1 },
        { municipalityId: 'Rijnwoude', cents: 2 },
        { municipalityId: 'Kaag en Braassem', cents: 3 },
      ],
      [{ kind: 'merger', from: ['Alphen aan den Rijn', 'Boskoop', 'Rijnwoude'], to: 'Alphen aan den Rijn' }],
    );
    expect(rows.map((r) => [r.municipalityId, r.cents])).toEqual([
      ['Alphen aan den Rijn', 830_267_03],
      ['Kaag en Braassem', 3],
    ]);
  });

  it('refuses a split without shares, listing exactly the missing (from → to) pairs in Dutch', () => {
    const noShares: DivisionChange[] = [changes2014[0]!, { kind: 'split', from: 'Boarnsterhim', to: SPLIT_TO }];
    expect(() => rollForward(friesland2013, noShares)).toThrow(
      'Aandelen ontbreken voor de splitsing van Boarnsterhim naar: Heerenveen, Leeuwarden, Súdwest Fryslân, De Friese Meren.',
    );
    const partial: DivisionChange[] = [
      { kind: 'split', from: 'Boarnsterhim', to: SPLIT_TO, shares: [{ to: 'Heerenveen', weight: 1n }, { to: 'Leeuwarden', weight: 1n }, { to: 'Drachten', weight: 1n }] },
    ];
    try {
      rollForward(friesland2013, partial, { nameOf: (id) => id.toUpperCase() });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MissingSplitSharesError);
      const err = e as MissingSplitSharesError;
      expect(err.code).toBe('missing-split-shares');
      expect(err.missing).toEqual([
        { from: 'Boarnsterhim', to: 'Súdwest Fryslân' },
        { from: 'Boarnsterhim', to: 'De Friese Meren' },
      ]);
      expect(err.unexpected).toEqual([{ from: 'Boarnsterhim', to: 'Drachten' }]);
      expect(err.message).toBe(
        'Aandelen ontbreken voor de splitsing van BOARNSTERHIM naar: SÚDWEST FRYSLÂN, DE FRIESE MEREN. ' +
          'Aandelen opgegeven voor gemeenten die niet in de splitsing van BOARNSTERHIM voorkomen: DRACHTEN.',
      );
    }
  });

  it('refuses contradictory change lists and unknown municipalities', () => {
    const twice: DivisionChange[] = [
      { kind: 'merger', from: ['Ameland', 'Vlieland'], to: 'Waddeneilanden' },
      { kind: 'merger', from: ['Vlieland', 'Terschelling'], to: 'Anders' },
    ];
    expect(() => rollForward(friesland2013, twice)).toThrow(/Vlieland komt in meer dan één wijziging/);
    const unknown: DivisionChange[] = [{ kind: 'merger', from: ['Alkmaar', 'Schermer'], to: 'Alkmaar' }];
    expect(() => rollForward(friesland2013, unknown)).toThrow(InvalidDivisionChangeError);
    expect(() => rollForward(friesland2013, unknown)).toThrow('Geen cijfer voor Alkmaar in de indeling van het vorige jaar.');
    expect(total(rollForward(friesland2013, unknown, { ignoreChangesOutsideFigures: true }))).toBe(total(friesland2013));
  });

  it('preserves the total for random mergers and splits, and splits sum to the original', () => {
    const arb = fc.record({
      amounts: fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 2, maxLength: 40 }),
      weights: fc.array(fc.bigInt({ min: 0n, max: 1_000n }), { minLength: 1, maxLength: 5 }).filter((w) => w.some((x) => x > 0n)),
      euros: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ amounts, weights, euros }) => {
        const figures = amounts.map((a, i) => ({ municipalityId: `GM${i}`, cents: euros ? a * 100 : a }));
        const to = weights.map((_, k) => `NEW${k}`);
        const changes: DivisionChange[] = [
          { kind: 'split', from: 'GM0', to, shares: to.map((t, k) => ({ to: t, weight: weights[k]! })) },
          { kind: 'merger', from: figures.slice(1, 3).map((f) => f.municipalityId), to: 'NEW0' },
        ];
        const rows = rollForward(figures, changes);
        expect(total(rows)).toBe(total(figures));
        const split = rows.flatMap((r) => r.contributions.filter((c) => c.kind === 'split'));
        expect(total(split)).toBe(figures[0]!.cents);
        if (euros) expect(split.every((c) => c.cents % 100 === 0)).toBe(true);
      }),
    );
  });

  it('groups (from → to) lines from the reference CSV into changes', () => {
    const src = 'CBS gemeentelijke indeling op 1 januari 2014';
    const changes = changesFromPairs([
      { kind: 'merger', from: 'Gaasterlân-Sleat', to: 'De Friese Meren', source: src },
      { kind: 'merger', from: 'Lemsterland', to: 'De Friese Meren', source: src },
      { kind: 'merger', from: 'Skarsterlân', to: 'De Friese Meren', source: src },
      ...SPLIT_TO.map((to) => ({ kind: 'split' as const, from: 'Boarnsterhim', to, source: src })),
    ]);
    expect(changes).toEqual([
      { kind: 'merger', from: ['Gaasterlân-Sleat', 'Lemsterland', 'Skarsterlân'], to: 'De Friese Meren', source: src },
      { kind: 'split', from: 'Boarnsterhim', to: SPLIT_TO, source: src },
    ]);
    expect(() => rollForward(friesland2013, changes)).toThrow(MissingSplitSharesError);
    const rows = rollForward(friesland2013, [changes[0]!, changes2014[1]!]);
    expect(rows.find((r) => r.municipalityId === 'De Friese Meren')!.contributions[1]!.source).toBe(src);
  });
});
