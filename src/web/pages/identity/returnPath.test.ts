import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './returnPath.ts';

describe('safeReturnPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/beheer/gebruikers')).toBe('/beheer/gebruikers');
    expect(safeReturnPath('/budget/frictiekosten?x=1#kop')).toBe('/budget/frictiekosten?x=1#kop');
  });

  it('sends everything else to the start page', () => {
    for (const value of [null, undefined, '', 'beheer', 'https://evil.example/', '//evil.example/x', '/\\evil.example', '/a\\b', '/a\nb', 'javascript:alert(1)']) {
      expect(safeReturnPath(value), String(value)).toBe('/');
    }
  });

  it('does not go back to the sign-in page itself', () => {
    expect(safeReturnPath('/inloggen?fout=verlopen')).toBe('/');
  });
});

describe('signInPath', () => {
  it('adds the way back', () => {
    expect(signInPath('/beheer/logboek')).toBe('/inloggen?terugNaar=%2Fbeheer%2Flogboek');
    expect(signInPath('/')).toBe('/inloggen');
  });
});

describe('the sign-in page follows the server’s return-path rule', () => {
  it.each(['/.//evil.example', '/..//evil.example', '/%2F%2Fevil.example', '/%5Cevil.example', '//evil.example', 'https://evil.example'])('%s → /', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});
