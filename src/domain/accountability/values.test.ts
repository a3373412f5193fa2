import { describe, expect, it } from 'vitest';
import { checkValues, missingRequired, valuesFromRows, valuesToRows } from './values.ts';
import { summariseExperience } from './experience.ts';
import { suppressBreakdown } from './suppression.ts';

const header = ['veld', 'categorie', 'waarde'];
const rows = (...cells: [string, string, string][]) => cells.map(([veld, categorie, waarde], i) => ({ row: i + 2, cells: { veld, categorie, waarde } }));

describe('report values from an upload', () => {
  it('reads scalars, amounts in euros (to cents) and breakdowns', () => {
    const { values, problems } = valuesFromRows(
      'product',
      header,
      rows(['clienten_bereikt', '', '120'], ['uitgaven', '', '1250,5'], ['uren', 'Informatie en advies', '12,25'], ['clienten_per_leeftijd', '65+', '7']),
    );
    expect(problems).toEqual([]);
    expect(values).toEqual({ clienten_bereikt: 120, uitgaven: 125050, uren: { 'Informatie en advies': 12.25 }, clienten_per_leeftijd: { '65+': 7 } });
  });

  it('names every bad cell with its row and column, and keeps nothing', () => {
    const { values, problems } = valuesFromRows(
      'product',
      header,
      rows(['clienten_bereikt', '', 'twaalf'], ['onzin', '', '1'], ['clienten_per_leeftijd', '70+', '3'], ['clienten_bereikt', '', '5'], ['contactmomenten', 'x', '4']),
    );
    expect(values).toEqual({});
    expect(problems).toEqual([
      { row: 2, column: 'waarde', message: '"twaalf" is geen geheel getal (bijvoorbeeld 12).' },
      { row: 3, column: 'veld', message: '"onzin" is geen veld van dit formulier.' },
      { row: 4, column: 'categorie', message: expect.stringContaining('"70+" is geen categorie') },
      { row: 5, column: 'veld', message: '"clienten_bereikt" staat twee keer in het bestand.' },
      { row: 6, column: 'categorie', message: expect.stringContaining('heeft geen categorie') },
    ]);
  });

  it('reports a missing column on the header row', () => {
    expect(valuesFromRows('product', ['veld', 'waarde'], []).problems).toEqual([{ row: 1, column: 'categorie', message: expect.stringContaining('ontbreekt') }]);
  });

  it('round-trips through the template rows', () => {
    const values = { clienten_bereikt: 9, uitgaven: 100001, plan: 'x', clienten_per_doelgroep: { anders: 2 } };
    const back = valuesFromRows('product', header, valuesToRows('product', values).filter((r) => r[2] !== '').map((r, i) => ({ row: i + 2, cells: { veld: r[0]!, categorie: r[1]!, waarde: r[2]! } })));
    expect(back.values).toEqual({ clienten_bereikt: 9, uitgaven: 100001, clienten_per_doelgroep: { anders: 2 } });
  });

  it('checks JSON values field by field and lists missing required fields', () => {
    const { values, problems } = checkValues('project', { plan_uitgevoerd: true, doel_behaald: 'misschien', uitgaven: 12345 });
    expect(values).toEqual({ plan_uitgevoerd: true, uitgaven: 12345 });
    expect(problems).toEqual([{ field: 'doel_behaald', message: '"misschien" is geen ja of nee.' }]);
    expect(missingRequired('project', values).map((f) => f.key)).toEqual(['doel_behaald', 'onderliggende_analyse']);
  });
});

describe('client experience and suppression', () => {
  it('summarises Likert items, response rate and free text', () => {
    const r = summariseExperience(
      [
        { answers: { bereikbaar: 5, serieus: 4 }, freeText: 'Fijn geholpen' },
        { answers: { bereikbaar: 2 }, freeText: ' ' },
      ],
      8,
    );
    expect(r.responseRate).toBe(25);
    expect(r.items[0]).toMatchObject({ key: 'bereikbaar', answered: 2, distribution: [0, 1, 0, 0, 1], mean: 3.5, agreePercent: 50 });
    expect(r.items[1]).toMatchObject({ answered: 1, mean: 4 });
    expect(r.items[2]).toMatchObject({ answered: 0, mean: null });
    expect(r.freeTexts).toEqual(['Fijn geholpen']);
  });

  it('suppresses cells of 1 to 4, keeps 0 and 5', () => {
    expect(suppressBreakdown({ a: 0, b: 1, c: 4, d: 5 })).toEqual({ a: 0, b: null, c: null, d: 5 });
  });
});
