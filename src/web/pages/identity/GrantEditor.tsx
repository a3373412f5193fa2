import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { ORGANISATION_KINDS, ROLES, type AdminScope } from '../../../domain/access/index.ts';
import { useSession, type ApiGrant } from '../../api/session.ts';
import { describedBy, Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { grantLabel, kindLabel, roleLabel } from './labels.ts';
import type { Organisations } from './useOrganisations.ts';
import { emptyDraft, type GrantDraft } from './userForm.ts';
import { kindsInScope, organisationsInScope, rolesInScope, scopeOfUser } from './grantChoices.ts';


interface Props {
  id: string;
  grants: ApiGrant[];
  onChange(grants: ApiGrant[]): void;
  draft: GrantDraft;
  onDraftChange(draft: GrantDraft): void;
  organisations: Organisations;
  /** Set by the form when a chosen role was not added yet. */
  draftError?: string;
}

/** A new role or kind: choose what follows by itself when there is only one choice. */
function complete(next: GrantDraft, scope: AdminScope): GrantDraft {
  const kinds = kindsInScope(next.rol, scope);
  const soort = kinds.length === 1 ? kinds[0]! : (kinds as string[]).includes(next.soort) ? next.soort : '';
  // A municipality's administrator of one municipality: that is the only organisation to choose.
  const only = !scope.all && soort === 'gemeente' && scope.municipalities.size === 1 ? [...scope.municipalities][0]! : undefined;
  return { ...next, soort, code: soort === 'landelijk' ? 'nl' : (only ?? (soort === next.soort ? next.code : '')) };
}

/** Roles of a user: each for one organisation. Choose the role, the kind of organisation and which one. */
export function GrantEditor({ id, grants, onChange, draft, onDraftChange, organisations, draftError }: Props) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<{ rol?: string; soort?: string; code?: string }>({});
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const session = useSession();
  // Offer only what the signed-in administrator may give (issue 17); the API checks it again.
  const scope = useMemo(() => scopeOfUser(session.status === 'signed-in' ? session.user.rollen : undefined), [session]);
  const label = (g: ApiGrant) => grantLabel(t, g, organisations.name);
  const list =
    draft.soort === 'gemeente' || draft.soort === 'jeugdregio' || draft.soort === 'mee-organisatie'
      ? organisationsInScope(draft.soort, organisations.lists[draft.soort], scope)
      : undefined;

  const add = () => {
    const found: typeof errors = {};
    // The selects offer only known roles and kinds; finding them in the lists gives their types.
    const rol = ROLES.find((r) => r === draft.rol);
    const soort = ORGANISATION_KINDS.find((k) => k === draft.soort);
    if (!rol) found.rol = t('identity.grants.chooseRole');
    else if (!soort) found.soort = t('identity.grants.chooseKind');
    else if (!draft.code.trim()) found.code = t('identity.grants.chooseOrganisation');
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
    if (!rol || !soort) return;
    const grant: ApiGrant = { rol, organisatie: { soort, code: draft.code.trim() } };
    const same = (g: ApiGrant) => g.rol === grant.rol && g.organisatie.soort === grant.organisatie.soort && g.organisatie.code === grant.organisatie.code;
    if (!grants.some(same)) onChange([...grants, grant]);
    onDraftChange(emptyDraft);
    setStatus(t('identity.grants.added', { grant: label(grant) }));
  };
  const remove = (grant: ApiGrant) => {
    onChange(grants.filter((g) => g !== grant));
    setStatus(t('identity.grants.removed', { grant: label(grant) }));
    listRef.current?.focus();
  };
  const rolError = errors.rol ?? draftError;

  return (
    <Fieldset>
      <FieldsetLegend>{t('identity.users.roles')}</FieldsetLegend>
      <div ref={listRef} tabIndex={-1} className="naast-grant-list" data-testid={`${id}-list`}>
        {grants.length === 0 ? (
          <Paragraph>{t('identity.users.noRoles')}</Paragraph>
        ) : (
          <ul>
            {grants.map((g) => (
              <li key={`${g.rol}-${g.organisatie.soort}-${g.organisatie.code}`}>
                {label(g)}{' '}
                <Button appearance="subtle-button" onClick={() => remove(g)}>
                  {t('identity.grants.remove')}
                  <span className="naast-visually-hidden"> {label(g)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="naast-visually-hidden">
        {status}
      </p>
      <div className="naast-grant-add">
        <Field id={`${id}-rol`} label={t('identity.grants.role')} error={rolError}>
          <Select
            id={`${id}-rol`}
            value={draft.rol}
            invalid={Boolean(rolError)}
            aria-describedby={describedBy(`${id}-rol`, { error: rolError })}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => onDraftChange(complete({ ...draft, rol: e.target.value }, scope))}
          >
            <SelectOption value="">{t('identity.grants.chooseRole')}</SelectOption>
            {rolesInScope(scope).map((role) => (
              <SelectOption key={role} value={role}>
                {roleLabel(t, role)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        {draft.rol && (
          <Field id={`${id}-soort`} label={t('identity.grants.kind')} error={errors.soort}>
            <Select
              id={`${id}-soort`}
              value={draft.soort}
              invalid={Boolean(errors.soort)}
              aria-describedby={describedBy(`${id}-soort`, { error: errors.soort })}
              onChange={(e: ChangeEvent<HTMLSelectElement>) => onDraftChange(complete({ ...draft, soort: e.target.value }, scope))}
            >
              <SelectOption value="">{t('identity.grants.chooseKind')}</SelectOption>
              {kindsInScope(draft.rol, scope).map((kind) => (
                <SelectOption key={kind} value={kind}>
                  {kindLabel(t, kind)}
                </SelectOption>
              ))}
            </Select>
          </Field>
        )}
        {draft.soort === 'landelijk' && <Paragraph>{t('identity.grants.national')}</Paragraph>}
        {draft.soort && draft.soort !== 'landelijk' && (
          <Field id={`${id}-code`} label={t('identity.grants.organisation')} description={list ? undefined : t('identity.grants.codeHelp')} error={errors.code}>
            {list ? (
              <Select
                id={`${id}-code`}
                value={draft.code}
                invalid={Boolean(errors.code)}
                aria-describedby={describedBy(`${id}-code`, { error: errors.code })}
                onChange={(e: ChangeEvent<HTMLSelectElement>) => onDraftChange({ ...draft, code: e.target.value })}
              >
                <SelectOption value="">{t('identity.grants.chooseOrganisation')}</SelectOption>
                {list.map((o) => (
                  <SelectOption key={o.code} value={o.code}>
                    {o.naam}
                  </SelectOption>
                ))}
              </Select>
            ) : (
              <Textbox
                id={`${id}-code`}
                value={draft.code}
                autoComplete="off"
                invalid={Boolean(errors.code)}
                aria-describedby={describedBy(`${id}-code`, { description: true, error: errors.code })}
                onChange={(e: ChangeEvent<HTMLInputElement>) => onDraftChange({ ...draft, code: e.target.value })}
              />
            )}
          </Field>
        )}
        <Button id={`${id}-toevoegen`} appearance="secondary-action-button" onClick={add}>
          {t('identity.grants.add')}
        </Button>
      </div>
    </Fieldset>
  );
}
