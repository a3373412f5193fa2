import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';

/** "Bezig met laden…" or the Dutch error of the API, for a resource without data yet. */
export function LoadState({ error, loading }: { error?: Error; loading?: boolean }) {
  const { t } = useI18n();
  if (error) {
    return (
      <Alert type="error">
        <Paragraph>
          {t('common.loadError')} <span lang="nl">{error.message}</span>
        </Paragraph>
      </Alert>
    );
  }
  if (loading) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  return null;
}
