import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import type { MessageKey } from '../i18n/messages.ts';

export default function ModulePage({ titleKey }: { titleKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t(titleKey)}</Heading1>
      <Paragraph>{t('module.comingSoon')}</Paragraph>
    </>
  );
}
