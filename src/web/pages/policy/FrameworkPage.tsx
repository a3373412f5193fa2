import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldDescription, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ACCESS_CHANNELS, APPROACHES, DELIVERY_MODES, FUNDING_FORMS, REGIONAL_FUNDING, SAFEGUARDS, SCALES, VARIANTS } from '../../../domain/policy/framework.ts';
import { providerKindLabel } from '../../../domain/policy/labels.ts';
import { sendJson } from '../../api/send.ts';
import type { User } from '../../api/session.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { SelectField, TextAreaField, TextField } from '../cases/fields.tsx';
import { RadioGroup } from '../monitor/RadioGroup.tsx';
import { conditionalHeaders } from '../monitor/monitorFormat.ts';
import { useVersioned } from '../monitor/useVersioned.ts';
import { mayWrite, PolicyGate } from './PolicyGate.tsx';
import type { ApiFramework, ApiProvider } from './types.ts';

type Draft = Omit<ApiFramework, 'gemeenteCode' | 'versie' | 'gewijzigdOp' | 'afspraken'> & {
  afspraken: Record<string, { uitvoering: string; bekostiging: string; bedrag: string; toelichting: string }>;
};

const toDraft = (f: ApiFramework): Draft => ({
  ...f,
  afspraken: Object.fromEntries(
    f.afspraken.map((a) => [a.aanbiederId, { uitvoering: a.uitvoering, bekostiging: a.bekostiging, bedrag: a.bedragCent === null ? '' : String(a.bedragCent / 100), toelichting: a.toelichting }]),
  ),
});

export default function FrameworkPage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('policy.framework.title'));
  return <PolicyGate title={t('policy.framework.title')}>{(user) => <Editor code={code} user={user} />}</PolicyGate>;
}

