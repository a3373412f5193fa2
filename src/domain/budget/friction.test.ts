import { describe, expect, it } from 'vitest';
import { InvalidAmountError } from './errors.ts';
import { frictionExposure } from './friction.ts';

describe('friction-cost exposure', () => {
  const exposure = frictionExposure([
    { municipalityId: 'Boxtel', organisationId: 'MEE regio Den Bosch', youthRegionId: 'Noordoost Brabant', baselineCents: 435_893_00, plannedCents: 400_000_00 },
    { municipalityId: 'Haaren', organisationId: 'MEE regio Den Bosch', youthRegionId: 'Noordoost Brabant', baselineCents: 143_768_00, plannedCents: 150_000_00 },
    { municipalityId: 'Vught', organisationId: 'MEE regio Den Bosch', youthRegionId: 'Noordoost Brabant', baselineCents: 307_391_00 },
    { municipalityId: 'Bergen (L.)', organisationId: 'MEE Noordoost-Brabant', youthRegionId: 'Noord Limburg', baselineCents: 110_867_00, plannedCents: null },
    { municipalityId: 'Bernheze', organisationId: 'MEE Noordoost-Brabant', youthRegionId: 'Noordoost Brabant', baselineCents: 316_526_00, plannedCents: 0 },
  ]);

  it('computes per municipality the gap (≥ 0) and the signed difference, null without a figure', () => {
    expect(exposure.rows.map((r) => [r.municipalityId, r.gapCents, r.differenceCents])).toEqual([
      ['Boxtel', 35_893_00, -35_893_00],
      ['Haaren', 0, 6_232_00],
      ['Vught', null, null],
      ['Bergen (L.)', null, null],
      ['Bernheze', 316_526_00, -316_526_00],
    ]);
  });

  it('aggregates per MEE organisation and youth region, counting municipalities without a figure', () => {
    expect(exposure.perOrganisation[0]).toEqual({
      groupId: 'MEE regio Den Bosch',
      municipalities: 3,
      withPlanned: 2,
      withoutPlanned: 1,
      missingMunicipalityIds: ['Vught'],
      baselineCents: 887_052_00,
      baselineWithPlannedCents: 579_661_00,
      plannedCents: 550_000_00,
      gapCents: 35_893_00, // Haaren's surplus does not offset Boxtel's gap
      differenceCents: -29_661_00,
    });
    expect(exposure.perYouthRegion.map((g) => [g.groupId, g.municipalities, g.withoutPlanned, g.gapCents])).toEqual([
      ['Noordoost Brabant', 4, 1, 35_893_00 + 316_526_00],
      ['Noord Limburg', 1, 1, 0],
    ]);
    expect(exposure.national).toMatchObject({ municipalities: 5, withPlanned: 3, withoutPlanned: 2, gapCents: 352_419_00 });
  });

  it('rejects amounts that are not whole cents', () => {
    expect(() => frictionExposure([{ municipalityId: 'A', organisationId: 'X', youthRegionId: 'R', baselineCents: 1, plannedCents: 0.5 }])).toThrow(InvalidAmountError);
  });
});
