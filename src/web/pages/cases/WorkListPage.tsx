import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'wouter';
import { Button, FormFieldCheckbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { WORK_LISTS, type CaseSummary, type WorkList } from '../../api/caseTypes.ts';
import { sendJson } from '../../api/send.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { CasesGate } from './CasesGate.tsx';
import { CaseTable } from './CaseTable.tsx';
import { TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

/** /clienten — the work lists (mine, without supporter, deadlines) and a search form. */
export default function WorkListPage() {
  const { t } = useI18n();
  useDocumentTitle(t('cases.lists.title'));
  return (
    <CasesGate permissions={['dossiers:lezen']} title={t('cases.lists.title')}>
      {() => <WorkLists />}
    </CasesGate>
  );
}

function WorkLists() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const asked = params.get('soort');
  const list: WorkList = WORK_LISTS.find((l) => l === asked) ?? 'mijn';
  const cases = useResource<CaseSummary[]>(`/dossiers/werkvoorraad?soort=${list}`);
  return (
    <>
      <Heading1>{t('cases.lists.title')}</Heading1>
      <Paragraph>
        <RouterLink href="/nieuw" className="utrecht-link">
          {t('cases.lists.new')}
        </RouterLink>
      </Paragraph>
      <nav className="naast-subnav" aria-label={t('cases.lists.label')}>
        <ul>
          {WORK_LISTS.map((l) => (
            <li key={l}>
              <RouterLink href={`/?soort=${l}`} className="utrecht-link" aria-current={l === list ? 'page' : undefined}>
                {t(`cases.list.${l}`)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      {!cases.data && <LoadState error={cases.error} loading />}
      {cases.data && cases.data.length === 0 && <Paragraph data-testid="worklist-empty">{t('cases.lists.empty')}</Paragraph>}
      {cases.data && cases.data.length > 0 && <CaseTable caption={t(`cases.list.${list}`)} rows={cases.data} testId="worklist" />}
      <SearchForm />
    </>
  );
}

/** Search by name or BSN with POST: what is typed never ends up in the address or an access log. */
function SearchForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [bsn, setBsn] = useState('');
  const [closed, setClosed] = useState(false);
  const [missing, setMissing] = useState(false);
  const [results, setResults] = useState<CaseSummary[]>();
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...(name.trim() ? { naam: name.trim() } : {}), ...(bsn.trim() ? { bsn: bsn.trim() } : {}), alleenOpen: !closed };
    setMissing(!body.naam && !body.bsn);
    if (!body.naam && !body.bsn) return;
    void action.run(async () => setResults((await sendJson<CaseSummary[]>('POST', '/dossiers/zoeken', body)).data));
  };
  return (
    <section aria-labelledby="zoeken-kop">
      <Heading2 id="zoeken-kop">{t('cases.search.title')}</Heading2>
      <Paragraph>{t('cases.search.help')}</Paragraph>
      {action.problem}
      <form onSubmit={submit} noValidate role="search" aria-labelledby="zoeken-kop">
        <TextField id="zoek-naam" label={t('cases.search.name')} value={name} onChange={setName} error={missing ? t('cases.search.needSomething') : undefined} />
        <TextField id="zoek-bsn" label={t('cases.search.bsn')} value={bsn} onChange={setBsn} inputMode="numeric" />
        <FormFieldCheckbox label={t('cases.search.closed')} checked={closed} onChange={() => setClosed((c) => !c)} />
        <Button type="submit" appearance="primary-action-button" busy={action.busy}>
          {t('cases.search.submit')}
        </Button>
      </form>
      {results && results.length === 0 && <Paragraph role="status">{t('cases.lists.empty')}</Paragraph>}
      {results && results.length > 0 && <CaseTable caption={t('cases.search.results')} rows={results} testId="search-results" />}
    </section>
  );
}