function Editor({ code, user }: { code: string; user: User }) {
  const { t } = useI18n();
  const resource = useVersioned<ApiFramework>(`/beleid/gemeenten/${encodeURIComponent(code)}/afwegingskader`);
  const providers = useResource<ApiProvider[]>(`/beleid/gemeenten/${encodeURIComponent(code)}/aanbieders`);
  const [draft, setDraft] = useState<Draft>();
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState<number>();
  const [amountErrors, setAmountErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (resource.data) setDraft(toDraft(resource.data));
  }, [resource.data]);
  const writable = mayWrite(user, code);

  if (!draft || !providers.data) {
    return (
      <>
        <Heading1>{t('policy.framework.title')}</Heading1>
        <LoadState error={resource.error ?? providers.error} loading />
      </>
    );
  }
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const toggle = <T extends string>(list: T[], value: T, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(undefined);
    const bad: Record<string, string> = {};
    const afspraken = Object.entries(draft.afspraken)
      .filter(([, a]) => a.uitvoering)
      .map(([aanbiederId, a]) => {
        const amount = a.bedrag.trim().replace(/[.\s€]/g, '');
        if (amount && !/^\d+$/.test(amount)) bad[aanbiederId] = t('policy.framework.amountInvalid');
        return {
          aanbiederId,
          uitvoering: a.uitvoering,
          bekostiging: a.uitvoering === 'geen-financiering' ? 'geen' : a.bekostiging || 'functie',
          bedragCent: amount && /^\d+$/.test(amount) ? Number(amount) * 100 : null,
          toelichting: a.toelichting,
        };
      });
    setAmountErrors(bad);
    if (Object.keys(bad).length) return;
    try {
      const body = { ...draft, afspraken };
      const result = await sendJson<ApiFramework>('PUT', `/beleid/gemeenten/${encodeURIComponent(code)}/afwegingskader`, body, conditionalHeaders(resource.etag));
      setError(undefined);
      setSaved(result.data.versie);
      resource.reload();
    } catch (failure) {
      setError(failure as Error);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Heading1>{t('policy.framework.title')}</Heading1>
      <Paragraph>{t('policy.framework.intro')}</Paragraph>
      <Paragraph>{t('policy.framework.version', { version: resource.data?.versie ?? 0 })}</Paragraph>
      {!writable && (
        <Alert type="info">
          <Paragraph>{t('policy.framework.readOnly')}</Paragraph>
        </Alert>
      )}
      {error && <ProblemSummary error={error} title={t('policy.framework.saveFailed')} />}
      {saved !== undefined && (
        <Alert type="ok">
          <Paragraph role="status">{t('policy.framework.saved', { version: saved })}</Paragraph>
        </Alert>
      )}
      <fieldset disabled={!writable} className="naast-policy-plain">
        <Fieldset>
          <FieldsetLegend>{t('policy.framework.variants')}</FieldsetLegend>
          <FormFieldDescription>{t('policy.framework.variantsHelp')}</FormFieldDescription>
          <div className="naast-policy-options" lang="nl">
            {VARIANTS.map((v) => (
              <FormFieldCheckbox key={v.code} label={v.label} checked={draft.varianten.includes(v.code)} onChange={(e: ChangeEvent<HTMLInputElement>) => set({ varianten: toggle(draft.varianten, v.code, e.target.checked) })} />
            ))}
          </div>
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('policy.framework.approaches')}</FieldsetLegend>
          <FormFieldDescription>{t('policy.framework.approachesHelp')}</FormFieldDescription>
          <div className="naast-policy-options" lang="nl">
            {APPROACHES.map((a) => (
              <FormFieldCheckbox key={a.code} label={a.label} checked={draft.aanpak.includes(a.code)} onChange={(e: ChangeEvent<HTMLInputElement>) => set({ aanpak: toggle(draft.aanpak, a.code, e.target.checked) })} />
            ))}
          </div>
          {draft.aanpak.includes('regisserende-organisatie') && (
            <SelectField
              id="policy-lead"
              label={t('policy.framework.lead')}
              description={t('policy.framework.leadHelp')}
              value={draft.regisserendeAanbiederId ?? ''}
              onChange={(v) => set({ regisserendeAanbiederId: v || null })}
              placeholder={t('policy.framework.choose')}
              options={providers.data.map((p) => ({ value: p.id, label: p.naam, lang: 'nl' }))}
            />
          )}
        </Fieldset>
        <RadioGroup id="policy-scale" legend={t('policy.framework.scale')} value={draft.schaal} onChange={(v) => { const schaal = SCALES.find((s) => s.code === v)?.code; if (schaal) set({ schaal, regionaleBekostiging: schaal === 'lokaal' ? 'geen' : draft.regionaleBekostiging }); }} options={SCALES.map((s) => ({ value: s.code, label: s.label, lang: 'nl' }))} />
        {draft.schaal !== 'lokaal' && (
          <RadioGroup id="policy-regional-funding" legend={t('policy.framework.regionalFunding')} stacked value={draft.regionaleBekostiging} onChange={(v) => { const regionaleBekostiging = REGIONAL_FUNDING.find((f) => f.code === v)?.code; if (regionaleBekostiging) set({ regionaleBekostiging }); }} options={REGIONAL_FUNDING.map((s) => ({ value: s.code, label: s.label, lang: 'nl' }))} />
        )}
        <NotedChoices
          id="policy-channel"
          legend={t('policy.framework.channels')}
          help={t('policy.framework.channelsHelp')}
          options={ACCESS_CHANNELS}
          notes={new Map(draft.kanalen.map((k) => [k.kanaal, k.details]))}
          noteLabel={(channel) => t('policy.framework.channelDetails', { channel })}
          onChange={(notes) => set({ kanalen: [...notes].map(([kanaal, details]) => ({ kanaal, details })) })}
        />
        <NotedChoices
          id="policy-safeguard"
          legend={t('policy.framework.safeguards')}
          help={t('policy.framework.safeguardsHelp')}
          options={SAFEGUARDS}
          notes={new Map(draft.waarborgen.map((w) => [w.waarborg, w.toelichting]))}
          noteLabel={(safeguard) => t('policy.framework.safeguardNote', { safeguard })}
          onChange={(notes) => set({ waarborgen: [...notes].map(([waarborg, toelichting]) => ({ waarborg, toelichting })) })}
        />
        <section aria-labelledby="policy-arrangements">
          <Heading2 id="policy-arrangements">{t('policy.framework.arrangements')}</Heading2>
          <Paragraph>{t('policy.framework.arrangementsHelp')}</Paragraph>
          {providers.data.length === 0 && <Paragraph>{t('policy.framework.noProviders')}</Paragraph>}
          {providers.data.map((p) => {
            const a = draft.afspraken[p.id] ?? { uitvoering: '', bekostiging: '', bedrag: '', toelichting: '' };
            const update = (patch: Partial<typeof a>) => set({ afspraken: { ...draft.afspraken, [p.id]: { ...a, ...patch } } });
            const id = `policy-arrangement-${p.id}`;
            return (
              <Fieldset key={p.id} className="naast-policy-provider">
                <FieldsetLegend lang="nl">
                  {p.naam} ({providerKindLabel(p.soort)})
                </FieldsetLegend>
                {p.gefinancierd && <FormFieldDescription>{t('policy.framework.funded')}</FormFieldDescription>}
                <div className="naast-policy-provider-fields">
                  <SelectField id={`${id}-mode`} label={t('policy.framework.deliveryMode')} value={a.uitvoering} onChange={(v) => update({ uitvoering: v })} placeholder={t('policy.framework.noArrangement')} options={DELIVERY_MODES.map((d) => ({ value: d.code, label: d.label, lang: 'nl' }))} />
                  {a.uitvoering && a.uitvoering !== 'geen-financiering' && (
                    <>
                      <SelectField id={`${id}-funding`} label={t('policy.framework.fundingForm')} value={a.bekostiging || 'functie'} onChange={(v) => update({ bekostiging: v })} options={FUNDING_FORMS.filter((f) => f.code !== 'geen').map((f) => ({ value: f.code, label: f.label, lang: 'nl' }))} />
                      <TextField id={`${id}-amount`} label={t('policy.framework.amount')} inputMode="numeric" value={a.bedrag} onChange={(v) => update({ bedrag: v })} error={amountErrors[p.id]} />
                    </>
                  )}
                </div>
              </Fieldset>
            );
          })}
        </section>
        <TextAreaField id="policy-notes" label={t('policy.framework.notes')} value={draft.toelichting} onChange={(v) => set({ toelichting: v })} rows={4} />
        {writable && (
          <Button type="submit" appearance="primary-action-button">
            {t('policy.framework.save')}
          </Button>
        )}
      </fieldset>
    </form>
  );
}

