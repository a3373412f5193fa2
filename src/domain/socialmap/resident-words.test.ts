import { describe, expect, it } from 'vitest';
import { analyse, costText, firstStep, lightStem, parseThesaurus, reasons, splitCompound } from './resident-words.ts';

const THESAURUS = parseThesaurus(`# comment
phrase;category;also;target_groups;source;weight
trap niet;woningaanpassing;traplift;lichamelijke-beperking|ouderen;wmo
eenzaam;eenzaamheid;ontmoeting maatje;ouderen;regelhulp
werkster;huishoudelijke hulp;schoonmaken;huishoudelijke-hulp;wmo
zoon;opvoeding;kind;opvoeding;jw;0.3
geld;geldzaken;;financiele-problemen;wgs
ziek;ziekte;;chronisch-zieken;tabel1
scheiden;scheiding;;;regelhulp
`);

describe('resident words (ADR 0012)', () => {
  it('parses the thesaurus and refuses rows without phrase or with a bad weight', () => {
    expect(THESAURUS[0]).toEqual({ phrase: ['trap', 'niet'], category: 'woningaanpassing', expands: ['woningaanpassing', 'traplift'], targetGroups: ['lichamelijke-beperking', 'ouderen'], source: 'wmo', weight: 1 });
    expect(THESAURUS[3]!.weight).toBe(0.3);
    expect(() => parseThesaurus('phrase;category;also;target_groups;source\n;x;;;wmo')).toThrow(/row 2/);
    expect(() => parseThesaurus('phrase;category;also;target_groups;source;weight\na;x;;;wmo;2')).toThrow(/weight/);
  });

  it('finds phrases in any order and form, never a short question word in a longer phrase word', () => {
    const a = analyse('Ik kom de trappen niet meer op', THESAURUS);
    expect(a.concepts.map((c) => c.category)).toEqual(['woningaanpassing']);
    expect(a.terms.find((t) => t.word === 'traplift')).toEqual({ word: 'traplift', weight: 1, because: 'trap niet (woningaanpassing)' });
    expect(analyse('ik zoek werk', THESAURUS).concepts).toEqual([]);
    expect(lightStem('komt')).toBe(lightStem('komen'));
    expect(lightStem('loopt')).toBe(lightStem('lopen'));
  });

  it('weighs who-words low, words inside a phrase less, and lifts several needs to the district team', () => {
    const a = analyse('mijn zoon is eenzaam', THESAURUS);
    expect(a.terms.find((t) => t.word === 'zoon')!.weight).toBe(0.3);
    expect(a.groups).toEqual(expect.arrayContaining([{ code: 'opvoeding', weight: 0.3 }, { code: 'ouderen', weight: 1 }]));
    expect(analyse('trap niet op', THESAURUS).terms.find((t) => t.word === 'trap')!.weight).toBe(0.5);
    expect(analyse('geld, ziek en scheiden', THESAURUS).groups).toContainEqual({ code: 'meervoudige-problematiek', weight: 1 });
    expect(analyse('geld en ziek', THESAURUS).groups.map((g) => g.code)).not.toContain('meervoudige-problematiek');
  });

  it('uses typo fixes beside the typed word, and splits compounds', () => {
    const a = analyse('eenzam', THESAURUS, new Map([['eenzam', 'eenzaam']]));
    expect(a.terms.map((t) => t.word)).toEqual(expect.arrayContaining(['eenzam', 'eenzaam', 'eenzaamheid']));
    expect(splitCompound('schuldhulpverlening')).toEqual(['schuld', 'hulpverlening']);
    expect(splitCompound('woningaanpassing')).toEqual(['woning', 'aanpassing']);
    expect(splitCompound('kinderen')).toEqual([]);
  });

  it('explains a match, gives the first step and the cost', () => {
    expect(reasons([{ word: 'traplift', weight: 1, because: 'trap niet (woningaanpassing)' }, { word: 'trap', weight: 0.5, because: 'trap' }])).toEqual(['trap niet (woningaanpassing)', 'trap']);
    const base = { channels: ['inloop', 'website'], phone: '030 1', phoneHours: null, walkInHours: 'di 9–11', url: 'https://x.nl', email: null, locations: [{ name: 'Buurthuis', address: 'Straat 1', city: 'Utrecht' }] };
    expect(firstStep(base)).toEqual({ kind: 'inloop', text: 'Loop binnen di 9–11 bij Buurthuis, Straat 1, Utrecht' });
    expect(firstStep({ ...base, channels: ['telefoon'], phoneHours: 'ma–vr' })).toEqual({ kind: 'telefoon', text: 'Bel 030 1 (ma–vr)' });
    expect(firstStep({ ...base, channels: [], url: null, email: null })).toBeNull();
    expect(costText(true)).toBe('Gratis');
  });
});
