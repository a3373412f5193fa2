import { Fragment, lazy, type ReactNode } from 'react';
import { Link as RouterLink, Redirect, Route, useLocation } from 'wouter';
import { Alert, Heading1, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useSession, type User } from '../../api/session.ts';
import { LoginForm, SignedInAs } from '../../components/LoginForm.tsx';
import { ModuleFrame } from '../ModuleFrame.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { hasPermission } from '../monitor/monitorFormat.ts';
import './socialmap.css';

const ManagePage = lazy(() => import('./ManagePage.tsx'));
const EditPages = lazy(() => import('./EditPages.tsx'));
const FaqPage = lazy(() => import('./FaqPage.tsx'));

/** The municipalities whose social map this user manages (by a municipal grant). */
export function managedMunicipalities(user: User): string[] {
  return [...new Set(user.rollen.filter((g) => g.organisatie.soort === 'gemeente' && (g.rol === 'gemeente-beleid' || g.rol === 'beheer')).map((g) => g.organisatie.code))];
}

function Gate({ children }: { children: (user: User) => ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status !== 'signed-in') {
    return (
      <>
        <Heading1>{t('socialmap.manage.title')}</Heading1>
        {session.status === 'unknown' ? (
          <Paragraph role="status">{t('common.loading')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('socialmap.manage.signIn')}</Paragraph>
            <Paragraph>
              <Link href="/hulp-zoeken">{t('socialmap.manage.publicPage')}</Link>
            </Paragraph>
            <LoginForm />
          </>
        )}
      </>
    );
  }
  const { user } = session;
  if (!hasPermission(user, 'sociale-kaart:beheren')) {
    return (
      <>
        <Heading1>{t('socialmap.manage.title')}</Heading1>
        <Alert type="info">
          <Paragraph>{t('socialmap.manage.signIn')}</Paragraph>
        </Alert>
        <Paragraph>
          <Link href="/hulp-zoeken">{t('socialmap.manage.publicPage')}</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <SignedInAs user={user} />
      <Fragment key={user.id}>{children(user)}</Fragment>
    </>
  );
}

function Home({ user }: { user: User }) {
  const { t } = useI18n();
  const own = managedMunicipalities(user);
  if (own.length === 1) return <Redirect to={`/gemeenten/${own[0]}`} replace />;
  return (
    <>
      <Heading1>{t('socialmap.manage.title')}</Heading1>
      <Paragraph>{t('socialmap.manage.intro')}</Paragraph>
      <UnorderedList>
        {(own.length ? own : ['utrecht']).map((code) => (
          <UnorderedListItem key={code}>
            <RouterLink className="utrecht-link" href={`/gemeenten/${code}`}>
              {code}
            </RouterLink>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

/** The social map module, mounted by App under /sociale-kaart with `nest`: the routes below are relative. */
export default function SocialMapModule() {
  const { t } = useI18n();
  const [location] = useLocation();
  const code = /^\/gemeenten\/([^/]+)/.exec(location)?.[1];
  const items = code
    ? [
        { path: `/gemeenten/${code}`, label: t('socialmap.manage.providers'), current: location === `/gemeenten/${code}` },
        { path: `/gemeenten/${code}/veelgestelde-vragen`, label: t('socialmap.manage.faq'), current: location.endsWith('/veelgestelde-vragen') },
      ]
    : [];
  return (
    <Gate>
      {(user) => (
        <ModuleFrame className="naast-sk-manage" label={t('socialmap.manage.title')} items={items}>
          <Route path="/">{() => <Home user={user} />}</Route>
          <Route path="/gemeenten/:code">{(p) => <ManagePage code={p.code} />}</Route>
          <Route path="/gemeenten/:code/veelgestelde-vragen">{(p) => <FaqPage code={p.code} />}</Route>
          <Route path="/gemeenten/:code/:kind/:id/:sub?">{(p) => <EditPages code={p.code} kind={p.kind} id={p.id} sub={p.sub} />}</Route>
        </ModuleFrame>
      )}
    </Gate>
  );
}
