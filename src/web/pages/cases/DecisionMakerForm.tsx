import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { components } from '../../api/generated/openapi.d.ts';
import { sendJson } from '../../api/send.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

type Registered = components['schemas']['BeslisserToewijzing'];

/**
 * For a beslisser (who may not read the case): record that he decides on an application of this client.
 * From then on the API refuses him as this client's supporter (independence).
 */
export function DecisionMakerForm({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('cases.decider.title'));
  const action = useAction();
  const [provision, setProvision] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<Registered>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!provision.trim());
    if (!provision.trim()) return;
    void action.run(async () => {
      const { data } = await sendJson<Registered>('POST', `/dossiers/${encodeURIComponent(caseId)}/beslissers`, { voorziening: provision.trim() });
      setDone(data);
    });
  };
  return (
    <>
      <Heading1>{t('cases.decider.title')}</Heading1>
      <Paragraph>{t('cases.decider.intro')}</Paragraph>
      {action.problem}
      {done && (
        <Alert type="ok">
          <Paragraph role="status" data-testid="decider-done">
            {t('cases.decider.done', { name: done.beslisser.naam, provision: done.beslisser.voorziening })}
          </Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <TextField id="beslisser-voorziening" label={t('cases.decider.provision')} value={provision} onChange={setProvision} error={missing ? t('cases.required') : undefined} />
        <Button type="submit" appearance="primary-action-button" busy={action.busy}>
          {t('cases.decider.submit')}
        </Button>
      </form>
    </>
  );
}
