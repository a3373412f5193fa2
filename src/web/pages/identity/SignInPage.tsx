import { useState } from 'react';
import { Link as RouterLink, useLocation, useSearch } from 'wouter';
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useSession } from '../../api/session.ts';
import { LoginForm } from '../../components/LoginForm.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { safeReturnPath } from './returnPath.ts';

/** The codes the OIDC callback sends back with `/inloggen?fout=<code>` (the provider's own text never reaches the page). */
const oidcErrors: Record<string, MessageKey> = {
  verlopen: 'identity.signIn.error.verlopen',
  geweigerd: 'identity.signIn.error.geweigerd',
  mislukt: 'identity.signIn.error.mislukt',
  'geen-rol': 'identity.signIn.error.geen-rol',
  geblokkeerd: 'identity.signIn.error.geblokkeerd',
  'niet-bereikbaar': 'identity.signIn.error.niet-bereikbaar',
};

/**
 * /inloggen — sign in with name and password or with the organisation's account. Afterwards the user goes
 * to `?terugNaar=` (only a path on this site) or to the start page.
 */
export default function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('login.title'));
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const back = safeReturnPath(params.get('terugNaar'));
  const error = params.get('fout');
  const session = useSession();
  const [done, setDone] = useState(false);

  return (
    <div className="naast-identity naast-sign-in">
      <Heading1>{t('login.title')}</Heading1>
      {error && (
        <Alert type="error">
          <Heading2>{t('identity.signIn.error.title')}</Heading2>
          <Paragraph data-testid="oidc-error">{t(oidcErrors[error] ?? 'identity.signIn.error.unknown')}</Paragraph>
        </Alert>
      )}
      {session.status === 'unknown' && <Paragraph role="status">{t('common.loading')}</Paragraph>}
      {session.status === 'signed-in' && !done && (
        <Paragraph>
          {t('login.signedInAs', { name: session.user.naam })}{' '}
          <RouterLink href={back} className="utrecht-link">
            {back === '/' ? t('identity.signIn.toStart') : t('identity.signIn.continue')}
          </RouterLink>
        </Paragraph>
      )}
      {session.status === 'anonymous' && (
        <>
          <Paragraph>{t('identity.signIn.intro')}</Paragraph>
          <LoginForm
            returnTo={back}
            onSignedIn={() => {
              setDone(true);
              navigate(back);
            }}
          />
          <Paragraph className="naast-muted">{t('identity.signIn.help')}</Paragraph>
        </>
      )}
    </div>
  );
}
