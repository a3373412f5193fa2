import { describe, expect, it } from 'vitest';
import { allowedActions, transition, type SUBMISSION_STATES, type SubmissionAction, type Side } from './submission.ts';

describe('the submission state machine', () => {
  it('runs concept → ingediend → vragen → ingediend → geaccepteerd', () => {
    const steps: [SubmissionAction, Side, string][] = [
      ['opslaan', 'aanbieder', 'concept'],
      ['indienen', 'aanbieder', 'ingediend'],
      ['vraag_stellen', 'gemeente', 'vragen'],
      ['opslaan', 'aanbieder', 'vragen'],
      ['indienen', 'aanbieder', 'ingediend'],
      ['accepteren', 'gemeente', 'geaccepteerd'],
    ];
    let state = 'concept' as (typeof SUBMISSION_STATES)[number];
    for (const [action, side, expected] of steps) {
      const r = transition(state, action, side);
      expect(r).toEqual({ ok: true, state: expected });
      if (r.ok) state = r.state;
    }
  });

  it('never lets a side do the other side’s action', () => {
    expect(transition('ingediend', 'accepteren', 'aanbieder')).toMatchObject({ ok: false, code: 'wrong-side' });
    expect(transition('concept', 'indienen', 'gemeente')).toMatchObject({ ok: false, code: 'wrong-side' });
  });

  it('keeps an accepted report final and a submitted one closed to edits', () => {
    for (const action of ['opslaan', 'indienen'] as const) expect(transition('geaccepteerd', action, 'aanbieder')).toMatchObject({ ok: false, code: 'wrong-state' });
    for (const action of ['vraag_stellen', 'accepteren'] as const) expect(transition('geaccepteerd', action, 'gemeente')).toMatchObject({ ok: false, code: 'wrong-state' });
    expect(transition('ingediend', 'opslaan', 'aanbieder')).toMatchObject({ ok: false, code: 'wrong-state' });
    expect(transition('concept', 'accepteren', 'gemeente')).toMatchObject({ ok: false, code: 'wrong-state' });
  });

  it('refuses an incomplete submission and names what is missing', () => {
    const r = transition('concept', 'indienen', 'aanbieder', ['Uitgaven (euro)']);
    expect(r).toMatchObject({ ok: false, code: 'incomplete' });
    expect(!r.ok && r.message).toContain('Uitgaven (euro)');
  });

  it('lists the actions each side has in each state', () => {
    expect(allowedActions('concept', 'aanbieder')).toEqual(['opslaan', 'indienen']);
    expect(allowedActions('ingediend', 'gemeente')).toEqual(['vraag_stellen', 'accepteren']);
    expect(allowedActions('geaccepteerd', 'aanbieder')).toEqual([]);
  });
});
