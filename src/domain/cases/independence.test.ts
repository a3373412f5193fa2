import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseWith, questionAt, withSupporter } from './fixtures.testdata.ts';
import {
  assignDecisionMaker,
  assignSupporter,
  checkAssignment,
  doubtedSupporters,
  isBlocked,
  recordReplacementRequest,
} from './independence.ts';
import type { Case } from './model.ts';

const names: Record<string, string> = { 'b-1': 'Jan de Vries', 's-1': 'Fatma Yilmaz', 's-2': 'Piet Bakker' };
const nameOf = (id: string) => names[id] ?? id;

const withDecider: Case = {
  ...caseWith([questionAt('q', 'toewijzing_voorzieningen')]),
  decisionMakers: [{ personId: 'b-1', provision: 'woningaanpassing', assignedOn: '2015-02-10' }],
};

describe('who decides never supports', () => {
  it('refuses the decision maker as supporter, with a clear Dutch message', () => {
    const r = checkAssignment(withDecider, 'b-1', 'ondersteuner', nameOf);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('decides-for-client');
      expect(r.error.message).toBe(
        "Jan de Vries kan niet de cliëntondersteuner van deze cliënt zijn, omdat Jan de Vries beslist over de aanvraag 'woningaanpassing' van deze cliënt. " +
          'Beslissen en ondersteunen mogen niet in één hand liggen.',
      );
    }
    const assigned = assignSupporter(withDecider, { kind: 'professioneel', personId: 'b-1', assignedOn: '2015-02-11' });
    expect(assigned.ok).toBe(false);
  });

  it('names every provision the person decides on', () => {
    const two = { ...withDecider, decisionMakers: [...withDecider.decisionMakers, { personId: 'b-1', provision: 'vervoer', assignedOn: '2015-02-12' }] };
    const r = checkAssignment(two, 'b-1', 'ondersteuner');
    expect(r.ok || r.error.message).toContain("'woningaanpassing' en 'vervoer'");
  });

  it('allows another person, and the rule is per client', () => {
    expect(checkAssignment(withDecider, 's-1', 'ondersteuner').ok).toBe(true);
    expect(checkAssignment(caseWith([]), 'b-1', 'ondersteuner').ok).toBe(true);
  });
});

describe('who supports never decides', () => {
  const supported = withSupporter(withDecider, 's-1');

  it('refuses the current supporter as decision maker', () => {
    const r = assignDecisionMaker(supported, { personId: 's-1', provision: 'begeleiding', assignedOn: '2015-03-01' }, nameOf);
    expect(r.ok || r.error).toEqual({
      code: 'supports-client',
      message: 'Fatma Yilmaz kan niet beslissen over een aanvraag van deze cliënt, omdat Fatma Yilmaz de cliëntondersteuner van deze cliënt is.',
    });
  });

  it('refuses a former supporter too', () => {
    const moved = assignSupporter(supported, { kind: 'professioneel', personId: 's-2', assignedOn: '2015-03-01' });
    if (!moved.ok) throw new Error(moved.error.message);
    const r = checkAssignment(moved.value, 's-1', 'beslisser');
    expect(r.ok || r.error.message).toContain('eerder de cliëntondersteuner');
  });

  it('registers an independent decision maker', () => {
    const r = assignDecisionMaker(supported, { personId: 'b-2', provision: 'begeleiding', assignedOn: '2015-03-01' });
    expect(r.ok && r.value.decisionMakers.map((d) => d.personId)).toEqual(['b-1', 'b-2']);
  });
});

describe('the client may ask for another supporter', () => {
  const supported = withSupporter(caseWith([]), 's-1');

  it('records the request, blocks the case, and needs a supporter to replace', () => {
    const r = recordReplacementRequest(supported, { requestedOn: '2015-03-03' });
    expect(r.ok && isBlocked(r.value)).toBe(true);
    expect(r.ok && doubtedSupporters(r.value)).toEqual(['s-1']);
    const again = r.ok ? recordReplacementRequest(r.value, { requestedOn: '2015-03-04' }) : r;
    expect(again.ok || again.error.code).toBe('request-pending');
    const nobody = recordReplacementRequest(caseWith([]), { requestedOn: '2015-03-03' });
    expect(nobody.ok || nobody.error.code).toBe('no-supporter');
  });

  it('honours it: the new supporter must differ, and the doubted one never comes back', () => {
    const asked = recordReplacementRequest(supported, { requestedOn: '2015-03-03' });
    if (!asked.ok) throw new Error();
    const same = assignSupporter(asked.value, { kind: 'professioneel', personId: 's-1', assignedOn: '2015-03-04' }, nameOf);
    expect(same.ok || same.error.message).toBe(
      'Fatma Yilmaz kan niet (opnieuw) de cliëntondersteuner van deze cliënt zijn, omdat de cliënt op 3 maart 2015 om een andere ondersteuner dan Fatma Yilmaz heeft gevraagd.',
    );
    const other = assignSupporter(asked.value, { kind: 'professioneel', personId: 's-2', assignedOn: '2015-03-04' });
    if (!other.ok) throw new Error(other.error.message);
    expect(isBlocked(other.value)).toBe(false);
    expect(other.value.replacementRequests[0]).toMatchObject({ resolvedOn: '2015-03-04', newSupporterId: 's-2' });
    expect(other.value.formerSupporters.map((s) => s.personId)).toEqual(['s-1']);
    const back = assignSupporter(other.value, { kind: 'professioneel', personId: 's-1', assignedOn: '2016-01-01' });
    expect(back.ok || back.error.code).toBe('doubted-by-client');
  });

  it('lets the client choose an informal supporter instead', () => {
    const asked = recordReplacementRequest(supported, { requestedOn: '2015-03-03' });
    if (!asked.ok) throw new Error();
    const r = assignSupporter(asked.value, { kind: 'informeel', personId: 'buurvrouw', relation: 'vrijwilliger', assignedOn: '2015-03-05' });
    expect(r.ok && r.value.supporter).toEqual({ kind: 'informeel', personId: 'buurvrouw', relation: 'vrijwilliger', assignedOn: '2015-03-05' });
  });
});

describe('client support is free of charge', () => {
  const COST = /cost|price|fee|tariff|amount|bill|kost|prijs|tarief|bedrag|bijdrage|factuur/i;

  it('no field of the case model is about money', () => {
    const source = readFileSync(new URL('./model.ts', import.meta.url), 'utf8');
    const fields = [...source.matchAll(/readonly (\w+)\??:/g)].map((m) => m[1]!);
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((f) => COST.test(f))).toEqual([]);
  });
});
