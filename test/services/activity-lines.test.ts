import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineBuffer } from '../../src/services/activities/lines.ts';
import type { Activity, AgeCategory } from '../../src/domain/activities/index.ts';

/**
 * The hash and COPY lines are written as bytes by hand for speed (issue 23 goal 2). They must be exactly
 * the UTF-8 of the strings built before: the sha256 of earlier imports is stored, so a changed byte would
 * make a file imported before count as new. The references below are the code they replaced, verbatim;
 * the hash took the string as UTF-8, and so did the COPY stream.
 */
const lines = new LineBuffer(16); // small, so that growing is tested too
function hashLine(a: Activity): Buffer {
  lines.clear();
  lines.addHashLine(a);
  return Buffer.from(lines.view());
}
function copyLine(a: Activity): Buffer {
  lines.clear();
  lines.addCopyLine(a);
  const taken = lines.take();
  const kept = Buffer.from(taken);
  lines.addCopyLine(a); // into a new buffer: the bytes handed to the COPY stream stay as they were
  expect(taken).toEqual(kept);
  expect(lines.view()).toEqual(kept);
  return kept;
}
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const referenceHashLine = (a: Activity) =>
  `${JSON.stringify([a.date, a.municipalityCode, a.providerCode, a.service, a.minutes, a.targetGroup, a.ageCategory, a.lifeDomain, a.district])}\n`;

function referenceCopyField(value: string | number | null): string {
  if (value === null) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}
const referenceCopyLine = (a: Activity) =>
  `${referenceCopyField(a.providerCode)}\t${a.municipalityCode}\t${a.date}\t${referenceCopyField(a.service)}\t${a.minutes}\t${referenceCopyField(a.targetGroup)}\t${referenceCopyField(a.ageCategory)}\t${referenceCopyField(a.lifeDomain)}\t${referenceCopyField(a.district)}\n`;

const base: Activity = {
  date: '2015-03-01',
  municipalityCode: 'utrecht',
  providerCode: 'mee-ugv',
  service: 'Cliëntondersteuning',
  minutes: 45,
  targetGroup: 'Jeugd',
  ageCategory: '0-18',
  lifeDomain: 'Wonen',
  district: 'Overvecht',
};

const tricky = [
  '',
  'a"b',
  '"',
  'back\\slash',
  '\\',
  'tab\there',
  'line\nbreak',
  'cr\rlf\r\n',
  '\u0000nul',
  '\u0001\u0008\u000b\u000c\u001f',
  '\u007f del and \u0080 C1',
  '\u2028\u2029 line separators',
  'Cliëntondersteuning, Súdwest-Fryslân, ß, €',
  'emoji 😀 and 👩‍👩‍👧',
  'lone high \ud83d end',
  'lone low \ude00 end',
  '\udfff\ud800 reversed pair',
  '</script>',
  'ümlaut"\\\t mix 😀\u0002',
];

describe('LineBuffer: hash and COPY lines of the activity import', () => {
  it('give byte for byte the JSON.stringify line and the COPY line of before, for tricky texts in every text column', () => {
    const columns = ['date', 'municipalityCode', 'providerCode', 'service', 'targetGroup', 'lifeDomain', 'district'] as const;
    for (const column of columns) {
      for (const text of tricky) {
        const a = { ...base, [column]: text };
        expect(hashLine(a), `${column}: ${JSON.stringify(text)}`).toEqual(utf8(referenceHashLine(a)));
        expect(copyLine(a), `${column}: ${JSON.stringify(text)}`).toEqual(utf8(referenceCopyLine(a)));
      }
    }
  });

  it('give the same for null columns and any number of minutes', () => {
    const nulls: Activity = { ...base, targetGroup: null, ageCategory: null, lifeDomain: null, district: null };
    for (const minutes of [1, 45, 1440, 0, -0, 1.5, 1e21, NaN, Infinity]) {
      const a = { ...nulls, minutes };
      expect(hashLine(a)).toEqual(utf8(referenceHashLine(a)));
      expect(copyLine(a)).toEqual(utf8(referenceCopyLine(a)));
    }
  });

  it('give the same for arbitrary texts (property: any UTF-16, lone surrogates included)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '"', '\\', '\t', '\n', '\r', '\u0000', 'é', '\ud800', '\udc00', '😀') }));
    const optionalText = fc.option(text, { nil: null });
    const activity = fc.record({
      date: text,
      municipalityCode: text,
      providerCode: text,
      service: text,
      minutes: fc.oneof(fc.integer(), fc.double()),
      targetGroup: optionalText,
      ageCategory: fc.option(fc.constantFrom<AgeCategory>('0-18', '18-25', '25-65', '65+'), { nil: null }),
      lifeDomain: optionalText,
      district: optionalText,
    });
    fc.assert(
      fc.property(activity, (a) => {
        expect(hashLine(a)).toEqual(utf8(referenceHashLine(a)));
        expect(copyLine(a)).toEqual(utf8(referenceCopyLine(a)));
      }),
      { numRuns: 2000 },
    );
  });
});
