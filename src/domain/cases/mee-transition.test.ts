import { describe, expect, it } from 'vitest';
import { continuityReport, expectedCompletion, isRunningOnTransition, statusOn, type MeeCase } from './mee-transition.ts';

const mee = (caseId: string, fields: Partial<MeeCase> = {}): MeeCase => ({ caseId, meeOrganisation: 'MEE Veluwe', municipalityCode: 'GM0200', ...fields });

describe('MEE cases running on 1 January 2015', () => {
  it('expects completion four months after the start', () => {
    expect(expectedCompletion({ startedOn: '2014-10-31' })).toEqual({ expectedOn: '2015-02-28', basis: 'startdatum', overdueAtTransition: false });
    expect(expectedCompletion({ startedOn: '2014-06-01' })).toMatchObject({ expectedOn: '2014-10-01', overdueAtTransition: true });
    expect(expectedCompletion({})).toEqual({ expectedOn: '2015-05-01', basis: 'overgangsdatum', overdueAtTransition: false });
  });

  it('knows which cases were running on the transition date', () => {
    expect(isRunningOnTransition(mee('a', { startedOn: '2014-11-01' }))).toBe(true);
    expect(isRunningOnTransition(mee('b', { startedOn: '2014-11-01', completedOn: '2014-12-31' }))).toBe(false);
    expect(isRunningOnTransition(mee('c', { startedOn: '2014-11-01', completedOn: '2015-01-01' }))).toBe(true);
    expect(isRunningOnTransition(mee('d', { startedOn: '2015-01-01' }))).toBe(false);
    expect(isRunningOnTransition(mee('e'))).toBe(true);
  });

  it('takes the first of completion and transfer as the status on a date', () => {
    const c = mee('a', { startedOn: '2014-11-01', transferredOn: '2015-02-01', completedOn: '2015-04-01' });
    expect([statusOn(c, '2015-01-15'), statusOn(c, '2015-02-01'), statusOn(c, '2015-05-01')]).toEqual(['bij_mee', 'overgedragen', 'overgedragen']);
  });

  it('counts continuity: still with MEE, completed, transferred, overdue', () => {
    const cases = [
      mee('a', { startedOn: '2014-11-01', completedOn: '2015-02-10' }),
      mee('b', { startedOn: '2014-12-01', transferredOn: '2015-01-20', transferredTo: 'wijkteam Noord' }),
      mee('c', { startedOn: '2014-09-01' }), // expected 2015-01-01: overdue on 1 March
      mee('d', { startedOn: '2014-12-15', meeOrganisation: 'MEE Gelderse Poort', municipalityCode: undefined }),
      mee('e', { startedOn: '2014-05-01', completedOn: '2014-09-01' }), // not running
    ];
    const r = continuityReport(cases, '2015-03-01');
    expect(r.totals).toEqual({ total: 4, stillWithMee: 2, completed: 1, transferred: 1, overdue: 1 });
    expect(r.notRunningOnTransition).toBe(1);
    expect(r.byMeeOrganisation['MEE Gelderse Poort']).toEqual({ total: 1, stillWithMee: 1, completed: 0, transferred: 0, overdue: 0 });
    expect(Object.keys(r.byMunicipality).sort()).toEqual(['GM0200', 'onbekend']);
    expect(r.byMunicipality['GM0200']!.total).toBe(3);
  });
});
