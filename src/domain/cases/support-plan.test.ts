import { describe, expect, it } from 'vitest';
import { approvalStatus, checkRevision, EMPTY_PLAN, revisePlan, type PlanAgreement, type PlanResult, type SupportPlan } from './support-plan.ts';

const result = (id: string, description = `Resultaat ${id}`): PlanResult => ({ id, description, lifeDomain: 'zelfstandig_wonen_en_samenleven' });
const agreement = (id: string, extra: Partial<PlanAgreement> = {}): PlanAgreement => ({ id, description: `Afspraak ${id}`, party: 'client', who: '', resultIds: ['r1'], ...extra });
const TODAY = '2015-03-10';

function saved(plan: SupportPlan, revision: Parameters<typeof revisePlan>[1]): SupportPlan {
  const next = revisePlan(plan, revision, TODAY);
  if (!next.ok) throw new Error(JSON.stringify(next.error));
  return next.value;
}

describe('support plan (eigen plan)', () => {
  it('starts empty and not agreed; every save is a new version', () => {
    expect(approvalStatus(EMPTY_PLAN)).toBe('niet_akkoord');
    const v1 = saved(EMPTY_PLAN, { results: [result('r1')], agreements: [agreement('a1')] });
    expect(v1.version).toBe(1);
    expect(approvalStatus(v1)).toBe('niet_akkoord');
    const v2 = saved(v1, { results: [result('r1')], agreements: [agreement('a1')] });
    expect(v2.version).toBe(2);
  });

  it('records the client agreement with the version saved, and keeps it while the content is the same', () => {
    const v1 = saved(EMPTY_PLAN, { results: [result('r1')], agreements: [agreement('a1')] });
    const v2 = saved(v1, { results: v1.results, agreements: v1.agreements, approvedOn: '2015-03-09' });
    expect(v2.approval).toEqual({ on: '2015-03-09', version: 2 });
    expect(approvalStatus(v2)).toBe('akkoord');
    // Saving the same plan again (the form sends the date back) keeps the agreement.
    const v3 = saved(v2, { results: v2.results, agreements: v2.agreements, approvedOn: '2015-03-09' });
    expect(v3.approval).toEqual({ on: '2015-03-09', version: 3 });
    const v4 = saved(v3, { results: v3.results, agreements: v3.agreements });
    expect(approvalStatus(v4)).toBe('akkoord');
  });

  it('turns the agreement into one to an earlier version when the plan changes, until the client agrees again', () => {
    const v1 = saved(EMPTY_PLAN, { results: [result('r1')], agreements: [agreement('a1')], approvedOn: '2015-03-01' });
    expect(approvalStatus(v1)).toBe('akkoord');
    const v2 = saved(v1, { results: [result('r1'), result('r2')], agreements: [agreement('a1')], approvedOn: '2015-03-01' });
    expect(v2.approval).toEqual({ on: '2015-03-01', version: 1 });
    expect(approvalStatus(v2)).toBe('eerdere_versie');
    const v3 = saved(v2, { results: v2.results, agreements: v2.agreements, approvedOn: '2015-03-10' });
    expect(approvalStatus(v3)).toBe('akkoord');
  });

  it('lists every problem at once: empty texts, unknown results, missing names, duplicates, dates', () => {
    const errors = checkRevision(
      {
        results: [result('r1', ' '), result('r1')],
        agreements: [agreement('a1', { party: 'netwerk', who: '', resultIds: ['r9'] }), agreement('a1', { description: '', party: 'aanbieder', who: 'Thuiszorg West', dueOn: '2015-02-30' })],
        approvedOn: '2015-03-11',
      },
      TODAY,
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['resultaten.0.omschrijving', 'plan-text-required'],
      ['resultaten.1.id', 'plan-duplicate-id'],
      ['afspraken.0.wie', 'plan-who-required'],
      ['afspraken.0.resultaten.0', 'plan-unknown-result'],
      ['afspraken.1.omschrijving', 'plan-text-required'],
      ['afspraken.1.id', 'plan-duplicate-id'],
      ['afspraken.1.datum', 'plan-bad-date'],
      ['akkoordDatum', 'plan-approval-in-future'],
    ]);
    expect(errors.find((e) => e.code === 'plan-who-required')!.message).toBe('Vul in wie dit doet (iemand uit het netwerk).');
  });

  it('does not let the client agree to an empty plan', () => {
    const res = revisePlan(EMPTY_PLAN, { results: [], agreements: [], approvedOn: TODAY }, TODAY);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error[0]!.code).toBe('plan-empty-approval');
  });
});
