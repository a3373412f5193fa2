import { ButtonGroup, ButtonLink } from '@utrecht/component-library-react';
import { API } from '../api/client.ts';
import { useI18n } from '../i18n/context.tsx';

/**
 * "Download CSV" and "Download Excel" for an API resource that supports `formaat=csv|xlsx`. Plain links:
 * the server sends the file with a file name, the browser saves it.
 */
export function DownloadLinks({ path, params, what }: { path: string; params: URLSearchParams; what: string }) {
  const { t } = useI18n();
  const href = (formaat: 'csv' | 'xlsx') => {
    const query = new URLSearchParams(params);
    query.set('formaat', formaat);
    return `${API}${path}?${query.toString()}`;
  };
  return (
    <ButtonGroup className="naast-no-print">
      <ButtonLink appearance="secondary-action-button" href={href('csv')} download aria-label={t('common.downloadCsvOf', { what })}>
        {t('common.downloadCsv')}
      </ButtonLink>
      <ButtonLink appearance="secondary-action-button" href={href('xlsx')} download aria-label={t('common.downloadXlsxOf', { what })}>
        {t('common.downloadXlsx')}
      </ButtonLink>
    </ButtonGroup>
  );
}
