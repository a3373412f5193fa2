import { describe, expect, it } from 'vitest';
import { readReferenceCsv } from '../../src/db/reference/csv-files.ts';
import { NATIONAL_INHABITANTS_2013 } from '../../src/db/reference/budget-counts-2014.ts';

// The shipped CBS inhabitants of 1 January 2013 are reconstructed (SOURCES.md §5.2); each row carries the parts
// it was computed from and an independent CBS figure it must agree with.
const rows = readReferenceCsv('2014/inhabitants-2013.csv');
const codes = readReferenceCsv('cbs-gemeentecodes-2013.csv').map((r) => r.cbs_code);

describe('2014/inhabitants-2013.csv', () => {
  it('has every CBS code of the 2013 division once and adds up to the national total of CBS', () => {
    expect(rows.map((r) => r.cbs_code).sort()).toEqual([...codes].sort());
    expect(rows.reduce((a, r) => a + Number(r.inwoners), 0)).toBe(NATIONAL_INHABITANTS_2013);
  });

  it('each count is 1 January 2012 plus the growth of 2012, and lies in the five-wide band of the Wijk- en buurtkaart 2013', () => {
    for (const r of rows) {
      const n = Number(r.inwoners);
      expect(Number.isInteger(n) && n > 0).toBe(true);
      expect(Number(r.inwoners_1_1_2012) + Number(r.groei_2012), r.naam).toBe(n);
      // The Wijk- en buurtkaart publishes counts in steps of five; all 408 rows follow one rounding rule.
      expect(Number(r.kwb_2013_afgerond), r.naam).toBe(5 * Math.floor((n + 1) / 5));
    }
  });
});
