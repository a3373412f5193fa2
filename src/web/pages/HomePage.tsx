import { Link as RouterLink } from 'wouter';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import type { MessageKey } from '../i18n/messages.ts';

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

export default function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      <Heading2>{t('home.modules')}</Heading2>
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
