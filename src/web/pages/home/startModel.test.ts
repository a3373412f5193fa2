import { describe, expect, it } from 'vitest';
import type { components } from '../../api/generated/openapi.d.ts';
import type { Laggard } from '../../api/monitorTypes.ts';
import { furthestBehind, localToday, reportsDue, startBlocks } from './startModel.ts';

type Grant = components['schemas']['Roltoekenning'];
const grant = (rol: Grant['rol'], soort: Grant['organisatie']['soort'], code: string): Grant => ({ rol, organisatie: { soort, code } });

describe('start page blocks', () => {
  it('shows the block of every role held, one per municipality', () => {
    expect(startBlocks({ rollen: [grant('gemeente-beleid', 'gemeente', 'utrecht'), grant('gemeente-beleid', 'gemeente', 'zeist'), grant('landelijk', 'landelijk', 'nl'), grant('clientondersteuner', 'gemeente', 'utrecht')] })).toEqual({
      supporter: true,
      municipalities: ['utrecht', 'zeist'],
      national: true,
    });
    expect(startBlocks({ rollen: [grant('privacy', 'landelijk', 'nl')] })).toEqual({ supporter: false, municipalities: [], national: false });
  });

  it('lists the municipalities furthest behind first: no answer, then the lowest stage, then by name', () => {
    const l = (naam: string, fase: Laggard['fase']): Laggard => ({
      gemeente: { code: naam.toLowerCase(), naam },
      jeugdregio: { code: 'r', naam: 'R' },
      meeOrganisatie: { code: 'm', naam: 'M' },
      fase,
      redenen: fase ? ['geen_afspraken'] : ['geen_antwoord'],
    });
    expect(furthestBehind([l('Zeist', 'geen'), l('Baarn', 'in_voorbereiding'), l('Utrecht', null), l('Amersfoort', 'geen')]).map((x) => x.gemeente.naam)).toEqual(['Utrecht', 'Amersfoort', 'Zeist', 'Baarn']);
  });

  it('counts the reports that wait for review and the ones that are late, of the own municipality only', () => {
    const p = (gemeenteCode: string, status: 'concept' | 'ingediend' | 'vragen' | 'geaccepteerd', uiterlijkDatum: string | null) =>
      ({ id: `${gemeenteCode}-${status}-${uiterlijkDatum}`, gemeenteCode, status, uiterlijkDatum }) as components['schemas']['VerantwoordingsPeriode'];
    const periods = [p('utrecht', 'ingediend', '2026-01-01'), p('utrecht', 'concept', '2026-11-30'), p('utrecht', 'vragen', '2026-12-03'), p('utrecht', 'concept', null), p('zeist', 'ingediend', null), p('utrecht', 'geaccepteerd', '2026-01-01')];
    expect(reportsDue(periods, 'utrecht', '2026-12-03')).toEqual({ toReview: 1, late: 1 }); // the last day itself is not late
    expect(localToday(new Date(2026, 11, 3, 23, 59))).toBe('2026-12-03');
  });
});
