import { Link as RouterLink } from 'wouter';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Permission } from '../../../domain/access/index.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { may } from './access.ts';
import { RequireUser } from './RequireUser.tsx';

const parts: { path: string; title: MessageKey; text: MessageKey; permissions: Permission[] }[] = [
  { path: '/gebruikers', title: 'identity.nav.users', text: 'identity.home.users', permissions: ['gebruikers:beheren'] },
  { path: '/api-tokens', title: 'identity.nav.tokens', text: 'identity.home.tokens', permissions: ['sessie'] },
  { path: '/logboek', title: 'identity.nav.auditLog', text: 'identity.home.auditLog', permissions: ['logboek:lezen', 'logboek:controleren'] },
];

/** /beheer — what can be done here, and which parts the signed-in user may use. */
export default function AdminHome() {
  const { t } = useI18n();
  useDocumentTitle(t('nav.admin'));
  return (
    <>
      <Heading1>{t('nav.admin')}</Heading1>
      <Paragraph lead>{t('identity.home.intro')}</Paragraph>
      <RequireUser>
        {(user) => (
          <>
            {parts.map((part) => (
              <section key={part.path} aria-labelledby={`deel-${part.path.slice(1)}`}>
                <Heading2 id={`deel-${part.path.slice(1)}`}>
                  <RouterLink href={part.path} className="utrecht-link">
                    {t(part.title)}
                  </RouterLink>
                </Heading2>
                <Paragraph>{t(part.text)}</Paragraph>
                {!part.permissions.some((p) => may(user, p)) && <Paragraph className="naast-muted">{t('identity.home.noAccess')}</Paragraph>}
              </section>
            ))}
          </>
        )}
      </RequireUser>
    </>
  );
}
