import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, Checkbox, FormLabel, Heading2, Heading3, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.ts';
import type { Followup } from '../../api/monitorTypes.ts';
import { sendJson } from '../../api/send.ts';
import { describedBy, Field } from '../../components/Field.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { SortableTable } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { conditionalHeaders, formatTimestamp } from './monitorFormat.ts';

interface FormProps {
  /** `/monitor/rondes/{rondeId}/opvolging/{gemeenteCode}` */
  path: string;
  followup: Followup;
  onSaved(): void;
  onConflict(error: Error): void;
}

/** Support team, deadline for the clarification and escalation; sends the version it started from (If-Match). */
export function FollowupForm({ path, followup, onSaved, onConflict }: FormProps) {
  const { t } = useI18n();
  const [team, setTeam] = useState(followup.ondersteuningsteam ?? '');
  const [deadline, setDeadline] = useState(followup.toelichtingDeadlineDatum ?? '');
  const [escalated, setEscalated] = useState(followup.geescaleerd);
  const [version, setVersion] = useState(followup.versie);
  const [problem, setProblem] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { ondersteuningsteam: team.trim() || null, toelichtingDeadlineDatum: deadline || null, geescaleerd: escalated };
      const { data } = await sendJson<Followup>('PUT', path, body, conditionalHeaders(`"${version}"`));
      setVersion(data.versie);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 412) onConflict(error);
      else setProblem(error as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="opvolging-kop">
      <Heading2 id="opvolging-kop">{t('monitor.followupDetail.editHeading')}</Heading2>
      {problem && <ProblemSummary error={problem} title={t('monitor.followupDetail.notSaved')} />}
      <Field id="opvolging-team" label={t('monitor.followupDetail.team')} description={t('monitor.followupDetail.teamHelp')}>
        <Textbox
          id="opvolging-team"
          value={team}
          aria-describedby={describedBy('opvolging-team', { description: true })}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setTeam(e.target.value)}
        />
      </Field>
      <Field id="opvolging-datum" label={t('monitor.followupDetail.deadline')} description={t('monitor.followupDetail.deadlineHelp')}>
        <Textbox
          id="opvolging-datum"
          type="date"
          value={deadline}
          aria-describedby={describedBy('opvolging-datum', { description: true })}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setDeadline(e.target.value)}
        />
      </Field>
      <Paragraph className="naast-radio">
        <Checkbox id="opvolging-escalatie" checked={escalated} onChange={(e: ChangeEvent<HTMLInputElement>) => setEscalated(e.target.checked)} />
        <FormLabel htmlFor="opvolging-escalatie" type="checkbox" checked={escalated}>
          {t('monitor.followupDetail.escalated')}
        </FormLabel>
      </Paragraph>
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('monitor.followupDetail.save')}
      </Button>
    </form>
  );
}

type ManualKind = 'contact' | 'besluit' | 'escalatie';

/** What happened so far (newest first), and a form to record a contact, decision or escalation. */
export function FollowupEvents({ name, path, followup, onAdded }: { name: string; path: string; followup: Followup; onAdded(): void }) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<ManualKind>('contact');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Error>();
  const [added, setAdded] = useState(false);
  const [busy, setBusy] = useState(false);
  const events = [...followup.gebeurtenissen].sort((a, b) => b.tijdstip.localeCompare(a.tijdstip) || b.id - a.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAdded(false);
    setProblem(undefined);
    if (!note.trim()) {
      setError(t('monitor.events.noteError'));
      document.getElementById('gebeurtenis-notitie')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await sendJson<Followup>('POST', `${path}/gebeurtenissen`, { soort: kind, notitie: note.trim() });
      setNote('');
      setAdded(true);
      onAdded();
    } catch (failure) {
      setProblem(failure as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="gebeurtenissen-kop">
      <Heading2 id="gebeurtenissen-kop">{t('monitor.events.heading')}</Heading2>
      {events.length === 0 ? (
        <Paragraph>{t('monitor.events.none')}</Paragraph>
      ) : (
        <SortableTable
          caption={t('monitor.events.caption', { name })}
          columns={[
            { key: 'wanneer', label: t('monitor.col.when'), rowHeader: true, cell: (e) => formatTimestamp(e.tijdstip, lang) },
            { key: 'soort', label: t('monitor.col.kind'), cell: (e) => t(`monitor.event.${e.soort}`) },
            { key: 'notitie', label: t('monitor.col.note'), cell: (e) => <span lang="nl">{e.notitie || '–'}</span> },
          ]}
          rows={events}
          rowKey={(e) => String(e.id)}
          testId="followup-events"
        />
      )}
      <Heading3>{t('monitor.events.add')}</Heading3>
      {problem && <ProblemSummary error={problem} title={t('monitor.events.failed')} />}
      {added && (
        <Alert type="ok">
          <Paragraph role="status">{t('monitor.events.added')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Field id="gebeurtenis-soort" label={t('monitor.events.kind')}>
          <Select id="gebeurtenis-soort" value={kind} onChange={(e: ChangeEvent<HTMLSelectElement>) => setKind(e.target.value as ManualKind)}>
            {(['contact', 'besluit', 'escalatie'] as const).map((k) => (
              <SelectOption key={k} value={k}>
                {t(`monitor.event.${k}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="gebeurtenis-notitie" label={t('monitor.events.note')} error={error}>
          <Textarea
            id="gebeurtenis-notitie"
            rows={3}
            value={note}
            invalid={Boolean(error)}
            aria-describedby={describedBy('gebeurtenis-notitie', { error })}
            onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)}
          />
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('monitor.events.submit')}
        </Button>
      </form>
    </section>
  );
}
