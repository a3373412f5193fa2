import { useEffect, useMemo, useState } from 'react';
import { Link as RouterLink } from 'wouter';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { AnswerSaved, MunicipalityAnswers, MunicipalityStatus, Questionnaire, Round } from '../../api/monitorTypes.ts';
import type { User } from '../../api/session.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { AnswerForm } from './AnswerForm.tsx';
import { formFromAnswers } from './answerForm.ts';
import { AnswerView, VersionHistory } from './AnswerHistory.tsx';
import { formatDate, hasPermission } from './monitorFormat.ts';
import { ReviewActions } from './ReviewActions.tsx';
import { SignInGate } from './SignInGate.tsx';
import { useVersioned } from './useVersioned.ts';

interface Params {
  rondeId: string;
  gemeenteCode: string;
}

/** /monitor/antwoorden/:rondeId/:gemeenteCode — a municipality's answers: the form, its status and every version. */
export default function AnswerPage({ params }: { params: Params }) {
  const { t } = useI18n();
  return (
    <SignInGate permission="monitor:antwoorden-lezen" title={t('monitor.answers.loadingTitle')}>
      {(user) => <Answers key={`${params.rondeId}/${params.gemeenteCode}`} user={user} params={params} />}
    </SignInGate>
  );
}

function Answers({ user, params }: { user: User; params: Params }) {
  const { t, lang } = useI18n();
  const round = encodeURIComponent(params.rondeId);
  const code = encodeURIComponent(params.gemeenteCode);
  const path = `/monitor/rondes/${round}/antwoorden/${code}`;
  const rounds = useResource<Round[]>('/monitor/rondes');
  const questionnaire = useResource<Questionnaire>(`/monitor/rondes/${round}/vragenlijst`);
  const municipalities = useResource<MunicipalityStatus[]>(`/monitor/rondes/${round}/gemeenten`);
  const answers = useVersioned<MunicipalityAnswers>(path);
  const [saved, setSaved] = useState<AnswerSaved>();
  const [conflict, setConflict] = useState<Error>();
  const [formKey, setFormKey] = useState(0);
  const [restart, setRestart] = useState(false);

  const ronde = rounds.data?.find((r) => r.id === params.rondeId);
  const municipality = municipalities.data?.find((m) => m.gemeente.code === params.gemeenteCode);
  const name = municipality?.gemeente.naam ?? params.gemeenteCode;
  useDocumentTitle(municipality ? t('monitor.answers.title', { name }) : t('monitor.answers.loadingTitle'));
  const mayWrite = hasPermission(user, 'monitor:antwoorden-schrijven') && Boolean(municipality);
  const mayReview = hasPermission(user, 'monitor:opvolgen');
  const latest = answers.data?.versies[0];
  const initial = useMemo(() => formFromAnswers(latest?.antwoorden), [latest]);

  // After a conflict: start the form again from what is stored now, once it has been fetched.
  useEffect(() => {
    if (!restart || answers.loading) return;
    setRestart(false);
    setFormKey((k) => k + 1);
  }, [restart, answers.loading]);

  const onSaved = (result: AnswerSaved) => {
    setConflict(undefined);
    setSaved(result);
    answers.reload();
    municipalities.reload();
  };
  const onConflict = (error: Error) => {
    setSaved(undefined);
    setConflict(error);
    setRestart(true);
    answers.reload();
  };

  const loadError = answers.error ?? questionnaire.error ?? municipalities.error;
  const ready = answers.data && questionnaire.data && municipalities.data;
  return (
    <>
      <Heading1>{municipality ? t('monitor.answers.title', { name }) : t('monitor.answers.loadingTitle')}</Heading1>
      <Paragraph>
        <RouterLink href={`/gemeenten?ronde=${round}`} className="utrecht-link naast-no-print">
          {t('monitor.answers.back')}
        </RouterLink>
      </Paragraph>
      {ronde && (
        <Paragraph lead>
          {t('monitor.answers.intro', { round: ronde.naam })} {t('monitor.answers.deadline', { date: formatDate(ronde.deadlineDatum, lang) })}
        </Paragraph>
      )}
      {!ready && <LoadState error={loadError} loading />}
      {answers.data && (
        <DataList>
          <DataListItem>
            <DataListKey>{t('monitor.answers.status')}</DataListKey>
            <DataListValue>
              <StatusBadge data-testid="answer-status">{t(`monitor.status.${answers.data.status}`)}</StatusBadge>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('monitor.answers.version')}</DataListKey>
            <DataListValue>
              <span data-testid="answer-version">{latest ? latest.versie : t('monitor.answers.noVersion')}</span>
            </DataListValue>
          </DataListItem>
        </DataList>
      )}
      {saved && (
        <Alert type="ok">
          <Paragraph role="status" data-testid="answer-saved">
            {t('monitor.form.saved', { version: saved.versie, status: t(`monitor.status.${saved.status}`) })}
          </Paragraph>
        </Alert>
      )}
      {saved && saved.waarschuwingen.length > 0 && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('monitor.form.warningsTitle')}.</strong> {t('monitor.form.warningsIntro')}
          </Paragraph>
          <UnorderedList data-testid="answer-warnings">
            {saved.waarschuwingen.map((w) => (
              <UnorderedListItem key={`${w.regel}-${w.veld}`} lang="nl">
                {w.melding}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {conflict && (
        <>
          <ProblemSummary error={conflict} title={t('monitor.form.errorsTitle')} />
          <Paragraph>{t('monitor.conflictHint')}</Paragraph>
        </>
      )}
      {ready && mayReview && <ReviewActions path={path} status={answers.data!.status} followupHref={`/opvolging/${round}/${code}`} onDone={answers.reload} />}
      {ready && mayWrite && (
        <AnswerForm
          key={formKey}
          questionnaire={questionnaire.data!}
          initial={initial}
          etag={answers.etag}
          path={path}
          onSaved={onSaved}
          onConflict={onConflict}
        />
      )}
      {ready && !mayWrite && (
        <>
          <Paragraph>{t('monitor.answers.readOnly')}</Paragraph>
          {latest && <AnswerView questionnaire={questionnaire.data!} version={latest} />}
        </>
      )}
      {answers.data && <VersionHistory versions={answers.data.versies} />}
    </>
  );
}
