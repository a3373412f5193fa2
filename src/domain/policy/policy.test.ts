import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGE_CATEGORIES, LIFE_DOMAINS, TARGET_SUBGROUPS } from '../socialmap/taxonomy.ts';
import {
  buildPlan,
  combinationExists,
  coverageMatrix,
  IMPOSSIBLE_COMBINATIONS,
  emptyFramework,
  evaluateChecklist,
  groupGaps,
  planMarkdown,
  PLAN_SECTION_HEADING,
  regionalBudgetWarnings,
  sharedProviders,
  uncoveredTargetGroups,
  validateFramework,
  type CoverageService,
  type Framework,
  type SocialMapFacts,
} from './index.ts';

const service = (id: string, org: string, targetGroups: string[], ageCategories: string[], lifeDomains: string[]): CoverageService => ({
  serviceId: id,
  serviceName: `Dienst ${id}`,
  organisationId: org,
  organisationName: `Aanbieder ${org}`,
  targetGroups,
  ageCategories,
  lifeDomains,
});

const CELLS = TARGET_SUBGROUPS.length * AGE_CATEGORIES.length * LIFE_DOMAINS.length;
/** Tabel 1's age-bound groups: young children (0–7) are never 18+, "ouderen" never under 25 (combinations.ts). */
const IMPOSSIBLE = (3 + 2) * LIFE_DOMAINS.length;
const POSSIBLE = CELLS - IMPOSSIBLE;

describe('coverage matrix', () => {
  it('has one cell per target group × age × life domain; empty social map = all gaps', () => {
    const c = coverageMatrix([]);
    expect(c.cells).toHaveLength(CELLS);
    expect(c.possible).toBe(POSSIBLE);
    expect(c.gaps).toBe(POSSIBLE);
    expect(c.cells.filter((x) => x.status === 'onmogelijk')).toHaveLength(IMPOSSIBLE);
    expect(uncoveredTargetGroups(c)).toHaveLength(TARGET_SUBGROUPS.length);
    expect(groupGaps(c).every((g) => g.whole)).toBe(true);
  });

  it('counts distinct providers per cell and marks overlaps from the threshold', () => {
    const services = [
      service('1', 'a', ['ouderen'], ['65+'], ['vrije_tijd_en_sport']),
      service('2', 'a', ['ouderen'], ['65+'], ['vrije_tijd_en_sport']), // same provider twice: counts once
      service('3', 'b', ['ouderen'], ['65+'], ['vrije_tijd_en_sport', 'leren_en_werken']),
      service('4', 'c', ['ouderen'], ['65+'], ['vrije_tijd_en_sport']),
    ];
    const c = coverageMatrix(services);
    const cell = c.cells.find((x) => x.targetGroup === 'ouderen' && x.ageCategory === '65+' && x.lifeDomain === 'vrije_tijd_en_sport')!;
    expect(cell.providers.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(cell.status).toBe('overlap');
    expect(c.overlaps).toBe(1);
    expect(c.gaps).toBe(POSSIBLE - 2);
    expect(coverageMatrix(services, { overlapThreshold: 4 }).overlaps).toBe(0);
    expect(c.providers[0]).toEqual({ id: 'b', name: 'Aanbieder b', cells: 2 });
    expect(() => coverageMatrix(services, { overlapThreshold: 1 })).toThrow(RangeError);
  });

  it('lists services that do not say whom they serve, and leaves them out of the cells', () => {
    const c = coverageMatrix([service('1', 'a', [], ['65+'], ['leren_en_werken'])]);
    expect(c.gaps).toBe(POSSIBLE);
    expect(c.unclassified).toEqual([{ serviceId: '1', serviceName: 'Dienst 1', organisationName: 'Aanbieder a', missing: ['doelgroep'] }]);
  });

  it('marks combinations that cannot exist as such, not as gaps, even when a service names them', () => {
    const c = coverageMatrix([service('1', 'a', ['ouderen', 'jonge-kinderen-ontwikkeling'], [...AGE_CATEGORIES], ['opvoeding_en_ontwikkeling'])]);
    const cell = (g: string, a: string) => c.cells.find((x) => x.targetGroup === g && x.ageCategory === a && x.lifeDomain === 'opvoeding_en_ontwikkeling')!;
    expect(cell('ouderen', '0-18')).toMatchObject({ status: 'onmogelijk', providers: [] });
    expect(cell('ouderen', '25-65').status).toBe('gedekt');
    expect(cell('jonge-kinderen-ontwikkeling', '0-18').status).toBe('gedekt');
    expect(cell('jonge-kinderen-ontwikkeling', '65+').status).toBe('onmogelijk');
    expect(c.gaps).toBe(POSSIBLE - 3); // ouderen 25–65 and 65+, young children 0–18
    expect(c.providers).toEqual([{ id: 'a', name: 'Aanbieder a', cells: 3 }]);
    expect(combinationExists('autisme', '0-18')).toBe(true);
    expect(IMPOSSIBLE_COMBINATIONS.every((r) => r.source.length > 0 && r.reason.length > 0)).toBe(true);
  });

  it('gaps + covered = all cells, and adding a service never adds a gap (property)', () => {
    const pick = <T>(values: readonly T[]) => fc.subarray([...values]);
    const arbService = fc.record({
      org: fc.constantFrom('a', 'b', 'c', 'd'),
      g: pick(TARGET_SUBGROUPS.map((t) => t.code)),
      a: pick(AGE_CATEGORIES),
      d: pick(LIFE_DOMAINS),
    });
    fc.assert(
      fc.property(fc.array(arbService, { maxLength: 8 }), arbService, (list, extra) => {
        const rows = list.map((s, i) => service(String(i), s.org, s.g, [...s.a], [...s.d]));
        const before = coverageMatrix(rows);
        const after = coverageMatrix([...rows, service('x', extra.org, extra.g, [...extra.a], [...extra.d])]);
        expect(before.cells.filter((c) => c.status === 'gedekt' || c.status === 'overlap').length + before.gaps).toBe(POSSIBLE);
        expect(after.gaps).toBeLessThanOrEqual(before.gaps);
      }),
      { numRuns: 50 },
    );
  });
});

const fullFramework = (): Framework => ({
  ...emptyFramework('utrecht'),
  variants: ['sociale-wijkteams', 'onafhankelijke-organisatie'],
  approaches: ['in-stand-houden'],
  arrangements: [{ organisationId: 'a', deliveryMode: 'subsidie', fundingForm: 'functie', amountCents: 150_000_000, note: '' }],
  safeguards: (['beroepscode', 'statuut', 'scheiding-beslissen-ondersteunen', 'andere-ondersteuner', 'burgerbetrokkenheid', 'clientervaring', 'voorlichting'] as const).map((safeguard) => ({ safeguard, note: '' })),
  channels: [
    { channel: 'telefoon', details: 'ma–vr 9.00–17.00' },
    { channel: 'digitaal', details: 'www.example.nl' },
    { channel: 'fysiek', details: 'Wijkcentrum' },
    { channel: 'huisbezoek', details: '' },
    { channel: 'outreachend', details: 'Signalen van huisartsen' },
  ],
});

describe('framework validation', () => {
  it('accepts a consistent framework', () => {
    expect(validateFramework(fullFramework(), new Set(['a']))).toEqual([]);
  });

  it('reports every inconsistency at once, in Dutch', () => {
    const f: Framework = {
      ...fullFramework(),
      approaches: ['regisserende-organisatie'],
      regionalFunding: 'regionaal-budget',
      arrangements: [
        { organisationId: 'x', deliveryMode: 'geen-financiering', fundingForm: 'functie', amountCents: 5, note: '' },
        { organisationId: 'x', deliveryMode: 'subsidie', fundingForm: 'functie', amountCents: null, note: '' },
      ],
    };
    const fields = validateFramework(f, new Set(['a'])).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['afspraken.0.aanbiederId', 'afspraken.0.bekostiging', 'afspraken.0.bedragCent', 'afspraken', 'regisserendeAanbiederId', 'regionaleBekostiging']));
  });
});

