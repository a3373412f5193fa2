import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ProvenanceInput, ShareProvenance } from '../../api/budgetTypes.ts';
import { SortableTable } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDecimal, formatShare } from './budgetFormat.ts';
import { inputLabel, inputValue } from './provenanceText.ts';

interface Props {
  id: string;
  title: string;
  /** Why and how, in plain words. */
  intro: string;
  formula: string;
  share: ShareProvenance;
  resultLabel: string;
  testId: string;
}

/** One derived share (afgeleid aandeel): the formula, its inputs in a table, and the result. */
export function ShareStep({ id, title, intro, formula, share, resultLabel, testId }: Props) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <Paragraph>{intro}</Paragraph>
      <Paragraph>
        <span className="naast-formula">{formula}</span>
      </Paragraph>
      <SortableTable
        caption={t('budget.explain.inputsCaption', { what: resultLabel })}
        columns={[
          { key: 'label', label: t('budget.explain.input'), rowHeader: true, cell: (i: ProvenanceInput) => inputLabel(i, t) },
          { key: 'value', label: t('budget.explain.value'), numeric: true, cell: (i: ProvenanceInput) => inputValue(i, lang) },
        ]}
        rows={share.inputs}
        rowKey={(i) => i.name}
      />
      <Paragraph>
        {resultLabel}: <strong data-testid={testId}>{formatShare(share.decimal, lang)}</strong>{' '}
        <span className="naast-muted">({t('budget.explain.asFraction', { value: formatDecimal(share.decimal, lang) })})</span>
      </Paragraph>
    </section>
  );
}
