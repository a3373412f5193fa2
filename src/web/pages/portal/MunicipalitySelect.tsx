import { SelectField } from '../cases/fields.tsx';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { AnswerOf } from '../../api/answer.ts';

/** The municipalities of the 2014 division, by name; the register is public. */
export function MunicipalitySelect({ id, value, onChange, error }: { id: string; value: string; onChange(v: string): void; error?: string }) {
  const { t } = useI18n();
  const list = useApi<AnswerOf<'/gemeenten'>>('/gemeenten?indeling=2014&paginaGrootte=500');
  const options = list.state === 'ok' ? [...list.data].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map((m) => ({ value: m.code, label: m.naam })) : [];
  return <SelectField id={id} label={t('portal.municipality')} value={value} onChange={onChange} options={options} placeholder={t('portal.municipalityPlaceholder')} error={error} />;
}
