import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import type { components } from '../api/generated/openapi.d.ts';
import { useApi } from '../api/useApi.ts';

type Health = components['schemas']['Gezondheid'];

/** Shows what GET /api/v1/health says, in words. */
export default function StatusPage() {
  const { t, lang } = useI18n();
  const health = useApi<Health>('/health');
  return (
    <>
      <Heading1>{t('status.title')}</Heading1>
      {health.state === 'loading' && <Paragraph>{t('status.loading')}</Paragraph>}
      {health.state === 'error' && <Alert type="error">{t('status.error')}</Alert>}
      {health.state === 'ok' && (
        <>
          <Alert type="ok">
            <Paragraph>{t('status.ok')}</Paragraph>
          </Alert>
          <DataList>
            <DataListItem>
              <DataListKey>{t('status.engine')}</DataListKey>
              <DataListValue>
                <span data-testid="engine">{t(`status.engine.${health.data.engine}`)}</span>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('status.schemaVersion')}</DataListKey>
              <DataListValue>
                <span data-testid="schema-version">{health.data.schemaVersion}</span>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('status.apiVersion')}</DataListKey>
              <DataListValue>{health.data.apiVersion}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('status.startedAt')}</DataListKey>
              <DataListValue>
                {new Date(health.data.startedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' })}
              </DataListValue>
            </DataListItem>
          </DataList>
        </>
      )}
    </>
  );
}
