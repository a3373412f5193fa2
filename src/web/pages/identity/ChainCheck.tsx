import { useRef, useState } from 'react';
import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getJson } from '../../api/client.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { ChainCheckResult } from './identityTypes.ts';

/** "Controleer de keten": recomputes the hash chain of the audit log (roles privacy and beheer). */
export function ChainCheck() {
  const { t } = useI18n();
  const [result, setResult] = useState<ChainCheckResult>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const check = async () => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await getJson<ChainCheckResult>('/logboek/controle'));
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
      setTimeout(() => resultRef.current?.focus());
    }
  };

  return (
    <section aria-labelledby="keten-kop">
      <Heading2 id="keten-kop">{t('identity.chain.title')}</Heading2>
      <Paragraph>{t('identity.chain.intro')}</Paragraph>
      <Button appearance="secondary-action-button" busy={busy} onClick={() => void check()}>
        {t('identity.chain.check')}
      </Button>
      <div ref={resultRef} tabIndex={-1} className="naast-chain-result" data-testid="chain-result">
        {error && <LoadState error={error} />}
        {result && (
          <Alert type={result.intact ? 'ok' : 'error'}>
            <Paragraph>
              <strong>{result.intact ? t('identity.chain.intact') : t('identity.chain.broken')}</strong>{' '}
              {t('identity.chain.checked', { count: result.gecontroleerd })}
            </Paragraph>
            {result.problemen.length > 0 && (
              <UnorderedList>
                {result.problemen.map((p) => (
                  <UnorderedListItem key={`${p.volgnummer}-${p.probleem}`}>
                    {t('identity.chain.problem', { seq: p.volgnummer })} <span lang="nl">{p.probleem}</span>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </Alert>
        )}
      </div>
    </section>
  );
}
