import { describe, expect, it } from 'vitest';
import { costOf, firstSteps, whyItFits } from './guide.ts';
import { checkOtherSupporter, otherSupporterText, supporterRequestText } from './requests.ts';

const service = {
  name: 'Wmo-loket: informatie en aanvragen',
  what: 'Informatie over voorzieningen.',
  keywords: ['woningaanpassing', 'traplift', 'scootmobiel'],
  lifeDomains: ['zelfstandig_wonen_en_samenleven'] as never[],
  targetGroups: ['ouderen'] as never[],
  phone: '030 000 00 00',
  phoneHours: 'ma–vr 8.30–17.00',
  walkInHours: 'di 9.00–12.00',
  url: 'https://loket.example/aanvraag',
  email: 'loket@example.nl',
  freeOfCharge: true,
  locations: [{ address: 'Stadsplateau 1', postalCode: '3521 AZ', city: 'Utrecht' }],
};

describe('what a resident sees first of a service', () => {
  it('lists every way to start, the most direct first', () => {
    expect(firstSteps(service).map((s) => s.kind)).toEqual(['telefoon', 'inloop', 'formulier', 'email']);
    expect(firstSteps(service)[1]).toEqual({ kind: 'inloop', hours: 'di 9.00–12.00', address: 'Stadsplateau 1, 3521 AZ Utrecht' });
  });

  it('falls back to the provider, and to a client supporter when there is nothing (never a dead end)', () => {
    const bare = { ...service, phone: null, walkInHours: null, url: null, email: null };
    expect(firstSteps({ ...bare, provider: { phone: '030 111 11 11' } })[0]).toEqual({ kind: 'telefoon', phone: '030 111 11 11', hours: 'ma–vr 8.30–17.00' });
    expect(firstSteps(bare)).toEqual([{ kind: 'ondersteuner' }]);
    expect(firstSteps({ ...bare, url: 'javascript:alert(1)' })).toEqual([{ kind: 'ondersteuner' }]);
  });

  it('says why it fits in the service’s own words, and what it costs', () => {
    expect(whyItFits('een traplift voor mijn moeder', service)).toEqual(['traplift']);
    expect(whyItFits('', service)).toEqual([]);
    expect(costOf(service)).toBe('gratis');
    expect(costOf({ freeOfCharge: false })).toBe('vraag');
  });
});

describe('the requests of the front door', () => {
  it('tells the supporter where the resident came from', () => {
    expect(supporterRequestText(' Ik kan de trap niet meer op. ', 'Wmo-loket')).toBe('Ik kan de trap niet meer op.\n\n(Gevonden op de sociale kaart: Wmo-loket.)');
    expect(supporterRequestText('Vraag', null)).toBe('Vraag');
  });

  it('checks the number and the reason of a request for another supporter, and writes it for the work list', () => {
    expect(checkOtherSupporter({ nummer: ' nv-7k3q-x9mb ', reden: '' })).toEqual({ value: { reference: 'NV-7K3Q-X9MB', reason: null }, errors: [] });
    expect(checkOtherSupporter({ nummer: 'abc', reden: 'x'.repeat(2001) }).errors.map((e) => e.field)).toEqual(['body.nummer', 'body.reden']);
    const text = otherSupporterText({ reference: null, reason: null });
    expect(text).toContain('Ik wil graag een andere cliëntondersteuner.');
    expect(text).toContain('Bijlage 2');
  });
});
