import { Link as RouterLink } from 'wouter';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { CaseSummary } from '../../api/caseTypes.ts';
import { ScrollContainer } from '../../components/ScrollContainer.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate } from './caseAccess.ts';

/**
 * Cases in a table, one row per client: his question, the last contact, the next deadline and the next
 * step of each open question. The client's name links to the case (the address holds only the random
 * case id). At 390 px the table scrolls sideways inside its container, never the page.
 */
export function CaseTable({ caption, rows, testId }: { caption: string; rows: CaseSummary[]; testId: string }) {
  const { t } = useI18n();
  return (
    <ScrollContainer label={caption}>
      <Table data-testid={testId}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('cases.table.client')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.question')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.lastContact')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.deadline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.steps')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.table.supporter')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableHeaderCell scope="row">
                <RouterLink href={`/dossier/${row.id}`} className="utrecht-link">
                  {row.clientNaam}
                </RouterLink>
                {row.geblokkeerd && <> ({t('cases.table.blocked')})</>}
              </TableHeaderCell>
              <TableCell lang="nl">{row.vraagSamenvatting || t('cases.table.none')}</TableCell>
              <TableCell>{row.laatsteContactDatum ? <DateText iso={row.laatsteContactDatum} /> : t('cases.table.none')}</TableCell>
              <TableCell>
                <NextDeadline row={row} />
              </TableCell>
              <TableCell>
                <NextSteps row={row} />
              </TableCell>
              <TableCell>{row.ondersteuner?.naam ?? t('cases.table.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollContainer>
  );
}

function DateText({ iso }: { iso: string }) {
  const { lang } = useI18n();
  return <time dateTime={iso}>{formatDate(iso, lang)}</time>;
}

/** The date, what kind of deadline it is (with its law), and how far off or how long ago. */
function NextDeadline({ row }: { row: CaseSummary }) {
  const { t } = useI18n();
  const next = row.volgendeTermijn;
  if (!next) return <>{t('cases.table.none')}</>;
  const when =
    next.dagenOver < 0
      ? t('cases.table.deadlinePassed', { days: -next.dagenOver })
      : next.dagenOver === 0
        ? t('cases.table.deadlineToday')
        : t('cases.table.deadlineIn', { days: next.dagenOver });
  return (
    <>
      <DateText iso={next.datum} /> – {t(`cases.deadlineKind.${next.soort}`)}
      {next.grondslag && (
        <>
          {' '}
          (<span lang="nl">{next.grondslag}</span>)
        </>
      )}
      . <strong className={next.verlopen ? 'naast-worklist-overdue' : undefined}>{when}</strong>
    </>
  );
}

/** Per open question: the step it is at and the step that normally follows (Figuur 1). */
function NextSteps({ row }: { row: CaseSummary }) {
  const { t } = useI18n();
  const open = row.vragen.filter((q) => q.volgendeStap !== null);
  if (open.length === 0) return <>{t('cases.step.afgesloten')}</>;
  return (
    <ul className="naast-worklist-steps">
      {open.map((q) => (
        <li key={q.id}>{t('cases.table.stepNext', { step: t(`cases.step.${q.stap}`), next: t(`cases.step.${q.volgendeStap!}`) })}</li>
      ))}
    </ul>
  );
}
