import { describe, expect, it } from 'vitest';
import contentDisposition from 'content-disposition';
import { authenticationOf, safeReturnPath } from '../../src/services/identity/oidc.ts';
import { ACCOUNT_RULE, delaySeconds, PAIR_RULE, throttleKeys } from '../../src/services/identity/login-throttle.ts';
import { isCommonPassword } from '../../src/services/identity/password-blocklist.ts';
import { passwordProblem } from '../../src/services/identity/passwords.ts';
import { requestIdFrom } from '../../src/api/server.ts';
import { dispositionHeader } from '../../src/api/download.ts';
import { planMarkdown } from '../../src/domain/policy/index.ts';
import { planWordHtml } from '../../src/services/policy/render.ts';

/** Issue 17 §5: the pure parts of the low-severity fixes (the routes are in test/reliability/security-low.test.ts). */
describe('return path after sign-in', () => {
  const evil = [
    '//evil.example',
    '/\\evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/./..//evil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5Cevil.example',
    '/%2e%2e//evil.example',
    'https:evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '\t/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    '\\\\evil.example',
    'evil.example',
    '',
    undefined,
  ];
  it.each(evil)('sends %j to the start page', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });

  it('keeps same-origin paths with query and fragment', () => {
    expect(safeReturnPath('/dossiers/123?tab=plan#doelen')).toBe('/dossiers/123?tab=plan#doelen');
    expect(safeReturnPath('/portaal/mijn-vragen')).toBe('/portaal/mijn-vragen');
    expect(safeReturnPath('/a/../b')).toBe('/b');
  });
});

describe('request id from the client', () => {
  it('keeps a UUID or a short token', () => {
    expect(requestIdFrom('0b8e4d3c-2f7a-4c1e-9a5b-6d7e8f901234')).toBe('0b8e4d3c-2f7a-4c1e-9a5b-6d7e8f901234');
    expect(requestIdFrom('trace-42')).toBe('trace-42');
  });
  it.each([['a'.repeat(65)], ['id\nfake log line'], ['<script>'], ['a b'], [''], [['x', 'y']], [undefined]])('replaces %j by a fresh UUID', (value) => {
    const id = requestIdFrom(value as string | string[] | undefined);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(value);
  });
});

describe('Content-Disposition of downloads', () => {
  it('quotes a name with quotes and adds filename* for non-ASCII, so the header cannot be broken', () => {
    const header = dispositionHeader('plan "Súdwest-Fryslân"\r\nX-Evil: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[^"\\]*(\\.[^"\\]*)*"; filename\*=UTF-8''/);
    expect(contentDisposition.parse(header).parameters.filename).toMatch(/Súdwest-Fryslân/);
  });
  it('inline for documents shown in the browser', () => {
    expect(dispositionHeader('sociale-kaart-utrecht.hsds.json', 'inline')).toBe('inline; filename="sociale-kaart-utrecht.hsds.json"');
  });
});

describe('plan draft: user text never becomes HTML', () => {
  const doc = {
    title: 'Plan <script>alert(1)</script>',
    blocks: [
      { kind: 'heading' as const, level: 2 as const, text: 'Aanbieder <img src=x onerror=alert(1)>' },
      { kind: 'paragraph' as const, text: 'Stichting <script>alert(2)</script> & co' },
      { kind: 'list' as const, items: ['<img src=x onerror=alert(3)>'] },
      { kind: 'table' as const, header: ['Naam'], rows: [['<b onmouseover=alert(4)>x</b>']] },
    ],
  };
  it('Markdown: < > & are entities, so a Markdown viewer shows them as text', () => {
    const md = planMarkdown(doc);
    expect(md).not.toMatch(/<script|<img|<b /i);
    expect(md).toContain('&lt;script&gt;alert(2)&lt;/script&gt; &amp; co');
    expect(md).toContain('&lt;img src=x onerror=alert(3)&gt;');
  });
  it('Word HTML: escaped', () => {
    const html = planWordHtml(doc);
    expect(html).not.toMatch(/<script>alert|<img src=x|<b onmouseover/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('sign-in throttle', () => {
  it('is free for the first failures, then doubles up to a ceiling', () => {
    expect([0, 4, 5, 6, 7].map((n) => delaySeconds(n, PAIR_RULE))).toEqual([0, 0, 30, 60, 120]);
    expect(delaySeconds(1000, PAIR_RULE)).toBe(PAIR_RULE.maxSeconds);
    // Account-wide (many addresses): never more than a minute, so nobody can lock a colleague out.
    expect(Math.max(...Array.from({ length: 200 }, (_, n) => delaySeconds(n, ACCOUNT_RULE)))).toBe(60);
  });
  it('keys a user name case-insensitively, known or not', () => {
    expect(throttleKeys(' Anna ', '192.0.2.1')).toEqual({ account: 'account:anna', address: 'address:192.0.2.1', pair: 'pair:192.0.2.1 anna' });
  });
});

describe('password blocklist', () => {
  it.each(['qwerty123456', '123456789012', 'Welkom2024!!!!', 'P@ssw0rd12345', 'iloveyou12345', 'zomerzomerzomer', 'aaaaaaaaaaaaaaa', 'wachtwoord2025', 'Naast-Naast-Naast'])('refuses %j', (pw) => {
    expect(isCommonPassword(pw)).toBe(true);
    expect(passwordProblem(pw)).toMatch(/te makkelijk te raden/);
  });
  it.each(['correct-horse-battery', 'fietsen langs de vecht', 'Mijn kat heet Bruno 7'])('accepts %j', (pw) => {
    expect(passwordProblem(pw)).toBeNull();
  });
  it('refuses the own user name as a password', () => {
    expect(passwordProblem('jan.de.vries.2024', ['jan.de.vries'])).toMatch(/te makkelijk/);
  });
  it('still asks for 12 characters first', () => {
    expect(passwordProblem('kort')).toMatch(/minstens 12 tekens/);
  });
});

describe('OIDC acr/amr for the session', () => {
  it('keeps short plain strings only', () => {
    expect(authenticationOf({ acr: 'http://eidas.europa.eu/LoA/substantial', amr: ['pwd', 'otp', 42, 'x\ny'] })).toEqual({ acr: 'http://eidas.europa.eu/LoA/substantial', amr: ['pwd', 'otp'] });
    expect(authenticationOf({})).toEqual({ acr: null, amr: null });
    expect(authenticationOf({ acr: '<script>', amr: 'pwd' })).toEqual({ acr: '<script>', amr: null });
  });
});
