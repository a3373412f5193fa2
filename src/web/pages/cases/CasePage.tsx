import { useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Case } from '../../api/caseTypes.ts';
import type { User } from '../../api/session.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useVersioned } from '../monitor/useVersioned.ts';
import { formatDate, may } from './caseAccess.ts';
import { CasesGate } from './CasesGate.tsx';
import { DecisionMakerForm } from './DecisionMakerForm.tsx';
import { ObjectionsSection } from './ObjectionsSection.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { NotesSection, ReferralsSection } from './RecordsSection.tsx';
import { SupporterSection } from './SupporterSection.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { NetworkSection } from './NetworkSection.tsx';
import { PlanSection } from './PlanSection.tsx';

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

function CaseView({ id, user }: { id: string; user: User }) {
  const { t, lang } = useI18n();
  const result = useVersioned<Case>(`/dossiers/${encodeURIComponent(id)}`);
  const [message, setMessage] = useState('');
  const c = result.data;
  const title = c ? t('cases.case.title', { name: c.client.naam }) : t('cases.case.loadingTitle');
  useDocumentTitle(title);
  const onChanged = (text?: string) => {
    setMessage(text ?? t('cases.done'));
    result.reload();
  };
  const writable = may(user, 'dossiers:schrijven');
  const contact = c ? [c.client.telefoon, c.client.email, c.client.adres].filter(Boolean).join(', ') : '';
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph>
        <RouterLink href="/" className="utrecht-link">
          {t('cases.case.back')}
        </RouterLink>
      </Paragraph>
      <Paragraph role="status" data-testid="case-status">
        {message}
      </Paragraph>
      {!c && <LoadState error={result.error} loading />}
      {c && (
        <>
          {c.geblokkeerd && (
            <Alert type="warning">
              <Heading2>{t('cases.case.blocked')}</Heading2>
              <Paragraph lang="nl" data-testid="case-blocked">
                {c.blokkade}
              </Paragraph>
            </Alert>
          )}
          <section aria-labelledby="client-kop">
            <Heading2 id="client-kop">{t('cases.case.summary')}</Heading2>
            <DataList>
              <DataListItem>
                <DataListKey>{t('cases.case.bsn')}</DataListKey>
                <DataListValue>
                  <span data-testid="case-bsn">{c.client.bsnGemaskeerd ?? t('cases.case.noBsn')}</span>
                </DataListValue>
              </DataListItem>
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
          <SupporterSection c={c} user={user} onChanged={onChanged} writable={writable} />
          <NetworkSection c={c} onChanged={onChanged} writable={writable} />
          {c.vragen.map((q, i) => (
            <QuestionCard key={q.id} c={c} question={q} number={i + 1} onChanged={onChanged} writable={writable} />
          ))}
          <PlanSection c={c} writable={writable} />
          <NotesSection c={c} onChanged={onChanged} writable={writable} />
          <ConsentsSection c={c} onChanged={onChanged} writable={writable} />
          <ReferralsSection c={c} onChanged={onChanged} writable={writable} />
          <ObjectionsSection c={c} onChanged={onChanged} writable={writable} />
        </>
      )}
    </>
  );
}
