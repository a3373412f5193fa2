import { useCallback, useMemo } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { MunicipalityStatus, Round } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { ChoroplethMap, type MapArea, type MapClass, type MapRow } from '../../components/charts/ChoroplethMap.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { STAGES } from './monitorFormat.ts';

/**
 * Viridis, light to dark from "no agreements" to "definitive": ordered, readable with every common colour
 * vision deficiency and in greyscale (the same scale as the map in the PDF report, report-map.ts).
 */
const STAGE_MAP_COLOURS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];
const NO_ANSWER = '#d0d0d0';
/** Submitted answers count; a draft is not an answer (like the summary). */
const SUBMITTED = new Set(['ingediend', 'toelichting_gevraagd', 'geaccepteerd']);

/** The stage of the agreements per municipality on a map of the round's division, with the same list as a table. */
export function StageMap({ round }: { round: Round }) {
  const { t } = useI18n();
  const list = useResource<MunicipalityStatus[]>(`/monitor/rondes/${encodeURIComponent(round.id)}/gemeenten`);
  const classes = useMemo<MapClass[]>(
    () => [...STAGES.map((s, i) => ({ key: s as string, label: t(`monitor.stage.${s}`), color: STAGE_MAP_COLOURS[i]! })), { key: 'none', label: t('monitor.stage.none'), color: NO_ANSWER }],
    [t],
  );
  const stageByCode = useMemo(() => {
    const map = new Map<string, string>();
    for (const m of list.data ?? []) map.set(m.gemeente.code, m.fase && SUBMITTED.has(m.status) ? m.fase : 'none');
    return map;
  }, [list.data]);
  const classOf = useCallback((area: MapArea) => (area.gemeente ? stageByCode.get(area.gemeente) : undefined), [stageByCode]);
  const rows = useMemo<MapRow[]>(
    () =>
      (list.data ?? []).map((m) => {
        const key = stageByCode.get(m.gemeente.code) ?? 'none';
        return { key: m.gemeente.code, name: m.gemeente.naam, region: m.jeugdregio, value: classes.find((c) => c.key === key)?.label ?? '', sortValue: classes.findIndex((c) => c.key === key) };
      }),
    [list.data, stageByCode, classes],
  );
  if (!list.data) return null; // without the right to read answers per municipality there is no map
  const counts = classes.map((c) => `${rows.filter((r) => r.value === c.label).length} ${c.label.toLowerCase()}`).join(', ');
  return (
    <section aria-labelledby="kaart-kop">
      <Heading2 id="kaart-kop">{t('monitor.map.heading')}</Heading2>
      <Paragraph>{t('monitor.map.intro', { year: round.indeling })}</Paragraph>
      <ChoroplethMap
        title={t('monitor.map.title', { round: round.naam, year: round.indeling })}
        description={t('monitor.map.description', { year: round.indeling, counts })}
        year={round.indeling}
        classes={classes}
        classOf={classOf}
        rows={rows}
        nameLabel={t('monitor.col.municipality')}
        regionLabel={t('monitor.col.youthRegion')}
        valueLabel={t('monitor.col.stage')}
        noDataLabel={t('monitor.map.notVisible')}
        testId="stage-map"
      />
    </section>
  );
}