interface NotedChoicesProps<C extends string> {
  /** Prefix of the text fields' ids; the option's code follows. */
  id: string;
  legend: string;
  help: string;
  options: readonly { code: C; label: string }[];
  /** The checked options, each with its note, in the order they were checked. */
  notes: ReadonlyMap<C, string>;
  noteLabel(optionLabel: string): string;
  onChange(notes: Map<C, string>): void;
}

/** A checkbox per option (access channels, safeguards), with a text field for each checked one. */
function NotedChoices<C extends string>({ id, legend, help, options, notes, noteLabel, onChange }: NotedChoicesProps<C>) {
  const change = (code: C, note: string | undefined) => {
    const next = new Map(notes);
    if (note === undefined) next.delete(code);
    else next.set(code, note);
    onChange(next);
  };
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <FormFieldDescription>{help}</FormFieldDescription>
      {options.map((o) => {
        const note = notes.get(o.code);
        return (
          <div key={o.code} className="naast-policy-pair">
            <FormFieldCheckbox lang="nl" label={o.label} checked={note !== undefined} onChange={(e: ChangeEvent<HTMLInputElement>) => change(o.code, e.target.checked ? '' : undefined)} />
            {note !== undefined && <TextField id={`${id}-${o.code}`} label={noteLabel(o.label)} value={note} onChange={(v) => change(o.code, v)} />}
          </div>
        );
      })}
    </Fieldset>
  );
}
