import { describe, expect, it } from 'vitest';
import * as cases from './index.ts';

describe('public API', () => {
  it('exports the functions the application layer needs', () => {
    for (const name of [
      'advance', 'advanceInCase', 'transitionsFrom', 'newCase', 'newQuestion', 'classifyQuestion', 'withQuestion', 'caseClosedOn',
      'suggestSupport', 'allSuggestions', 'overrideSuggestion', 'acceptSuggestion',
      'checkAssignment', 'assignSupporter', 'assignDecisionMaker', 'recordReplacementRequest', 'clientArrangesOwnSupport', 'isBlocked',
      'objectionDeadline', 'appealDeadline', 'statutoryDeadline', 'isFiledInTime', 'warningsDue', 'atwHolidays', 'easterSunday',
      'validateBsn', 'isValidBsn', 'maskBsn', 'drawEvaluationSample', 'anonymiseAfter', 'isDueForAnonymisation', 'anonymiseCase',
      'expectedCompletion', 'continuityReport',
      'revisePlan', 'checkRevision', 'approvalStatus', 'isCurrentConsent', 'consentsCovering', 'referralConsentWarning', 'checkNewConsent', 'withdrawConsent',
    ]) {
      expect(typeof (cases as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(cases.STEPS).toHaveLength(8);
    expect(cases.TRANSITION_DATE).toBe('2015-01-01');
  });
});
