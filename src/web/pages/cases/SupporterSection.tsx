import { useState, type FormEvent } from 'react';
import { Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { RELATIONS, type Case, type Caseload } from '../../api/caseTypes.ts';
import type { User } from '../../api/session.ts';
import { useResource } from '../../api/useResource.ts';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase } from './caseAccess.ts';
import type { ChangeProps } from './CasePage.tsx';
import { SelectField, TextAreaField, TextField } from './fields.tsx';
import { useAction } from './useAction.tsx';

/**
 * Who stands beside the client: become the supporter, choose a colleague or an informal supporter, and
 * record that the client wants another supporter (the case is then blocked until someone else is assigned).
 */
export function SupporterSection({ c, user, onChanged, writable }: ChangeProps & { user: User }) {
  const { t } = useI18n();
  const action = useAction();
  const supporters = useResource<Caseload[]>(writable ? '/dossiers/caseload' : null);
  const [picked, setPicked] = useState('');
  const [pickMissing, setPickMissing] = useState(false);
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [informalMissing, setInformalMissing] = useState(false);
  const [reason, setReason] = useState('');
  const s = c.ondersteuner;

  const assign = (body: object) =>
    action.run(async () => {
      await changeCase<Case>(c, 'PUT', '/ondersteuner', body);
      onChanged();
    });
  const pick = (event: FormEvent) => {
    event.preventDefault();
    setPickMissing(!picked);
    if (picked) void assign({ soort: 'professioneel', medewerkerId: picked });
  };
  const informal = (event: FormEvent) => {
    event.preventDefault();
    setInformalMissing(!name.trim() || !relation);
    if (name.trim() && relation) void assign({ soort: 'informeel', naam: name.trim(), relatie: relation });
  };
  const askOther = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await changeCase<Case>(c, 'POST', '/ander-ondersteuner', reason.trim() ? { reden: reason.trim() } : {});
      setReason('');
      onChanged();
    });
  };
  const options = (supporters.data ?? [])
    .filter((row) => row.gemeenteCode === c.gemeenteCode)
    .map((row) => ({ value: row.ondersteuner.id, label: row.ondersteuner.naam }));

  return (
    <section aria-labelledby="ondersteuner-kop">
      <Heading2 id="ondersteuner-kop">{t('cases.supporter.title')}</Heading2>
      <Paragraph data-testid="supporter-current">
        {s ? t('cases.supporter.current', { name: s.naam }) : t('cases.supporter.none')}
        {s?.relatie && <> {t('cases.supporter.informal', { relation: t(`cases.relation.${s.relatie}`) })}</>}
      </Paragraph>
      {c.beslissers.length > 0 && (
        <>
          <Heading3>{t('cases.supporter.decisionMakers')}</Heading3>
          <UnorderedList data-testid="case-decision-makers">
            {c.beslissers.map((b) => (
              <UnorderedListItem key={`${b.id}-${b.voorziening}`}>{t('cases.supporter.decisionMaker', { name: b.naam, provision: b.voorziening })}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {action.problem}
      {writable && (
        <>
          {s?.id !== user.id && (
            <Button appearance="primary-action-button" busy={action.busy} onClick={() => void assign({ soort: 'professioneel', medewerkerId: user.id })}>
              {t('cases.supporter.me')}
            </Button>
          )}
          <form onSubmit={pick} noValidate className="naast-case-sub">
            <SelectField
              id="ondersteuner-kies"
              label={t('cases.supporter.pick')}
              value={picked}
              onChange={setPicked}
              placeholder={t('cases.choose')}
              options={options}
              error={pickMissing ? t('cases.required') : undefined}
            />
            <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
              {t('cases.supporter.pickSubmit')}
            </Button>
          </form>
          <form onSubmit={informal} noValidate className="naast-case-sub" aria-labelledby="informeel-kop">
            <Heading3 id="informeel-kop">{t('cases.supporter.informalTitle')}</Heading3>
            <TextField id="informeel-naam" label={t('cases.supporter.informalName')} value={name} onChange={setName} error={informalMissing && !name.trim() ? t('cases.required') : undefined} />
            <SelectField
              id="informeel-relatie"
              label={t('cases.supporter.relation')}
              value={relation}
              onChange={setRelation}
              placeholder={t('cases.choose')}
              options={RELATIONS.map((r) => ({ value: r, label: t(`cases.relation.${r}`) }))}
              error={informalMissing && !relation ? t('cases.required') : undefined}
            />
            <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
              {t('cases.supporter.informalSubmit')}
            </Button>
          </form>
          {s && !c.geblokkeerd && (
            <form onSubmit={askOther} noValidate className="naast-case-sub" aria-labelledby="ander-kop">
              <Heading3 id="ander-kop">{t('cases.other.title')}</Heading3>
              <Paragraph>{t('cases.other.help')}</Paragraph>
              <TextAreaField id="ander-reden" label={`${t('cases.other.reason')} ${t('cases.optional')}`} value={reason} onChange={setReason} />
              <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
                {t('cases.other.submit')}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
