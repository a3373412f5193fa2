import { ConflictError } from '../errors.ts';
import { describe, expect, it } from 'vitest';
import * as budget from './index.ts';

describe('public API', () => {
  it('exports the functions the API layer wires up', () => {
    for (const name of [
      'allocateLargestRemainder', 'apportion', 'allocateClientSupport', 'allocateIvh', 'validateKey', 'keyFromInhabitantsWeight',
      'deriveShares', 'recompute', 'scenarioAlternativeKey', 'regionalPools', 'frictionExposure', 'rollForward', 'changesFromPairs',
      'formatEuro', 'parseEuro', 'rational', 'parseRational', 'toDecimal', 'toFraction',
    ]) {
      expect(typeof (budget as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(budget.DEFAULT_KEY.inhabitantsWeight).toEqual(budget.rational(1n, 5n));
    expect(typeof budget.rationalMath.add).toBe('function');
    // Missing shares are a state (none stored for the split) that blocks the computation: a conflict.
    expect(new budget.MissingSplitSharesError([], [], 'x')).toBeInstanceOf(ConflictError);
  });
});
