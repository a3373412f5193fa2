import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import { longDate, type Receipt } from './portalTypes.ts';

/** The receipt of an online question: the reference and what happens next; no personal data. */
export function ReceiptView({ receipt, onAgain }: { receipt: Receipt; onAgain(): void }) {
  const { t, lang } = useI18n();
  return (
    <div data-testid="portal-receipt">
      <Heading1>{t('portal.receipt.title')}</Heading1>
      <Paragraph>{t('portal.receipt.reference')}</Paragraph>
      <Paragraph className="naast-portal-reference" data-testid="portal-reference">
        {receipt.referentie}
      </Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('portal.receipt.municipality')}</DataListKey>
          <DataListValue>{receipt.gemeente.naam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('portal.receipt.sentOn')}</DataListKey>
          <DataListValue>{longDate(receipt.gesteldDatum, lang)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('portal.receipt.contactBy')}</DataListKey>
          <DataListValue>{longDate(receipt.contactUiterlijkDatum, lang)}</DataListValue>
        </DataListItem>
      </DataList>
      <Heading2>{t('portal.receipt.next')}</Heading2>
      <UnorderedList data-testid="portal-next-steps" lang="nl">
        {receipt.vervolgstappen.map((line) => (
          <UnorderedListItem key={line}>{line}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>{t('portal.receipt.keep')}</Paragraph>
      <div className="naast-noprint utrecht-button-group">
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('portal.receipt.print')}
        </Button>
        <Button appearance="subtle-button" onClick={onAgain}>
          {t('portal.receipt.again')}
        </Button>
      </div>
    </div>
  );
}
