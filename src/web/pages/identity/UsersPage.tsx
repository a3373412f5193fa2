import { useMemo } from 'react';
import { Link as RouterLink, useSearch } from 'wouter';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatDateTime, isLocked } from './format.ts';
import type { ApiUser } from './identityTypes.ts';
import { grantLabel } from './labels.ts';
import { RequireUser } from './RequireUser.tsx';
import { useOrganisations } from './useOrganisations.ts';

/** /beheer/gebruikers — every account with its roles and whether it can sign in (role beheer). */
export default function UsersPage() {
  const { t } = useI18n();
  useDocumentTitle(t('identity.users.title'));
  return (
    <>
      <Heading1>{t('identity.users.title')}</Heading1>
      <RequireUser permission="gebruikers:beheren">{() => <UserList />}</RequireUser>
    </>
  );
}

function UserList() {
  const { t, lang } = useI18n();
  const users = useResource<ApiUser[]>('/gebruikers');
  const organisations = useOrganisations();
  const created = new URLSearchParams(useSearch()).get('aangemaakt');
  const columns = useMemo<Column<ApiUser>[]>(() => {
    const status = (u: ApiUser) =>
      u.geblokkeerd
        ? t('identity.status.blocked')
        : isLocked(u.vergrendeldTot)
          ? t('identity.status.lockedUntil', { time: formatDateTime(u.vergrendeldTot!, lang) })
          : t('identity.status.active');
    return [
      {
        key: 'gebruikersnaam',
        label: t('login.username'),
        rowHeader: true,
        sortValue: (u) => u.gebruikersnaam,
        cell: (u) => (
          <RouterLink href={`/gebruikers/${u.id}`} className="utrecht-link">
            {u.gebruikersnaam}
          </RouterLink>
        ),
      },
      { key: 'naam', label: t('common.name'), sortValue: (u) => u.naam, cell: (u) => u.naam },
      {
        key: 'rollen',
        label: t('identity.users.roles'),
        cell: (u) =>
          u.rollen.length === 0 ? (
            <span className="naast-muted">{t('identity.users.noRoles')}</span>
          ) : (
            <ul className="naast-plain-list">
              {u.rollen.map((g) => (
                <li key={`${g.rol}-${g.organisatie.soort}-${g.organisatie.code}`}>{grantLabel(t, g, organisations.name)}</li>
              ))}
            </ul>
          ),
      },
      { key: 'status', label: t('identity.users.status'), sortValue: status, cell: status },
    ];
  }, [t, lang, organisations.name]);
  return (
    <>
      {created && (
        <div role="status">
          <Alert type="ok">
            <Paragraph data-testid="user-created">{t('identity.users.created', { username: created })}</Paragraph>
          </Alert>
        </div>
      )}
      <Paragraph>{t('identity.users.intro')}</Paragraph>
      <Paragraph>
        <RouterLink href="/gebruikers/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t('identity.users.create')}
        </RouterLink>
      </Paragraph>
      {!users.data && <LoadState error={users.error} loading />}
      {users.data && (
        <SortableTable
          caption={t('identity.users.caption', { count: users.data.length })}
          columns={columns}
          rows={users.data}
          rowKey={(u) => u.id}
          initialSort={{ key: 'gebruikersnaam', direction: 'ascending' }}
          busy={users.loading}
          testId="users-table"
        />
      )}
    </>
  );
}
