import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Case } from '../../api/caseTypes.ts';
import type { User } from '../../api/session.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { Tabs, useHashTab } from '../../components/Tabs.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useVersioned } from '../monitor/useVersioned.ts';
import { formatDate, may } from './caseAccess.ts';
import { CasesGate } from './CasesGate.tsx';
import { CaseSummary } from './CaseSummary.tsx';
import './casepage.css';
import { DecisionMakerForm } from './DecisionMakerForm.tsx';
import { ObjectionsSection } from './ObjectionsSection.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { NotesSection, ReferralsSection } from './RecordsSection.tsx';
import { SupporterSection } from './SupporterSection.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { NetworkSection } from './NetworkSection.tsx';
import { PlanSection } from './PlanSection.tsx';
import type { Plan } from './planTypes.ts';

/** /clienten/dossier/:id — one client's case; the id is a random uuid, never personal data. */
export default function CasePage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <CasesGate permissions={['dossiers:lezen', 'dossiers:beslisser-toewijzen']} title={t('cases.case.loadingTitle')}>
      {(user) => (may(user, 'dossiers:lezen') ? <CaseView id={id} user={user} /> : <DecisionMakerForm caseId={id} />)}
    </CasesGate>
  );
}

/** Everything the supporter does with a case; after each change the case is fetched again. */
export interface ChangeProps {
  c: Case;
  /** The change succeeded: fetch the case again and announce `message`. */
  onChanged(message?: string): void;
  /** The case may be changed by this user. */
  writable: boolean;
}

/** The tabs below the summary; the first one opens when the address names none. */
const TABS = ['vragen', 'contact', 'plan', 'ondersteuner', 'client', 'toestemming', 'verwijzingen', 'bezwaren'] as const;

function CaseView({ id, user }: { id: string; user: User }) {
  const { t, lang } = useI18n();
  const result = useVersioned<Case>(`/dossiers/${encodeURIComponent(id)}`);
  // One plan fetch for the summary (the client's wishes, agreement dates) and the plan tab.
  const plan = useVersioned<Plan>(`/dossiers/${encodeURIComponent(id)}/plan`);
  const [message, setMessage] = useState('');
  const [tab, setTab] = useHashTab(TABS, 'vragen');
  const focusAfter = useRef<string | null>(null);
  const c = result.data;
  const title = c ? t('cases.case.title', { name: c.client.naam }) : t('cases.case.loadingTitle');
  useDocumentTitle(title);
  const onChanged = (text?: string) => {
    setMessage(text ?? t('cases.done'));
    result.reload();
  };
  // A button of the summary opens a tab and puts the focus where the work is (after the panel is shown).
  const goTo = (next: string, focusId: string) => {
    focusAfter.current = focusId;
    setTab(next);
    if (next === tab) focusPending();
  };
  const focusPending = () => {
    const target = focusAfter.current ? document.getElementById(focusAfter.current) : null;
    focusAfter.current = null;
    target?.focus();
  };
  useEffect(focusPending, [tab]);
  const writable = may(user, 'dossiers:schrijven');
  const contact = c ? [c.client.telefoon, c.client.email, c.client.adres].filter(Boolean).join(', ') : '';
  const changeProps = c ? { c, onChanged, writable } : null;
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph>
        <RouterLink href="/" className="utrecht-link">
          {t('cases.case.back')}
        </RouterLink>
      </Paragraph>
      {c && (
        <Paragraph className="naast-case-facts">
          {t('cases.case.bsn')}: <span data-testid="case-bsn">{c.client.bsnGemaskeerd ?? t('cases.case.noBsn')}</span> · {t('cases.case.age')}:{' '}
          {c.client.leeftijdscategorie ?? t('cases.case.noBsn')} · {t('cases.case.opened')} {formatDate(c.geopendDatum, lang)}
        </Paragraph>
      )}
      <Paragraph role="status" data-testid="case-status">
        {message}
      </Paragraph>
      {!c && <LoadState error={result.error} loading />}
      {c && changeProps && (
        <>
          {c.geblokkeerd && (
            <Alert type="warning">
              <Heading2>{t('cases.case.blocked')}</Heading2>
              <Paragraph lang="nl" data-testid="case-blocked">
                {c.blokkade}
              </Paragraph>
            </Alert>
          )}
          <CaseSummary {...changeProps} user={user} plan={plan.data} goTo={goTo} />
          <Tabs
            label={t('cases.tabs.label')}
            idPrefix="dossier"
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'vragen',
                label: t('cases.tabs.questions', { count: c.vragen.length }),
                content: c.vragen.map((q, i) => <QuestionCard key={q.id} {...changeProps} question={q} number={i + 1} />),
              },
              { id: 'contact', label: t('cases.tabs.contact', { count: c.notities.length }), content: <NotesSection {...changeProps} /> },
              { id: 'plan', label: t('cases.tabs.plan'), content: <PlanSection c={c} writable={writable} resource={plan} /> },
              { id: 'ondersteuner', label: t('cases.tabs.supporter'), content: <SupporterSection {...changeProps} user={user} /> },
              {
                id: 'client',
                label: t('cases.tabs.client'),
                content: (
                  <>
                    <section aria-labelledby="client-kop">
                      <Heading2 id="client-kop">{t('cases.case.summary')}</Heading2>
                      <DataList>
                        <DataListItem>
                          <DataListKey>{t('cases.case.contact')}</DataListKey>
                          <DataListValue>{contact || t('cases.table.none')}</DataListValue>
                        </DataListItem>
                        <DataListItem>
                          <DataListKey>{t('cases.case.age')}</DataListKey>
                          <DataListValue>{c.client.leeftijdscategorie ?? t('cases.case.noBsn')}</DataListValue>
                        </DataListItem>
                        <DataListItem>
                          <DataListKey>{t('cases.case.opened')}</DataListKey>
                          <DataListValue>{formatDate(c.geopendDatum, lang)}</DataListValue>
                        </DataListItem>
                      </DataList>
                    </section>
                    <NetworkSection {...changeProps} />
                  </>
                ),
              },
              { id: 'toestemming', label: t('cases.tabs.consents', { count: c.toestemmingen.filter((x) => x.geldig).length }), content: <ConsentsSection {...changeProps} /> },
              { id: 'verwijzingen', label: t('cases.tabs.referrals', { count: c.verwijzingen.length }), content: <ReferralsSection {...changeProps} /> },
              { id: 'bezwaren', label: t('cases.tabs.objections', { count: c.bezwaren.length }), content: <ObjectionsSection {...changeProps} /> },
            ]}
          />
        </>
      )}
    </>
  );
}
