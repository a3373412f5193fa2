import { Link as RouterLink } from 'wouter';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>
        <RouterLink href="/" className="utrecht-link">
          {t('notFound.text')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
