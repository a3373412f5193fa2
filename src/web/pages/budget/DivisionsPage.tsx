import { useState } from 'react';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatEuro } from './budgetFormat.ts';
import { YearField } from '../../components/YearField.tsx';

/** The answer of GET /register/doorrekening/budget (only the fields this page shows). */
interface CarriedBudget {
  gemeenten: { cbsCode: string; naam: string; budgetMeeCent: number; budgetIvhCent: number; volledig: boolean; wijze: string }[];
  nietTeVerdelen: { cbsCode: string; naam: string; budgetMeeCent: number; budgetIvhCent: number; opvolgers: { naam: string }[] }[];
  totalen: { budgetMeeCent: number; budgetIvhCent: number; doorgerekendMeeCent: number; doorgerekendIvhCent: number };
}
type Row = CarriedBudget['gemeenten'][number];

// The register holds the divisions of 2013 up to and including 2026 (data/reference/register).
const YEARS = Array.from({ length: 14 }, (_, i) => 2026 - i);

/** /budget/herindelingen — the 2014 allocation carried through the herindelingen to a chosen year (issue 21 §5). */
export default function DivisionsPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(2026);
  useDocumentTitle(t('register.divisions.title', { year }));
  const carried = useResource<CarriedBudget>(`/register/doorrekening/budget?naarJaar=${year}`);
  const data = carried.data;
  const columns: Column<Row>[] = [
    { key: 'naam', label: t('register.divisions.col.municipality'), rowHeader: true, sortValue: (r) => r.naam, cell: (r) => r.naam },
    { key: 'code', label: t('register.divisions.col.code'), sortValue: (r) => r.cbsCode, cell: (r) => r.cbsCode },
    { key: 'mee', label: t('register.divisions.col.mee'), numeric: true, sortValue: (r) => r.budgetMeeCent, cell: (r) => formatEuro(r.budgetMeeCent) },
    { key: 'ivh', label: t('register.divisions.col.ivh'), numeric: true, sortValue: (r) => r.budgetIvhCent, cell: (r) => formatEuro(r.budgetIvhCent) },
    { key: 'wijze', label: t('register.divisions.col.how'), sortValue: (r) => r.wijze, cell: (r) => r.wijze },
  ];
  return (
    <>
      <Heading1>{t('register.divisions.title', { year })}</Heading1>
      <Paragraph lead>{t('register.divisions.intro')}</Paragraph>
      <YearField id="herindeling-jaar" label={t('register.divisions.year')} years={YEARS} value={year} onChange={setYear} />
      {!data && <LoadState error={carried.error} loading />}
      {data && (
        <>
          <Paragraph>
            {t('register.divisions.totals', {
              mee: formatEuro(data.totalen.budgetMeeCent),
              ivh: formatEuro(data.totalen.budgetIvhCent),
              carriedMee: formatEuro(data.totalen.doorgerekendMeeCent),
              carriedIvh: formatEuro(data.totalen.doorgerekendIvhCent),
            })}
          </Paragraph>
          {data.nietTeVerdelen.length > 0 && (
            <section aria-labelledby="niet-te-verdelen-kop">
              <Heading2 id="niet-te-verdelen-kop">{t('register.divisions.undistributedTitle')}</Heading2>
              <Paragraph>{t('register.divisions.undistributedIntro')}</Paragraph>
              <UnorderedList>
                {data.nietTeVerdelen.map((u) => (
                  <UnorderedListItem key={u.cbsCode}>
                    {t('register.divisions.undistributedItem', {
                      name: u.naam,
                      mee: formatEuro(u.budgetMeeCent),
                      ivh: formatEuro(u.budgetIvhCent),
                      successors: u.opvolgers.map((o) => o.naam).join(', '),
                    })}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          )}
          <SortableTable
            caption={t('register.divisions.caption', { year })}
            columns={columns}
            rows={data.gemeenten}
            rowKey={(r) => r.cbsCode}
            initialSort={{ key: 'naam', direction: 'ascending' }}
            busy={carried.loading}
            testId="herindelingen-tabel"
          />
          <Paragraph>{t('register.divisions.source')}</Paragraph>
        </>
      )}
    </>
  );
}
