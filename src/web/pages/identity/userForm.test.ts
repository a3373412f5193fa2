import { describe, expect, it } from 'vitest';
import { checkUser, emptyDraft, firstErrorId, type UserValues } from './userForm.ts';

const t = (key: string) => key;
const valid: UserValues = { gebruikersnaam: 'jan.jansen', naam: 'Jan Jansen', email: '', wachtwoord: '', rollen: [] };

describe('checkUser', () => {
  it('accepts a user without e-mail and password', () => {
    expect(checkUser(valid, emptyDraft, t as never, true)).toEqual({});
  });

  it('explains every mistake at its field', () => {
    const errors = checkUser({ ...valid, gebruikersnaam: 'jan jansen', naam: ' ', email: 'geen-adres', wachtwoord: 'kort' }, { rol: 'beheer', soort: '', code: '' }, t as never, true);
    expect(Object.keys(errors).sort()).toEqual(['email', 'gebruikersnaam', 'naam', 'rol', 'wachtwoord']);
    expect(firstErrorId('nieuw', errors)).toBe('nieuw-gebruikersnaam');
  });

  it('does not check the user name when editing', () => {
    expect(checkUser({ ...valid, gebruikersnaam: '' }, emptyDraft, t as never, false)).toEqual({});
  });

  it('wants a password of at least 12 characters', () => {
    expect(checkUser({ ...valid, wachtwoord: '12345678901' }, emptyDraft, t as never, true).wachtwoord).toBeDefined();
    expect(checkUser({ ...valid, wachtwoord: '123456789012' }, emptyDraft, t as never, true).wachtwoord).toBeUndefined();
  });
});
