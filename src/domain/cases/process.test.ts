import { describe, expect, it } from 'vitest';
import { caseWith, questionAt, withSupporter } from './fixtures.testdata.ts';
import { assignSupporter, clientArrangesOwnSupport, recordReplacementRequest } from './independence.ts';
import { classifyQuestion, newQuestion, withQuestion, type Case } from './model.ts';
import { advance, advanceInCase, STEPS, TRANSITIONS, type CloseReason, type Step } from './process.ts';

/** Figuur 1, written out by hand so that a change in TRANSITIONS has to be a deliberate one. */
const EXPECTED: Record<Step, readonly Step[]> = {
  eerste_contact: ['gesprek', 'afgesloten'],
  gesprek: ['vragen_verhelderen', 'afgesloten'],
  vragen_verhelderen: ['oplossingen_afspreken', 'afgesloten'],
  oplossingen_afspreken: ['toewijzing_voorzieningen', 'arrangement', 'afgesloten'],
  toewijzing_voorzieningen: ['arrangement', 'afgesloten'],
  arrangement: ['evaluatie', 'afgesloten'],
  evaluatie: ['gesprek', 'vragen_verhelderen', 'arrangement', 'afgesloten'],
  afgesloten: [],
};

const reasonFor = (from: Step): CloseReason =>
  TRANSITIONS.find((t) => t.from === from && t.to === 'afgesloten')?.closeReasons?.[0] ?? 'ingetrokken';

describe('transitions of Figuur 1', () => {
  it('the transition table is exactly Figuur 1 plus the documented additions', () => {
    for (const from of STEPS) {
      expect(TRANSITIONS.filter((t) => t.from === from).map((t) => t.to).sort(), from).toEqual([...EXPECTED[from]].sort());
    }
  });

  const pairs = STEPS.flatMap((from) => STEPS.map((to) => [from, to, EXPECTED[from].includes(to)] as const));
  it.each(pairs)('%s → %s allowed: %s', (from, to, allowed) => {
    const q = questionAt('q1', from);
    const result = advance(q, to, { case: caseWith([q]), on: '2015-03-01', closeReason: reasonFor(from) });
    expect(result.ok).toBe(allowed);
    if (result.ok) {
      expect(result.value.step).toBe(to);
      expect(result.value.history.at(-1)).toMatchObject({ from, to, on: '2015-03-01' });
    } else {
      expect(result.error.code).toBe(from === 'afgesloten' ? 'question-closed' : 'transition-not-allowed');
      expect(result.error.message).toMatch(/kan niet|afgesloten/);
    }
  });

  it('a question goes round the cycle and closes after evaluation', () => {
    let c: Case = caseWith([newQuestion({ id: 'q1', receivedVia: 'digitaal' }, '2015-01-10')]);
    const walk: Step[] = ['gesprek', 'vragen_verhelderen'];
    for (const to of walk) c = unwrap(advanceInCase(c, 'q1', to, { on: '2015-01-12' }));
    c = withQuestion(c, classifyQuestion(c.questions[0]!, 4, 3));
    for (const to of ['oplossingen_afspreken', 'toewijzing_voorzieningen', 'arrangement', 'evaluatie', 'vragen_verhelderen', 'oplossingen_afspreken', 'arrangement', 'evaluatie'] as Step[]) {
      c = unwrap(advanceInCase(c, 'q1', to, { on: '2015-02-01' }));
    }
    c = unwrap(advanceInCase(c, 'q1', 'afgesloten', { on: '2015-05-01', closeReason: 'afgerond' }));
    expect(c.questions[0]).toMatchObject({ step: 'afgesloten', closeReason: 'afgerond', closedOn: '2015-05-01' });
    expect(c.questions[0]!.history).toHaveLength(12);
  });

  it('questions of one case are at their own steps', () => {
    const c = caseWith([questionAt('a', 'arrangement'), questionAt('b', 'gesprek')]);
    const next = unwrap(advanceInCase(c, 'b', 'vragen_verhelderen', { on: '2015-03-01' }));
    expect(next.questions.map((q) => q.step)).toEqual(['arrangement', 'vragen_verhelderen']);
  });
});