const facts = (over: Partial<SocialMapFacts> = {}): SocialMapFacts => ({
  services: [
    { name: 'Spreekuur', organisationName: 'A', channels: ['telefoon', 'website', 'inloop'], freeOfCharge: true, homeVisits: true, staffing: 'beide', phoneHours: '9–12', walkInHours: 'di' },
  ],
  locations: [{ name: 'Wijkcentrum', accessibility: ['rolstoeltoegankelijk'] }],
  faqCount: 3,
  fundedOrganisations: [{ id: 'a', name: 'A' }],
  ...over,
});

describe('Wmo 2015 checklist', () => {
  const everything = coverageMatrix([service('1', 'a', TARGET_SUBGROUPS.map((g) => g.code), [...AGE_CATEGORIES], [...LIFE_DOMAINS]), service('2', 'b', ['ouderen'], ['65+'], ['leren_en_werken'])]);

  it('is met when framework and social map cover every duty', () => {
    const items = evaluateChecklist(fullFramework(), everything, facts());
    expect(items.filter((i) => i.status !== 'voldaan').map((i) => [i.code, i.missing])).toEqual([]);
    expect(items.map((i) => i.code)).toEqual(
      expect.arrayContaining(['beschikbaar-voor-iedereen', 'gratis', 'onafhankelijk', 'belang-van-de-client', 'bereikbaar-telefoon', 'bereikbaar-digitaal', 'bereikbaar-fysiek', 'informeel-en-formeel']),
    );
  });

  it('says in plain Dutch what is missing for an empty framework', () => {
    const items = evaluateChecklist(emptyFramework('utrecht'), coverageMatrix([]), facts({ services: [], locations: [], faqCount: 0 }));
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect(byCode.get('gratis')!.status).toBe('ontbreekt');
    expect(byCode.get('onafhankelijk')!.missing.join(' ')).toMatch(/beroepscode/);
    expect(byCode.get('bereikbaar-telefoon')!.missing.join(' ')).toMatch(/telefonisch/);
    expect(byCode.get('afspraken-aanbieders')!.missing.join(' ')).toMatch(/Geen afspraak vastgelegd met A/);
    expect(byCode.get('beschikbaar-voor-iedereen')!.status).toBe('ontbreekt');
  });

  it('asks for a statute when the municipality does the work in-house, and flags paid services and inaccessible locations', () => {
    const f = { ...fullFramework(), safeguards: fullFramework().safeguards.filter((s) => s.safeguard !== 'statuut') };
    const items = evaluateChecklist(f, everything, facts({
      services: [{ ...facts().services[0]!, freeOfCharge: false }],
      locations: [{ name: 'Stadskantoor', accessibility: [] }],
    }));
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect(byCode.get('onafhankelijk')!.missing.join(' ')).toMatch(/statuut/);
    expect(byCode.get('gratis')!.missing).toEqual(['"Spreekuur" van A is niet gratis.']);
    expect(byCode.get('bereikbaar-fysiek')!.missing.join(' ')).toMatch(/Stadskantoor/);
  });
});

