import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link as RouterLink, useLocation } from 'wouter';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { signOut, signOutEverywhere, useSession } from '../api/session.ts';
import { useI18n } from '../i18n/context.tsx';
import { grantLabel, roleNames } from '../pages/identity/labels.ts';
import { signInPath } from '../pages/identity/returnPath.ts';

/**
 * Who is signed in, in the page header: name and role(s) open a small panel with "Uitloggen" and
 * "Overal uitloggen" (a native disclosure, so it works with keyboard and screen reader). Anonymous
 * visitors get a link to the sign-in page that brings them back here.
 */
export function SessionMenu() {
  const { t } = useI18n();
  const session = useSession();
  const [location] = useLocation();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const signInLink = useRef<HTMLAnchorElement>(null);

  // A new page: the panel closes and an old message goes away.
  useEffect(() => {
    setMessage(undefined);
    if (details.current) details.current.open = false;
  }, [location]);
  useEffect(() => {
    if (message && session.status === 'anonymous') signInLink.current?.focus();
  }, [message, session.status]);

  const end = async (everywhere: boolean) => {
    setBusy(true);
    try {
      if (everywhere) {
        const count = await signOutEverywhere();
        setMessage(t('identity.session.signedOutEverywhere', { count }));
      } else {
        await signOut();
        setMessage(t('identity.session.signedOut'));
      }
    } catch {
      setMessage(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };

  if (session.status === 'unknown') return <div className="naast-session" />;
  if (session.status === 'anonymous') {
    const here = typeof window === 'undefined' ? location : `${window.location.pathname}${window.location.search}`;
    return (
      <div className="naast-session">
        <span role="status" className="naast-session__message">
          {message}
        </span>
        {location !== '/inloggen' && (
          <RouterLink ref={signInLink} href={signInPath(here)} className="utrecht-link" data-testid="header-sign-in">
            {t('login.title')}
          </RouterLink>
        )}
      </div>
    );
  }
  const { user } = session;
  return (
    <div className="naast-session">
      <details ref={details} className="naast-session__menu" onKeyDown={closeOnEscape}>
        <summary data-testid="header-user">
          <span className="naast-visually-hidden">{t('identity.session.signedInAs')} </span>
          <strong>{user.naam}</strong>
          {user.rollen.length > 0 && <span className="naast-session__roles"> ({roleNames(t, user.rollen)})</span>}
        </summary>
        <div className="naast-session__panel">
          <Paragraph>{t('identity.session.account', { username: user.gebruikersnaam })}</Paragraph>
          {user.rollen.length > 0 && (
            <ul className="naast-session__grants" aria-label={t('identity.session.roles')}>
              {user.rollen.map((g) => (
                <li key={`${g.rol}-${g.organisatie.soort}-${g.organisatie.code}`}>{grantLabel(t, g)}</li>
              ))}
            </ul>
          )}
          <Paragraph>
            <RouterLink href="/beheer/api-tokens" className="utrecht-link">
              {t('identity.nav.tokens')}
            </RouterLink>
          </Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" busy={busy} onClick={() => void end(false)}>
              {t('login.signOut')}
            </Button>
            <Button appearance="subtle-button" busy={busy} onClick={() => void end(true)}>
              {t('identity.session.signOutEverywhere')}
            </Button>
          </ButtonGroup>
          <Paragraph className="naast-session__hint">{t('identity.session.everywhereHint')}</Paragraph>
        </div>
      </details>
    </div>
  );
}
