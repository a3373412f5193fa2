import { useState } from 'react';
import { Link as RouterLink, useSearch } from 'wouter';
import { Alert, Heading1, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../api/session.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { MunicipalitySelect } from './MunicipalitySelect.tsx';
import type { AnswerOf } from '../../api/answer.ts';

const ERRORS = ['gemeente', 'verlopen', 'geweigerd', 'mislukt', 'geblokkeerd', 'niet-bereikbaar'] as const;

/** /portaal — where a resident starts: ask a question (no sign-in needed), or sign in to follow it. */
export default function PortalHome() {
  const { t } = useI18n();
  useDocumentTitle(t('portal.home.title'));
  const session = useSession();
  const oidc = useApi<AnswerOf<'/oidc/configuratie'>>('/oidc/configuratie');
  const [municipality, setMunicipality] = useState('');
  const failure = new URLSearchParams(useSearch()).get('fout');
  const known = ERRORS.find((e) => e === failure);
  const isResident = session.status === 'signed-in' && session.user.rollen.some((r) => r.rol === 'inwoner');
  return (
    <>
      <Heading1>{t('portal.home.title')}</Heading1>
      <Paragraph>{t('portal.home.intro')}</Paragraph>
      {known && (
        <Alert type="error" role="alert">
          <Heading2>{t('portal.error.title')}</Heading2>
          <Paragraph>{t(`portal.error.${known}` as MessageKey)}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="portaal-vragen">
        <Heading2 id="portaal-vragen">{t('portal.home.ask')}</Heading2>
        <Paragraph>{t('portal.home.askText')}</Paragraph>
        <Paragraph>
          <RouterLink href="/vraag" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t('portal.home.ask')}
          </RouterLink>
        </Paragraph>
        <Paragraph>
          <Link href="/portaal/vraag-stellen">{t('portal.home.simple')}</Link>
        </Paragraph>
      </section>
      <section aria-labelledby="portaal-inloggen">
        <Heading2 id="portaal-inloggen">{t('portal.home.signInTitle')}</Heading2>
        {isResident ? (
          <Paragraph>
            <RouterLink href="/mijn-vragen" className="utrecht-link">
              {t('portal.home.signedIn')}
            </RouterLink>
          </Paragraph>
        ) : oidc.state === 'ok' && oidc.data.ingeschakeld ? (
          // A link, not a form: the browser leaves for the identity provider, and the CSP's
          // form-action would refuse that redirect after a form submission.
          <div>
            <Paragraph>{t('portal.home.signInText')}</Paragraph>
            <MunicipalitySelect id="portaal-inloggen-gemeente" value={municipality} onChange={setMunicipality} />
            <Paragraph>
              <a
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                href={`/api/v1/portaal/inloggen?gemeente=${encodeURIComponent(municipality)}&terugNaar=${encodeURIComponent('/portaal/mijn-vragen')}`}
              >
                {t('portal.home.signInButton')}
              </a>
            </Paragraph>
          </div>
        ) : (
          oidc.state !== 'loading' && <Paragraph>{t('portal.home.oidcOff')}</Paragraph>
        )}
      </section>
    </>
  );
}
