import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Followup, FollowupMunicipality, MunicipalityStatus } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { FollowupEvents, FollowupForm } from './FollowupForms.tsx';
import { SignInGate } from './SignInGate.tsx';

interface Params {
  rondeId: string;
  gemeenteCode: string;
}

const NOTHING_YET: Followup = { ondersteuningsteam: null, toelichtingDeadlineDatum: null, geescaleerd: false, versie: 0, gebeurtenissen: [] };

/** /monitor/opvolging/:rondeId/:gemeenteCode — support team, deadline, escalation and events of one municipality. */
export default function FollowupDetailPage({ params }: { params: Params }) {
  const { t } = useI18n();
  return (
    <SignInGate permission="monitor:opvolgen" title={t('monitor.followup.title')}>
      {() => <Detail key={`${params.rondeId}/${params.gemeenteCode}`} params={params} />}
    </SignInGate>
  );
}

function Detail({ params }: { params: Params }) {
  const { t } = useI18n();
  const round = encodeURIComponent(params.rondeId);
  const code = encodeURIComponent(params.gemeenteCode);
  const list = useResource<FollowupMunicipality[]>(`/monitor/rondes/${round}/opvolging`);
  const municipalities = useResource<MunicipalityStatus[]>(`/monitor/rondes/${round}/gemeenten`);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<Error>();
  const [formKey, setFormKey] = useState(0);
  const [restart, setRestart] = useState(false);

  const row = list.data?.find((f) => f.gemeente.code === params.gemeenteCode);
  const status = municipalities.data?.find((m) => m.gemeente.code === params.gemeenteCode);
  const name = row?.gemeente.naam ?? status?.gemeente.naam;
  const followup = row?.opvolging ?? NOTHING_YET;
  useDocumentTitle(name ? t('monitor.followupDetail.title', { name }) : t('monitor.followup.title'));

  useEffect(() => {
    if (!restart || list.loading) return;
    setRestart(false);
    setFormKey((k) => k + 1);
  }, [restart, list.loading]);

  const ready = list.data && municipalities.data;
  return (
    <>
      <Heading1>{name ? t('monitor.followupDetail.title', { name }) : t('monitor.followup.title')}</Heading1>
      <Paragraph>
        <RouterLink href={`/opvolging?ronde=${round}`} className="utrecht-link">
          {t('monitor.followupDetail.back')}
        </RouterLink>
      </Paragraph>
      {!ready && <LoadState error={list.error ?? municipalities.error} loading />}
      {ready && !name && <LoadState error={new Error(params.gemeenteCode)} />}
      {ready && name && (
        <>
          <DataList>
            <DataListItem>
              <DataListKey>{t('monitor.col.status')}</DataListKey>
              <DataListValue>{t(`monitor.status.${row?.status ?? status?.status ?? 'niet_gestart'}`)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('monitor.col.stage')}</DataListKey>
              <DataListValue>{t(`monitor.stage.${row?.fase ?? status?.fase ?? 'none'}`)}</DataListValue>
            </DataListItem>
            {row && row.redenen.length > 0 && (
              <DataListItem>
                <DataListKey>{t('monitor.col.reasons')}</DataListKey>
                <DataListValue>{row.redenen.map((r) => t(`monitor.reason.${r}`)).join('; ')}</DataListValue>
              </DataListItem>
            )}
          </DataList>
          <Paragraph>
            <RouterLink href={`/antwoorden/${round}/${code}`} className="utrecht-link">
              {t('monitor.followupDetail.answersLink', { name })}
            </RouterLink>
          </Paragraph>
          {saved && (
            <Alert type="ok">
              <Paragraph role="status" data-testid="followup-saved">
                {t('monitor.followupDetail.saved')}
              </Paragraph>
            </Alert>
          )}
          {conflict && (
            <>
              <ProblemSummary error={conflict} title={t('monitor.followupDetail.notSaved')} />
              <Paragraph>{t('monitor.conflictHint')}</Paragraph>
            </>
          )}
          <FollowupForm
            key={formKey}
            path={`/monitor/rondes/${round}/opvolging/${code}`}
            followup={followup}
            onSaved={() => {
              setConflict(undefined);
              setSaved(true);
              list.reload();
            }}
            onConflict={(error) => {
              setSaved(false);
              setConflict(error);
              setRestart(true);
              list.reload();
            }}
          />
          <FollowupEvents name={name} path={`/monitor/rondes/${round}/opvolging/${code}`} followup={followup} onAdded={list.reload} />
        </>
      )}
    </>
  );
}
