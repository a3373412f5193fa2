import { useState, type ChangeEvent } from 'react';
import { Link as RouterLink } from 'wouter';
import { Alert, Button, ButtonGroup, Heading2, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import type { AnswerSaved, ResponseStatus } from '../../api/monitorTypes.ts';
import { sendJson } from '../../api/send.ts';
import { Field } from '../../components/Field.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';

interface Props {
  /** `/monitor/rondes/{rondeId}/antwoorden/{gemeenteCode}` */
  path: string;
  status: ResponseStatus;
  followupHref: string;
  onDone(): void;
}

/** For the national monitor: ask for clarification on a submitted answer, or accept it. */
export function ReviewActions({ path, status, followupHref, onDone }: Props) {
  const { t } = useI18n();
  const [deadline, setDeadline] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Error>();
  const [done, setDone] = useState<AnswerSaved>();
  const mayAsk = status === 'ingediend';
  const mayAccept = status === 'ingediend' || status === 'toelichting_gevraagd';

  const act = async (action: 'toelichting-vragen' | 'accepteren') => {
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      const body = action === 'accepteren' ? undefined : { ...(deadline ? { toelichtingDeadlineDatum: deadline } : {}), notitie: note.trim() };
      const { data } = await sendJson<AnswerSaved>('POST', `${path}/${action}`, body ?? null);
      setDone(data);
      onDone();
    } catch (error) {
      setProblem(error as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="beoordelen-kop" className="naast-no-print">
      <Heading2 id="beoordelen-kop">{t('monitor.review.heading')}</Heading2>
      {problem && <ProblemSummary error={problem} title={t('monitor.review.failed')} />}
      {done && (
        <Alert type="ok">
          <Paragraph role="status" data-testid="review-done">
            {t('monitor.review.done', { status: t(`monitor.status.${done.status}`) })}
          </Paragraph>
        </Alert>
      )}
      {!mayAccept ? (
        <Paragraph>{t('monitor.review.notPossible')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('monitor.review.intro')}</Paragraph>
          {mayAsk && (
            <>
              <Field id="beoordelen-datum" label={t('monitor.review.deadline')}>
                <Textbox id="beoordelen-datum" type="date" value={deadline} onChange={(e: ChangeEvent<HTMLInputElement>) => setDeadline(e.target.value)} />
              </Field>
              <Field id="beoordelen-notitie" label={t('monitor.review.note')}>
                <Textarea id="beoordelen-notitie" rows={3} value={note} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
              </Field>
            </>
          )}
          <ButtonGroup>
            {mayAsk && (
              <Button appearance="secondary-action-button" busy={busy} onClick={() => void act('toelichting-vragen')}>
                {t('monitor.review.ask')}
              </Button>
            )}
            <Button appearance="primary-action-button" busy={busy} onClick={() => void act('accepteren')}>
              {t('monitor.review.accept')}
            </Button>
          </ButtonGroup>
        </>
      )}
      <Paragraph>
        <RouterLink href={followupHref} className="utrecht-link">
          {t('monitor.review.followupLink')}
        </RouterLink>
      </Paragraph>
    </section>
  );
}