describe('guards', () => {
  it('clarification needs question type and self-direction', () => {
    const q = { ...questionAt('q1', 'vragen_verhelderen'), type: undefined };
    const r = advance(q, 'oplossingen_afspreken', { case: caseWith([q]), on: '2015-03-01' });
    expect(r.ok || r.error.code).toBe('question-not-classified');
  });

  it('closing needs a reason that fits the step', () => {
    const q = questionAt('q1', 'arrangement');
    const c = caseWith([q]);
    const none = advance(q, 'afgesloten', { case: c, on: '2015-03-01' });
    expect(none.ok || none.error.code).toBe('close-reason-required');
    const wrong = advance(q, 'afgesloten', { case: c, on: '2015-03-01', closeReason: 'direct_beantwoord' });
    expect(wrong.ok || wrong.error.code).toBe('close-reason-not-allowed');
    expect(advance(q, 'afgesloten', { case: c, on: '2015-03-01', closeReason: 'ingetrokken' }).ok).toBe(true);
  });

  it('refuses a date before the previous step and a question from another case', () => {
    const q = questionAt('q1', 'gesprek', { on: '2015-03-01' });
    const early = advance(q, 'vragen_verhelderen', { case: caseWith([q]), on: '2015-02-28' });
    expect(early.ok || early.error).toMatchObject({ code: 'date-before-last-step', message: expect.stringContaining('1 maart 2015') });
    const foreign = advance(q, 'vragen_verhelderen', { case: caseWith([]), on: '2015-03-02' });
    expect(foreign.ok || foreign.error.code).toBe('question-not-in-case');
    expect(advanceInCase(caseWith([]), 'zz', 'gesprek', { on: '2015-03-02' }).ok).toBe(false);
  });
});

describe('a case whose client asked for another supporter is blocked', () => {
  const base = withSupporter(caseWith([questionAt('a', 'gesprek'), questionAt('b', 'evaluatie')]), 's-1');
  const blocked = unwrap(recordReplacementRequest(base, { requestedOn: '2015-03-03', reason: 'twijfelt aan objectiviteit' }));

  it('refuses every transition of every question, including closing', () => {
    for (const [id, to] of [['a', 'vragen_verhelderen'], ['b', 'gesprek'], ['b', 'afgesloten']] as const) {
      const r = advanceInCase(blocked, id, to, { on: '2015-03-04', closeReason: 'afgerond' });
      expect(r.ok || r.error.code).toBe('case-blocked');
      if (!r.ok) expect(r.error.message).toContain('3 maart 2015');
    }
  });

  it('unblocks when a different supporter is assigned, professional or informal', () => {
    const pro = unwrap(assignSupporter(blocked, { kind: 'professioneel', personId: 's-2', assignedOn: '2015-03-05' }));
    expect(advanceInCase(pro, 'a', 'vragen_verhelderen', { on: '2015-03-06' }).ok).toBe(true);
    const informal = unwrap(assignSupporter(blocked, { kind: 'informeel', personId: 'zus', relation: 'familie', assignedOn: '2015-03-05' }));
    expect(advanceInCase(informal, 'a', 'vragen_verhelderen', { on: '2015-03-06' }).ok).toBe(true);
  });

  it('stays blocked when the doubted supporter is assigned again', () => {
    const same = assignSupporter(blocked, { kind: 'professioneel', personId: 's-1', assignedOn: '2015-03-05' });
    expect(same.ok || same.error.code).toBe('doubted-by-client');
  });

  it('unblocks when the client arranges support himself', () => {
    const own = clientArrangesOwnSupport(blocked, '2015-03-05');
    expect(own.supporter).toBeUndefined();
    expect(advanceInCase(own, 'b', 'gesprek', { on: '2015-03-06' }).ok).toBe(true);
  });
});

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
