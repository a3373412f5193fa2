import { useState } from 'react';
import { Link as RouterLink, useParams } from 'wouter';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatDateTime, isLocked } from './format.ts';
import type { ApiUser } from './identityTypes.ts';
import { RequireUser } from './RequireUser.tsx';
import { SecondFactorReset } from './SecondFactorReset.tsx';
import { UserEditForm } from './UserEditForm.tsx';
import { useOrganisations } from './useOrganisations.ts';

/** /beheer/gebruikers/:id — change name, roles, blocking, lock and password of one account (role beheer). */
export default function UserEditPage() {
  const { t } = useI18n();
  useDocumentTitle(t('identity.user.editTitle'));
  const { id } = useParams<{ id: string }>();
  return (
    <>
      <Heading1>{t('identity.user.editTitle')}</Heading1>
      <Paragraph>
        <RouterLink href="/gebruikers" className="utrecht-link">
          {t('identity.user.backToList')}
        </RouterLink>
      </Paragraph>
      <RequireUser permission="gebruikers:beheren">{() => <EditUser id={id} />}</RequireUser>
    </>
  );
}

type Notice = { kind: 'saved' } | { kind: 'conflict'; error: Error } | undefined;

function EditUser({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const user = useResource<ApiUser>(`/gebruikers/${encodeURIComponent(id)}`);
  const [notice, setNotice] = useState<Notice>();
  const organisations = useOrganisations();
  const data = user.data;
  if (!data) return <LoadState error={user.error} loading />;
  return (
    <>
      {notice?.kind === 'saved' && (
        <div role="status">
          <Alert type="ok">
            <Paragraph data-testid="user-saved">{t('identity.user.saved', { username: data.gebruikersnaam })}</Paragraph>
          </Alert>
        </div>
      )}
      {notice?.kind === 'conflict' && <ProblemSummary error={notice.error} title={t('identity.user.notSaved')} detail={t('identity.user.conflict')} />}
      <DataList>
        <DataListItem>
          <DataListKey>{t('login.username')}</DataListKey>
          <DataListValue>
            <span data-testid="edit-username">{data.gebruikersnaam}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('identity.user.signInWith')}</DataListKey>
          <DataListValue>
            {[data.heeftWachtwoord && t('identity.user.withPassword'), data.oidc && t('identity.user.withOidc')].filter(Boolean).join(', ') ||
              t('identity.user.noSignIn')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('identity.user.secondFactor')}</DataListKey>
          <DataListValue>
            <span data-testid="edit-second-factor">{data.tweedeFactor ? t('identity.user.secondFactorOn') : t('identity.user.secondFactorOff')}</span>
            {data.tweedeFactor && (
              <SecondFactorReset
                userId={data.id}
                onReset={() => {
                  setNotice({ kind: 'saved' });
                  user.reload();
                }}
              />
            )}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('identity.users.status')}</DataListKey>
          <DataListValue>
            <span data-testid="edit-status">
              {data.geblokkeerd
                ? t('identity.status.blocked')
                : isLocked(data.vergrendeldTot)
                  ? t('identity.status.lockedUntil', { time: formatDateTime(data.vergrendeldTot!, lang) })
                  : t('identity.status.active')}
            </span>
          </DataListValue>
        </DataListItem>
      </DataList>
      <UserEditForm
        key={data.versie}
        user={data}
        organisations={organisations}
        onSubmitting={() => setNotice(undefined)}
        onSaved={() => {
          setNotice({ kind: 'saved' });
          user.reload();
        }}
        onConflict={(error) => {
          setNotice({ kind: 'conflict', error });
          user.reload();
        }}
      />
    </>
  );
}
