import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import { userMessage } from '../api/user-message.ts';

/** "Bezig met laden…" or, for a resource without data yet, what went wrong and what to do next (api/user-message.ts). */
export function LoadState({ error, loading }: { error?: Error; loading?: boolean }) {
  const { t } = useI18n();
  if (error) {
    const message = userMessage(error, t);
    return (
      <Alert type="error">
        <Paragraph>
          {t('common.loadError')} <span lang={message.fromApi ? 'nl' : undefined}>{message.text}</span>
        </Paragraph>
      </Alert>
    );
  }
  if (loading) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  return null;
}
