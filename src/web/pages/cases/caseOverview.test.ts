import { describe, expect, it } from 'vitest';
import type { Case, Note, Question } from '../../api/caseTypes.ts';
import { nextStep, questionText, runningDeadlines, timeline } from './caseOverview.ts';
import type { Plan } from './planTypes.ts';

const question = (patch: Partial<Question> = {}): Question => ({
  id: 'q1',
  stap: 'eerste_contact',
  stapNaam: 'Eerste contact',
  kanaal: 'telefonisch',
  leefgebieden: [],
  mogelijkeStappen: ['gesprek', 'afgesloten'],
  geschiedenis: [],
  vraagtype: null,
  regie: null,
  voorstel: null,
  keuze: null,
  afsluitreden: null,
  geslotenDatum: null,
  ...patch,
});
const supporter = { id: 'u1', naam: 'Sanne', soort: 'professioneel', relatie: null, toegewezenDatum: '2026-12-01' } as const;
const note = (patch: Partial<Note>): Note => ({
  id: 'n',
  soort: 'notitie',
  vraagId: null,
  kanaal: null,
  datum: '2026-12-01',
  tekst: '',
  vastgelegdDoor: null,
  vastgelegdDoorNaam: null,
  tijdstip: '2026-12-01T10:00:00Z',
  ...patch,
});

describe('the next step of a case', () => {
  it('asks for another supporter first in a blocked case, then for a supporter at all', () => {
    expect(nextStep({ geblokkeerd: true, ondersteuner: supporter, vragen: [question()] })).toEqual({ kind: 'blocked' });
    expect(nextStep({ geblokkeerd: false, ondersteuner: null, vragen: [question()] })).toEqual({ kind: 'assign' });
  });

  it('moves the first open question forward in Figuur 1, classifying before solutions are agreed', () => {
    const closed = question({ id: 'q0', stap: 'afgesloten', mogelijkeStappen: [] });
    expect(nextStep({ geblokkeerd: false, ondersteuner: supporter, vragen: [closed, question()] })).toEqual({ kind: 'step', question: 2, questionId: 'q1', from: 'eerste_contact', to: 'gesprek' });
    const clarifying = question({ stap: 'vragen_verhelderen', mogelijkeStappen: ['oplossingen_afspreken', 'afgesloten'] });
    expect(nextStep({ geblokkeerd: false, ondersteuner: supporter, vragen: [clarifying] })).toEqual({ kind: 'classify', question: 1 });
    const classified = { ...clarifying, vraagtype: 3, regie: 2 };
    expect(nextStep({ geblokkeerd: false, ondersteuner: supporter, vragen: [classified] })).toMatchObject({ kind: 'step', to: 'oplossingen_afspreken' });
    // Two ways forward (§3.1): the nearest in Figuur 1 is suggested, the other stays in the question's tab.
    const agreeing = question({ stap: 'oplossingen_afspreken', mogelijkeStappen: ['arrangement', 'toewijzing_voorzieningen', 'afgesloten'] });
    expect(nextStep({ geblokkeerd: false, ondersteuner: supporter, vragen: [agreeing] })).toMatchObject({ kind: 'step', to: 'toewijzing_voorzieningen' });
  });

  it('suggests closing in evaluation (going back is a choice) and is done when every question is closed', () => {
    const evaluating = question({ stap: 'evaluatie', mogelijkeStappen: ['gesprek', 'vragen_verhelderen', 'arrangement', 'afgesloten'] });
    expect(nextStep({ geblokkeerd: false, ondersteuner: supporter, vragen: [evaluating] })).toEqual({ kind: 'close', question: 1, from: 'evaluatie' });
    expect(nextStep({ geblokkeerd: false, ondersteuner: null, vragen: [question({ stap: 'afgesloten', mogelijkeStappen: [] })] })).toEqual({ kind: 'done' });
  });
});

describe('the summary and the timeline', () => {
  it("takes the client's question from the intake's contact moment of that question", () => {
    const notities = [
      note({ id: 'b', soort: 'contactmoment', vraagId: 'q1', datum: '2026-12-02', tekst: 'Later gebeld' }),
      note({ id: 'a', soort: 'contactmoment', vraagId: 'q1', datum: '2026-12-01', tekst: 'Ik wil hulp bij mijn woning.' }),
      note({ id: 'c', vraagId: null, datum: '2026-11-30', tekst: 'Losse notitie' }),
    ];
    expect(questionText({ notities }, 'q1')).toBe('Ik wil hulp bij mijn woning.');
    expect(questionText({ notities }, 'q2')).toBeNull();
    expect(timeline(notities).map((n) => n.id)).toEqual(['b', 'a', 'c']);
  });

  it('lists the running deadlines soonest first: unused objection periods, coming agreements, evaluations', () => {
    const termijn = (eindDatum: string) => ({ eindDatum }) as NonNullable<Case['bezwaren'][number]['termijn']>;
    const objection = (patch: Partial<Case['bezwaren'][number]>) => ({ soort: 'bezwaar', onderwerp: 'Besluit', termijn: termijn('2026-12-20'), ingediendDatum: null, dagenOver: 17, verlopen: false, ...patch }) as Case['bezwaren'][number];
    const c = {
      bezwaren: [objection({}), objection({ ingediendDatum: '2026-12-02' }), objection({ soort: 'klacht', termijn: null })],
      vragen: [question({ stap: 'evaluatie', geschiedenis: [{ van: 'arrangement', naar: 'evaluatie', datum: '2026-11-15', afsluitreden: null }] })],
    };
    const plan = { afspraken: [{ datum: '2026-12-10', omschrijving: 'Traplift aanvragen' }, { datum: '2026-11-01', omschrijving: 'Voorbij' }, { datum: null, omschrijving: 'Zonder datum' }] } as unknown as Pick<Plan, 'afspraken'>;
    expect(runningDeadlines(c, plan, '2026-12-03')).toEqual([
      { kind: 'evaluation', date: '2026-11-15', question: 1 },
      { kind: 'agreement', date: '2026-12-10', subject: 'Traplift aanvragen' },
      { kind: 'objection', date: '2026-12-20', soort: 'bezwaar', subject: 'Besluit', daysLeft: 17, expired: false },
    ]);
  });
});
