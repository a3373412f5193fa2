import { Link as RouterLink } from 'wouter';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { CaseSummary } from '../../api/caseTypes.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate } from './caseAccess.ts';

/** Cases in a table: the client's name links to the case (the address holds only the random case id). */
export function CaseTable({ caption, rows, testId }: { caption: string; rows: CaseSummary[]; testId: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="naast-table-wrap">
      <Table data-testid={testId}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('cases.table.client')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.supporter')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.steps')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.opened')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.deadline')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const next = row.termijnen[0];
            return (
              <TableRow key={row.id}>
                <TableHeaderCell scope="row">
                  <RouterLink href={`/dossier/${row.id}`} className="utrecht-link">
                    {row.clientNaam}
                  </RouterLink>
                  {row.geblokkeerd && <> ({t('cases.table.blocked')})</>}
                </TableHeaderCell>
                <TableCell>{row.ondersteuner?.naam ?? t('cases.table.none')}</TableCell>
                <TableCell>{row.vragen.map((q) => t(`cases.step.${q.stap}`)).join(', ')}</TableCell>
                <TableCell>{formatDate(row.geopendDatum, lang)}</TableCell>
                <TableCell>
                  {next ? (
                    <>
                      {formatDate(next.eindDatum, lang)}
                      {next.waarschuwing && <span lang="nl"> – {next.waarschuwing}</span>}
                    </>
                  ) : (
                    t('cases.table.none')
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
