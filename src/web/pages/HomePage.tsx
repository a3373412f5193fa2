import { Link as RouterLink } from 'wouter';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { useSession } from '../api/session.ts';
import { RoleBlocks } from './home/RoleBlocks.tsx';

const items: [string, MessageKey][] = [
  ['/budget', 'home.module.budget'],
  ['/monitor', 'home.module.monitor'],
  ['/clienten', 'home.module.cases'],
  ['/portaal', 'home.module.portal'],
  ['/sociale-kaart', 'home.module.socialMap'],
  ['/beleid', 'home.module.policy'],
  ['/verantwoording', 'home.module.accountability'],
  ['/beheer', 'home.module.admin'],
];

/** The start page: for a signed-in user first the blocks of their roles (issue 20 §2), then every module. */
export default function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.status === 'signed-in' ? session.user : undefined;
  return (
    <>
      <Heading1>{user ? t('home.welcome', { name: user.naam }) : t('home.title')}</Heading1>
      <Paragraph lead>{user ? t('home.welcomeIntro') : t('home.intro')}</Paragraph>
      {user && <RoleBlocks user={user} />}
      <Heading2>{user ? t('home.allModules') : t('home.modules')}</Heading2>
      <UnorderedList>
        {items.map(([path, key]) => (
          <UnorderedListItem key={path}>
            <RouterLink href={path} className="utrecht-link">
              {t(key)}
            </RouterLink>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
