import { useMemo } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { describeTotal, type AuditPage } from './auditApi.ts';
import { formatCount, formatDateTime } from './format.ts';
import type { AuditRow } from './identityTypes.ts';
import { roleLabel } from './labels.ts';

interface Props {
  page: AuditPage;
  busy: boolean;
  /** Go to another page: a path from the Link header. */
  onPage(path: string): void;
  /** Search everything about one data subject. */
  onSubject(pseudonym: string): void;
}

/** One page of the audit log, newest first, with the paging the API offers (Link, X-Total-Count). */
export function AuditResults({ page, busy, onPage, onSubject }: Props) {
  const { t, lang } = useI18n();
  const columns = useMemo<Column<AuditRow>[]>(
    () => [
      { key: 'volgnummer', label: t('identity.audit.col.seq'), numeric: true, rowHeader: true, cell: (r) => r.volgnummer },
      { key: 'tijdstip', label: t('identity.audit.col.time'), cell: (r) => formatDateTime(r.tijdstip, lang) },
      { key: 'activiteit', label: t('identity.audit.col.activity'), cell: (r) => <span lang="nl">{r.verwerkingsactiviteit}</span> },
      { key: 'handeling', label: t('identity.audit.col.action'), cell: (r) => <span lang="nl">{`${r.handeling}: ${r.uitkomst}`}</span> },
      {
        key: 'wie',
        label: t('identity.audit.col.who'),
        cell: (r) => (r.rol ? `${roleLabel(t, r.rol)}${r.organisatie ? ` (${r.organisatie})` : ''}` : <span className="naast-muted">{t('identity.audit.nobody')}</span>),
      },
      {
        key: 'betrokkene',
        label: t('identity.audit.col.subject'),
        cell: (r) =>
          r.betrokkene ? (
            <>
              <code data-testid="audit-subject">{r.betrokkene}</code>{' '}
              <Button appearance="subtle-button" onClick={() => onSubject(r.betrokkene!)}>
                {t('identity.audit.searchSubject')}
                <span className="naast-visually-hidden"> {r.betrokkene}</span>
              </Button>
            </>
          ) : (
            <span className="naast-muted">{t('identity.audit.noSubject')}</span>
          ),
      },
      { key: 'doel', label: t('identity.audit.col.purpose'), cell: (r) => <span lang="nl">{r.doel}</span> },
    ],
    [t, lang, onSubject],
  );
  const { links, lastPage } = page;
  // A next page while the last one is unknown (estimated total) or still ahead; an exact total whose last page
  // is full also gets a `next` from the API (keyset), which would lead to an empty page.
  const next = links.next && (lastPage === undefined || page.page < lastPage) ? links.next : undefined;
  // "pagina 1 van 1" only when the rows were counted: with an estimate there are far more pages than we know.
  const pageCount = page.totalEstimated ? undefined : lastPage;
  return (
    <>
      <Paragraph role="status" data-testid="audit-count">
        {countText()}
      </Paragraph>
      {page.rows.length > 0 && (
        <SortableTable
          caption={pageCount === undefined ? t('identity.audit.captionOpen', { page: page.page }) : t('identity.audit.caption', { page: page.page, last: pageCount })}
          columns={columns}
          rows={page.rows}
          rowKey={(r) => String(r.volgnummer)}
          busy={busy}
          testId="audit-table"
        />
      )}
      {(links.prev || next) && (
        <nav aria-label={t('identity.audit.paging')} className="naast-paging">
          {links.first && page.page > 2 && (
            <Button appearance="subtle-button" onClick={() => onPage(links.first!)}>
              {t('identity.audit.first')}
            </Button>
          )}
          {links.prev && (
            <Button appearance="secondary-action-button" onClick={() => onPage(links.prev!)}>
              {t('identity.audit.prev')}
            </Button>
          )}
          {next && (
            <Button appearance="secondary-action-button" onClick={() => onPage(next)}>
              {t('identity.audit.next')}
            </Button>
          )}
          {links.last && lastPage !== undefined && lastPage > page.page + 1 && (
            <Button appearance="subtle-button" onClick={() => onPage(links.last!)}>
              {t('identity.audit.last')}
            </Button>
          )}
        </nav>
      )}
    </>
  );

  /** Exact: "pagina 2 van 15"; estimated: "ongeveer 23.000" or "meer dan 10.000", and no page count. */
  function countText(): string {
    if (page.total === 0) return t('identity.audit.none');
    // Past the last row (the page before was exactly full): the search found rows, this page has none.
    if (page.rows.length === 0 && page.page > 1) return t('identity.audit.noMore');
    const total = describeTotal(page.total, page.totalEstimated);
    const shown = formatCount(total.value, lang);
    if (total.kind === 'about') return `${t('identity.audit.countAbout', { total: shown, page: page.page })} ${t('identity.audit.estimateHint')}`;
    if (total.kind === 'moreThan') return `${t('identity.audit.countMoreThan', { total: shown, page: page.page })} ${t('identity.audit.estimateHint')}`;
    return pageCount === undefined
      ? t('identity.audit.countOpen', { total: shown, page: page.page })
      : t('identity.audit.count', { total: shown, page: page.page, last: pageCount });
  }
}
