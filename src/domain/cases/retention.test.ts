import { describe, expect, it } from 'vitest';
import { caseWith, closedCase, questionAt } from './fixtures.testdata.ts';
import { ANONYMISED, anonymiseAfter, anonymiseCase, isDueForAnonymisation } from './retention.ts';
import type { Bsn } from './bsn.ts';

describe('retention', () => {
  it('anonymises after five years by default, configurable', () => {
    expect(anonymiseAfter('2015-05-01')).toBe('2020-05-01');
    expect(anonymiseAfter('2016-02-29', 1)).toBe('2017-02-28');
    expect(anonymiseAfter('2015-05-01', 7)).toBe('2022-05-01');
    expect(() => anonymiseAfter('2015-05-01', 0)).toThrow(RangeError);
  });

  it('is due from the anonymisation date on, never for an open case', () => {
    const c = closedCase('a', '2015-05-01');
    expect(isDueForAnonymisation(c, '2020-04-30')).toBe(false);
    expect(isDueForAnonymisation(c, '2020-05-01')).toBe(true);
    expect(isDueForAnonymisation(c, '2017-05-01', 2)).toBe(true);
    const open = caseWith([questionAt('q1', 'afgesloten', { on: '2015-01-01' }), questionAt('q2', 'arrangement')]);
    expect(isDueForAnonymisation(open, '2030-01-01')).toBe(false);
    expect(isDueForAnonymisation(caseWith([]), '2030-01-01')).toBe(false);
  });

  it('removes every person reference and keeps what reports need', () => {
    const c = {
      ...closedCase('a', '2015-05-01', 3),
      bsn: '111222333' as Bsn,
      supporter: { kind: 'professioneel' as const, personId: 's-2', assignedOn: '2015-02-01' },
      formerSupporters: [{ kind: 'professioneel' as const, personId: 's-1', assignedOn: '2015-01-05' }],
      decisionMakers: [{ personId: 'b-1', provision: 'vervoer', assignedOn: '2015-02-01' }],
      replacementRequests: [{ requestedOn: '2015-01-20', doubtedSupporterId: 's-1', reason: 'vertrouw haar niet', resolvedOn: '2015-02-01', newSupporterId: 's-2' }],
    };
    const a = anonymiseCase(c);
    const text = JSON.stringify(a);
    for (const secret of ['111222333', 'client-a', 's-1', 's-2', 'b-1', 'vertrouw haar niet']) expect(text).not.toContain(secret);
    expect(a.clientId).toBe(ANONYMISED);
    expect(a.questions).toEqual(c.questions);
    expect(a.decisionMakers[0]!.provision).toBe('vervoer');
  });
});
