import { useMemo, useState, type ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import { ScrollContainer } from './ScrollContainer.tsx';

export interface Column<R> {
  key: string;
  label: ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Value to sort on; a column without it cannot be sorted. `null` sorts last. */
  sortValue?: (row: R) => string | number | null;
  cell: (row: R) => ReactNode;
  /** This column names the row: it becomes `<th scope="row">`. */
  rowHeader?: boolean;
}

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: string;
  direction: SortDirection;
}

interface Props<R> {
  caption: ReactNode;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  initialSort?: SortState;
  /** Extra rows below the data, e.g. totals (`<tfoot>`). */
  footer?: ReactNode;
  busy?: boolean;
  testId?: string;
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A real data table with a caption and column headers (scope="col"). Sortable columns have a button in
 * the header; `aria-sort` tells screen readers which column is sorted and in which direction.
 */
export function SortableTable<R>({ caption, columns, rows, rowKey, initialSort, footer, busy, testId }: Props<R>) {
  const { t } = useI18n();
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const sortable = columns.some((c) => c.sortValue);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      // empty values stay at the bottom in both directions
      if (va === null || vb === null) return compare(va, vb);
      return sign * compare(va, vb);
    });
  }, [rows, columns, sort]);

  const toggle = (key: string) =>
    setSort((current) => ({
      key,
      direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <ScrollContainer>
      <Table busy={busy} data-testid={testId}>
        <TableCaption>
          {caption}
          {sortable && <span className="naast-visually-hidden"> {t('common.sortHint')}</span>}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => {
              const direction = sort?.key === column.key ? sort.direction : undefined;
              return (
                <TableHeaderCell
                  key={column.key}
                  scope="col"
                  numericColumn={column.numeric}
                  aria-sort={direction}
                  className={column.numeric ? 'naast-number' : undefined}
                >
                  {column.sortValue ? (
                    <button type="button" className="naast-sort-button" onClick={() => toggle(column.key)}>
                      {column.label}
                      <span aria-hidden="true" className="naast-sort-icon">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </TableHeaderCell>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <TableHeaderCell key={column.key} scope="row">
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={column.key} numericColumn={column.numeric} className={column.numeric ? 'naast-number' : undefined}>
                    {column.cell(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
        {footer && <TableFooter>{footer}</TableFooter>}
      </Table>
    </ScrollContainer>
  );
}
