import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'wouter';
import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { sendJson } from '../../api/send.ts';
import { useApi } from '../../api/useApi.ts';
import { useSession } from '../../api/session.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { TextAreaField } from '../cases/fields.tsx';
import { longDate, type OwnQuestion } from './portalTypes.ts';
import type { AnswerOf } from '../../api/answer.ts';

/** /portaal/mijn-vragen — the signed-in resident's own questions, their supporter and their plan. */
export default function MyQuestionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('portal.mine.title'));
  const session = useSession();
  if (session.status === 'unknown') return <Paragraph>{t('common.loading')}</Paragraph>;
  const isResident = session.status === 'signed-in' && session.user.rollen.some((r) => r.rol === 'inwoner');
  return (
    <>
      <Heading1>{t('portal.mine.title')}</Heading1>
      {session.status === 'anonymous' && (
        <Paragraph data-testid="portal-sign-in-first">
          <RouterLink href="/" className="utrecht-link">
            {t('portal.mine.signIn')}
          </RouterLink>
        </Paragraph>
      )}
      {session.status === 'signed-in' && !isResident && <Paragraph>{t('portal.mine.notResident')}</Paragraph>}
      {isResident && <QuestionList />}
    </>
  );
}

function QuestionList() {
  const { t } = useI18n();
  const [round, setRound] = useState(0);
  const list = useApi<AnswerOf<'/portaal/mijn-vragen'>>(`/portaal/mijn-vragen?_=${round}`);
  if (list.state !== 'ok') return <LoadState loading={list.state === 'loading'} error={list.state === 'error' ? list.error : undefined} />;
  if (list.data.vragen.length === 0) return <Paragraph>{t('portal.mine.none')}</Paragraph>;
  return (
    <>
      {list.data.vragen.map((q, i) => (
        <QuestionSection key={q.referentie} question={q} index={i + 1} onChanged={() => setRound((r) => r + 1)} />
      ))}
    </>
  );
}

function QuestionSection({ question: q, index, onChanged }: { question: OwnQuestion; index: number; onChanged(): void }) {
  const { t, lang } = useI18n();
  const headingId = `mijn-vraag-${index}`;
  return (
    <section className="naast-portal-question" aria-labelledby={headingId} data-testid={`own-question-${index}`}>
      <Heading2 id={headingId}>{t('portal.mine.question', { reference: q.referentie })}</Heading2>
      <DataList>
        <DataListItem>
          <DataListKey>{t('portal.mine.askedOn')}</DataListKey>
          <DataListValue>
            {longDate(q.gesteldDatum, lang)} ({q.gemeente.naam})
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('portal.mine.yourQuestion')}</DataListKey>
          <DataListValue>
            <span className="naast-portal-quote">{q.vraag}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('portal.mine.now')}</DataListKey>
          <DataListValue>
            <span data-testid="own-question-step">
              <strong lang="nl">{q.stapTitel}</strong>. <span lang="nl">{q.afsluitUitleg ?? q.stapUitleg}</span>
            </span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('portal.mine.supporter')}</DataListKey>
          <DataListValue>
            <span data-testid="own-question-supporter">{q.ondersteuner ? q.ondersteuner.naam : t('portal.mine.noSupporter')}</span>
          </DataListValue>
        </DataListItem>
        {q.verwijzingen.length > 0 && (
          <DataListItem>
            <DataListKey>{t('portal.mine.referrals')}</DataListKey>
            <DataListValue>{q.verwijzingen.map((r) => r.aanbieder).join(', ')}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      {q.andereOndersteunerGevraagd && (
        <Alert type="info">
          <Paragraph data-testid="own-question-replacement">{t('portal.mine.requested', { date: longDate(q.andereOndersteunerGevraagd.gevraagdDatum, lang) })}</Paragraph>
        </Alert>
      )}
      <Plan question={q} />
      {q.magAndereOndersteunerVragen && <OtherSupporter reference={q.referentie} index={index} onDone={onChanged} />}
    </section>
  );
}

function Plan({ question: q }: { question: OwnQuestion }) {
  const { t, lang } = useI18n();
  const plan = q.plan;
  return (
    <>
      <Heading3>{t('portal.mine.plan')}</Heading3>
      {!plan ? (
        <Paragraph>{t('portal.mine.noPlan')}</Paragraph>
      ) : (
        <div data-testid="own-plan">
          <Paragraph>
            {plan.akkoord === 'akkoord' && plan.akkoordDatum
              ? t('portal.mine.planApproved', { date: longDate(plan.akkoordDatum, lang) })
              : plan.akkoord === 'eerdere_versie'
                ? t('portal.mine.planEarlier')
                : t('portal.mine.planNotApproved')}
          </Paragraph>
          {plan.resultaten.length > 0 && (
            <>
              <Paragraph>
                <strong>{t('portal.mine.planResults')}</strong>
              </Paragraph>
              <UnorderedList>
                {plan.resultaten.map((r, i) => (
                  <UnorderedListItem key={i}>{r.omschrijving}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
          {plan.afspraken.length > 0 && (
            <>
              <Paragraph>
                <strong>{t('portal.mine.planAgreements')}</strong>
              </Paragraph>
              <UnorderedList>
                {plan.afspraken.map((a, i) => (
                  <UnorderedListItem key={i}>
                    {a.omschrijving} — {t('portal.mine.planWho', { who: a.wie })}
                    {a.uiterlijkDatum ? `, ${t('portal.mine.planDue', { date: longDate(a.uiterlijkDatum, lang) })}` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </div>
      )}
    </>
  );
}

function OtherSupporter({ reference, index, onDone }: { reference: string; index: number; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await sendJson('POST', `/portaal/mijn-vragen/${encodeURIComponent(reference)}/ander-ondersteuner`, { reden: reason.trim() || null });
      onDone();
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="naast-noprint" aria-labelledby={`ander-${index}`}>
      <Heading3 id={`ander-${index}`}>{t('portal.other.title')}</Heading3>
      <Paragraph>{t('portal.other.text')}</Paragraph>
      {error && <ProblemSummary error={error} title={t('portal.errorTitle')} />}
      <TextAreaField id={`ander-reden-${index}`} label={t('portal.other.reason')} value={reason} onChange={setReason} />
      <Button type="submit" appearance="secondary-action-button" disabled={busy}>
        {t('portal.other.submit')}
      </Button>
    </form>
  );
}