describe('plan draft', () => {
  it('has the client-support section with the choices, the reasoning, gaps and what is missing', () => {
    const coverage = coverageMatrix([service('1', 'a', ['ouderen'], [...AGE_CATEGORIES], [...LIFE_DOMAINS])]);
    const framework = fullFramework();
    const doc = buildPlan({
      municipalityName: 'Utrecht',
      youthRegionName: 'Utrecht Stad',
      framework,
      organisations: new Map([['a', { name: 'MEE Utrecht', kind: 'mee' }]]),
      coverage,
      checklist: evaluateChecklist(framework, coverage, facts()),
      madeOn: '2014-11-03',
    });
    const md = planMarkdown(doc);
    expect(md).toContain(`## ${PLAN_SECTION_HEADING}`);
    expect(md).toContain('# Cliëntondersteuning in Utrecht');
    expect(md).toContain('3 november 2014');
    expect(md).toMatch(/sociale wijkteams en onafhankelijke organisatie/);
    expect(md).toMatch(/vragen 5 en 6/); // Bijlage 3 note for the independent organisation
    expect(md).toContain('| MEE Utrecht | MEE | Subsidie | Functiebekostiging (beschikbaarheid) | € 1.500.000 |');
    expect(md).toMatch(/Voor deze doelgroepen is er helemaal geen aanbod/);
    expect(md).toMatch(/Wat nog geregeld moet worden/);
  });

  it('works for a municipality without any choices yet', () => {
    const coverage = coverageMatrix([]);
    const framework = emptyFramework('x');
    const md = planMarkdown(buildPlan({ municipalityName: 'X', youthRegionName: null, framework, organisations: new Map(), coverage, checklist: evaluateChecklist(framework, coverage, facts()), madeOn: '2015-01-01' }));
    expect(md).toMatch(/nog geen keuze gemaakt/);
    expect(md).toMatch(/nog geen afspraken met aanbieders/);
  });
});

describe('regional view', () => {
  it('finds providers shared by two or more members, by service area or arrangement', () => {
    const f = (code: string, orgs: string[]): Framework => ({
      ...emptyFramework(code),
      regionalFunding: 'regionaal-budget',
      scale: 'regionaal',
      variants: code === 'a' ? ['een-loket'] : ['sociale-wijkteams'],
      arrangements: orgs.map((organisationId) => ({ organisationId, deliveryMode: 'subsidie', fundingForm: 'functie', amountCents: null, note: '' })),
    });
    const members = [
      { code: 'a', name: 'A', framework: f('a', ['mee']), gaps: 0, organisationIds: ['mee', 'ggz'] },
      { code: 'b', name: 'B', framework: f('b', ['mee']), gaps: 3, organisationIds: ['loket-b'] },
      { code: 'c', name: 'C', framework: null, gaps: 408, organisationIds: ['ggz'] },
    ];
    const shared = sharedProviders(members, new Map([['mee', 'MEE'], ['ggz', 'Steunpunt GGZ']]));
    expect(shared).toEqual([
      { organisationId: 'mee', name: 'MEE', servedMembers: ['a'], arrangedMembers: ['a', 'b'] },
      { organisationId: 'ggz', name: 'Steunpunt GGZ', servedMembers: ['a', 'c'], arrangedMembers: [] },
    ]);
    expect(regionalBudgetWarnings(members)).toHaveLength(1);
  });
});
