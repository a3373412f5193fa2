import type { ApiGrant } from '../../api/session.ts';
import type { useI18n } from '../../i18n/context.tsx';

type T = ReturnType<typeof useI18n>['t'];

/** The role being put together in "Rol toevoegen"; the form checks it was added before saving. */
export interface GrantDraft {
  rol: string;
  soort: string;
  code: string;
}
export const emptyDraft: GrantDraft = { rol: '', soort: '', code: '' };

export interface UserValues {
  gebruikersnaam: string;
  naam: string;
  email: string;
  wachtwoord: string;
  rollen: ApiGrant[];
}

export type UserErrors = Partial<Record<'gebruikersnaam' | 'naam' | 'email' | 'wachtwoord' | 'rol', string>>;

export const MIN_PASSWORD = 12;

/** The same rules as the API, checked first so every mistake is explained at its field. */
export function checkUser(values: UserValues, draft: GrantDraft, t: T, creating: boolean): UserErrors {
  const errors: UserErrors = {};
  const username = values.gebruikersnaam.trim();
  if (creating && username.length < 2) errors.gebruikersnaam = t('identity.user.usernameRequired');
  else if (creating && !/^[a-zA-Z0-9._@-]+$/.test(username)) errors.gebruikersnaam = t('identity.user.usernamePattern');
  if (!values.naam.trim()) errors.naam = t('identity.user.nameRequired');
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/.test(values.email.trim())) errors.email = t('identity.user.emailInvalid');
  if (values.wachtwoord && values.wachtwoord.length < MIN_PASSWORD) errors.wachtwoord = t('identity.user.passwordShort', { min: MIN_PASSWORD });
  if (draft.rol) errors.rol = t('identity.grants.notAdded');
  return errors;
}

/** The id of the field with the first error, to move the focus there. */
export function firstErrorId(prefix: string, errors: UserErrors): string | undefined {
  const order = ['gebruikersnaam', 'naam', 'email', 'wachtwoord', 'rol'] as const;
  const key = order.find((k) => errors[k]);
  return key ? `${prefix}-${key}` : undefined;
}
