import { useState, type ChangeEvent } from 'react';
import { Link as RouterLink } from 'wouter';
import { Alert, Heading1, Heading2, Heading3, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { API } from '../../api/client.ts';
import { sendFile, spreadsheetType } from '../../api/send.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { write, type Provider, type Taxonomy } from './api.ts';
import { HsdsImport } from './HsdsImport.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

const HSDS_EXPORTS = ['kaart', 'tabellen', 'diensten', 'organisaties', 'dienstLocaties'] as const;

/** The municipality's social map: providers with their services and locations, and import/export. */
export default function ManagePage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('socialmap.manage.title'));
  const list = useResource<Provider[]>(`/sociale-kaart/gemeenten/${code}/aanbieders`);
  const taxonomy = useResource<Taxonomy>('/sociale-kaart/taxonomie');
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<Error>();
  const kindLabel = (kind: string) => taxonomy.data?.soortenAanbieders.find((k) => k.code === kind)?.label ?? kind;

  async function act(work: () => Promise<unknown>, done: string) {
    setError(undefined);
    setMessage(undefined);
    try {
      await work();
      setMessage(done);
      list.reload();
    } catch (err) {
      setError(err as Error);
    }
  }

  const remove = (path: string, version: number) => {
    if (window.confirm(t('socialmap.manage.confirmDelete'))) void act(() => write('DELETE', path, undefined, version), t('socialmap.manage.deleted'));
  };

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    await act(() => sendFile(`/sociale-kaart/diensten/import?gemeenteCode=${code}`, file, spreadsheetType(file)), t('socialmap.manage.imported'));
  }
  const hsdsOf = (shape: string, id: string) => `${API}/sociale-kaart/hsds?gemeenteCode=${code}&vorm=${shape}&id=${id}`;

  return (
    <>
      <Heading1>
        {t('socialmap.manage.title')} – {code}
      </Heading1>
      <Paragraph>{t('socialmap.manage.intro')}</Paragraph>
      <Paragraph>
        <Link href={`/hulp-zoeken?gemeente=${code}`}>{t('socialmap.manage.publicPage')}</Link>
      </Paragraph>
      {message && (
        <Alert type="ok">
          <Paragraph role="status">{message}</Paragraph>
        </Alert>
      )}
      {error && <ProblemSummary error={error} title={t('common.error')} />}

      <Heading2>{t('socialmap.manage.providers')}</Heading2>
      <Paragraph>
        <RouterLink className="utrecht-link" href={`/gemeenten/${code}/aanbieders/nieuw`}>
          {t('socialmap.manage.newProvider')}
        </RouterLink>
      </Paragraph>
      {!list.data ? (
        <LoadState error={list.error} loading={list.loading} />
      ) : (
        ((providers: Provider[]) =>
          providers.length === 0 ? (
            <Paragraph>{t('socialmap.manage.noProviders')}</Paragraph>
          ) : (
            <div data-testid="socialmap-providers">
              {providers.map((p) => (
                <section key={p.id} className="naast-sk-provider" aria-labelledby={`aanbieder-${p.id}`}>
                  <Heading3 id={`aanbieder-${p.id}`}>{p.naam}</Heading3>
                  <Paragraph>{kindLabel(p.soort)}</Paragraph>
                  <div className="naast-sk-actions">
                    <RouterLink className="utrecht-link" href={`/gemeenten/${code}/aanbieders/${p.id}`}>
                      {t('socialmap.manage.editProvider')}
                    </RouterLink>
                    <Link href={hsdsOf('organisatie', p.id)} download={`organisatie-${p.id}.json`}>
                      {t('socialmap.hsds.export.one')} <span className="naast-visually-hidden">{p.naam}</span>
                    </Link>
                    <RouterLink className="utrecht-link" href={`/gemeenten/${code}/aanbieders/${p.id}/nieuwe-dienst`}>
                      {t('socialmap.manage.newService')}
                    </RouterLink>
                    <RouterLink className="utrecht-link" href={`/gemeenten/${code}/aanbieders/${p.id}/nieuwe-locatie`}>
                      {t('socialmap.manage.newLocation')}
                    </RouterLink>
                    <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => remove(`/sociale-kaart/aanbieders/${p.id}`, p.versie)}>
                      {t('socialmap.manage.delete')} <span className="naast-visually-hidden">{p.naam}</span>
                    </button>
                  </div>
                  {(p.diensten ?? []).length > 0 && (
                    <>
                      <Paragraph>
                        <strong>{t('socialmap.manage.services')}</strong>
                      </Paragraph>
                      <UnorderedList>
                        {(p.diensten ?? []).map((s) => (
                          <UnorderedListItem key={s.id}>
                            <RouterLink className="utrecht-link" href={`/gemeenten/${code}/diensten/${s.id}`}>
                              {s.naam}
                            </RouterLink>{' '}
                            (
                            <Link href={hsdsOf('dienst', s.id)} download={`dienst-${s.id}.json`}>
                              {t('socialmap.hsds.export.one')} <span className="naast-visually-hidden">{s.naam}</span>
                            </Link>
                            )
                          </UnorderedListItem>
                        ))}
                      </UnorderedList>
                    </>
                  )}
                  {(p.locaties ?? []).length > 0 && (
                    <>
                      <Paragraph>
                        <strong>{t('socialmap.manage.locations')}</strong>
                      </Paragraph>
                      <UnorderedList>
                        {(p.locaties ?? []).map((l) => (
                          <UnorderedListItem key={l.id}>
                            <RouterLink className="utrecht-link" href={`/gemeenten/${code}/locaties/${l.id}`}>
                              {l.naam}
                            </RouterLink>{' '}
                            ({l.plaats})
                          </UnorderedListItem>
                        ))}
                      </UnorderedList>
                    </>
                  )}
                </section>
              ))}
            </div>
          ))(list.data)
      )}

      <Heading2>{t('socialmap.manage.exchange')}</Heading2>
      <Heading3>{t('socialmap.hsds.exportTitle')}</Heading3>
      <UnorderedList data-testid="sk-hsds-exports">
        {HSDS_EXPORTS.map((shape) => (
          <UnorderedListItem key={shape}>
            <Link href={`${API}/sociale-kaart/hsds?gemeenteCode=${code}&vorm=${shape}`} download={`sociale-kaart-${code}-${shape}.hsds.json`}>
              {t(`socialmap.hsds.export.${shape}` as MessageKey)}
            </Link>
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          <Link href={`${API}/sociale-kaart/hsds/datapakket?gemeenteCode=${code}`} download={`sociale-kaart-${code}.hsds.zip`}>
            {t('socialmap.hsds.export.datapakket')}
          </Link>
        </UnorderedListItem>
      </UnorderedList>
      <UnorderedList>
        <UnorderedListItem>
          <Link href={`${API}/sociale-kaart/diensten/export?gemeenteCode=${code}&formaat=csv`}>{t('socialmap.manage.exportCsv')}</Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href={`${API}/sociale-kaart/diensten/export?gemeenteCode=${code}&formaat=xlsx`}>{t('socialmap.manage.exportXlsx')}</Link>
        </UnorderedListItem>
      </UnorderedList>
      <HsdsImport code={code} onApplied={list.reload} />
      <div className="naast-sk-exchange">
        <div>
          <label className="utrecht-form-label" htmlFor="sk-import-table">
            {t('socialmap.manage.importTable')}
          </label>
          <br />
          <input id="sk-import-table" type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void upload(e)} />
        </div>
      </div>
    </>
  );
}
