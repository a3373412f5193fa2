import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'wouter';
import { Button, FormFieldCheckbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { STEPS, WORK_LISTS, type CaseSummary, type WorkList } from '../../api/caseTypes.ts';
import type { User } from '../../api/session.ts';
import { sendJson } from '../../api/send.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { CasesGate } from './CasesGate.tsx';
import { CaseTable } from './CaseTable.tsx';
import { SelectField, TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

/**
 * /clienten — the supporter's start page: the work lists (mine, without supporter, deadlines), most urgent
 * first, with filters in the address (so a link or reload keeps them), and a search form (POST).
 */
export default function WorkListPage() {
  const { t } = useI18n();
  useDocumentTitle(t('cases.lists.title'));
  return (
    <CasesGate permissions={['dossiers:lezen']} title={t('cases.lists.title')}>
      {(user) => <WorkLists user={user} />}
    </CasesGate>
  );
}

/** Rows per page of the work list; the API counts and cuts the page (X-Total-Count). */
const PAGE_SIZE = 50;
const WITHIN_DAYS = ['0', '7', '14', '30'] as const;
/** The filters that live in the address: codes and numbers only, never a name or BSN. */
const FILTER_KEYS = ['gemeente', 'stap', 'binnenDagen'] as const;

function WorkLists({ user }: { user: User }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('soort');
  const list: WorkList = WORK_LISTS.find((l) => l === asked) ?? 'mijn';
  const page = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
  const municipalities = [...new Set(user.rollen.filter((r) => r.rol === 'clientondersteuner' && r.organisatie.soort === 'gemeente').map((r) => r.organisatie.code))];
  const query = new URLSearchParams({ soort: list, pagina: String(page), paginaGrootte: String(PAGE_SIZE) });
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const cases = useResource<CaseSummary[]>(`/dossiers/werkvoorraad?${query.toString()}`);
  // A changed filter starts at the first page again; the list kind and the other filters stay.
  const setFilter = (key: (typeof FILTER_KEYS)[number], value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      next.delete('pagina');
      return next;
    });
  const pageHref = (to: number) => {
    const next = new URLSearchParams(params);
    next.set('pagina', String(to));
    return `/?${next.toString()}`;
  };
  const listHref = (l: WorkList) => {
    const next = new URLSearchParams(params);
    next.set('soort', l);
    next.delete('pagina');
    return `/?${next.toString()}`;
  };
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
              <RouterLink href={listHref(l)} className="utrecht-link" aria-current={l === list ? 'page' : undefined}>
                {t(`cases.list.${l}`)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="filter-kop" className="naast-worklist-filters">
        <Heading2 id="filter-kop">{t('cases.filter.title')}</Heading2>
        <Paragraph>{t('cases.filter.order')}</Paragraph>
        <SelectField
          id="filter-stap"
          label={t('cases.filter.step')}
          value={params.get('stap') ?? ''}
          onChange={(v) => setFilter('stap', v)}
          placeholder={t('cases.filter.anyStep')}
          options={STEPS.filter((s) => s !== 'afgesloten').map((s) => ({ value: s, label: t(`cases.step.${s}`) }))}
        />
        <SelectField
          id="filter-termijn"
          label={t('cases.filter.within')}
          value={params.get('binnenDagen') ?? ''}
          onChange={(v) => setFilter('binnenDagen', v)}
          placeholder={list === 'termijnen' ? t('cases.filter.withinDefault') : t('cases.filter.anyDeadline')}
          options={WITHIN_DAYS.map((d) => ({ value: d, label: t(`cases.filter.within.${d}`) }))}
        />
        {municipalities.length > 1 && (
          <SelectField
            id="filter-gemeente"
            label={t('cases.filter.municipality')}
            value={params.get('gemeente') ?? ''}
            onChange={(v) => setFilter('gemeente', v)}
            placeholder={t('cases.filter.anyMunicipality')}
            options={municipalities.map((code) => ({ value: code, label: code }))}
          />
        )}
      </section>
      {!cases.data && <LoadState error={cases.error} loading />}
      {cases.data && cases.data.length === 0 && <Paragraph data-testid="worklist-empty">{t('cases.lists.empty')}</Paragraph>}
      {cases.data && cases.data.length > 0 && <CaseTable caption={t(`cases.list.${list}`)} rows={cases.data} testId="worklist" />}
      {cases.data && (page > 1 || cases.data.length === PAGE_SIZE) && (
        <nav aria-label={t('cases.pages.label')} className="naast-subnav">
          <ul>
            {page > 1 && (
              <li>
                <RouterLink href={pageHref(page - 1)} className="utrecht-link">
                  {t('cases.pages.previous')}
                </RouterLink>
              </li>
            )}
            {cases.data.length === PAGE_SIZE && (
              <li>
                <RouterLink href={pageHref(page + 1)} className="utrecht-link">
                  {t('cases.pages.next')}
                </RouterLink>
              </li>
            )}
          </ul>
        </nav>
      )}
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
