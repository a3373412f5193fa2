import type { ChangeEvent } from 'react';
import { useSearchParams } from 'wouter';
import { Select, SelectOption } from '@utrecht/component-library-react';
import type { Round } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate, latestRound } from './monitorFormat.ts';

/** The rounds, and the one chosen in the address (`?ronde=2014-10`); by default the latest. */
export function useChosenRound() {
  const rounds = useResource<Round[]>('/monitor/rondes');
  const [params, setParams] = useSearchParams();
  const asked = params.get('ronde');
  const list = rounds.data ?? [];
  const round = list.find((r) => r.id === asked) ?? latestRound(list);
  const choose = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('ronde', id);
        return next;
      },
      { replace: true },
    );
  return { rounds, round, choose };
}

/** "Ronde": a choice of the monitoring rounds, by name and reference date. */
export function RoundSelect({ rounds, value, onChange }: { rounds: Round[]; value: string; onChange(id: string): void }) {
  const { t, lang } = useI18n();
  return (
    <div className="naast-filters naast-no-print">
      <Field id="monitor-ronde" label={t('monitor.round')}>
        <Select id="monitor-ronde" value={value} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}>
          {[...rounds]
            .sort((a, b) => b.peildatum.localeCompare(a.peildatum))
            .map((r) => (
              <SelectOption key={r.id} value={r.id}>
                {t('monitor.roundOption', { name: r.naam, date: formatDate(r.peildatum, lang) })}
              </SelectOption>
            ))}
        </Select>
      </Field>
    </div>
  );
}
