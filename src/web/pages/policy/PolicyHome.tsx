import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useLocation } from 'wouter';
import { Button, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import type { User } from '../../api/session.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { SelectField } from '../cases/fields.tsx';
import { PolicyGate } from './PolicyGate.tsx';
import type { ApiMunicipality } from './types.ts';

export default function PolicyHome() {
  const { t } = useI18n();
  useDocumentTitle(t('policy.title'));
  return <PolicyGate title={t('policy.title')}>{(user) => <Home user={user} />}</PolicyGate>;
}

function Home({ user }: { user: User }) {
  const { t } = useI18n();
  const municipalities = user.rollen.filter((g) => g.rol === 'gemeente-beleid' && g.organisatie.soort === 'gemeente').map((g) => g.organisatie.code);
  const regions = user.rollen.filter((g) => g.rol === 'regio' && g.organisatie.soort === 'jeugdregio').map((g) => g.organisatie.code);
  const national = user.rollen.some((g) => g.rol === 'landelijk');
  return (
    <>
      <Heading1>{t('policy.title')}</Heading1>
      <Paragraph>{t('policy.intro')}</Paragraph>
      {municipalities.length > 0 && (
        <section aria-labelledby="policy-own">
          <Heading2 id="policy-own">{t('policy.yourMunicipalities')}</Heading2>
          {municipalities.map((code) => (
            <MunicipalityLinks key={code} code={code} />
          ))}
        </section>
      )}
      {regions.length > 0 && (
        <section aria-labelledby="policy-regions">
          <Heading2 id="policy-regions">{t('policy.yourRegions')}</Heading2>
          <UnorderedList>
            {regions.map((code) => (
              <UnorderedListItem key={code}>
                <RouterLink href={`/jeugdregios/${code}`} className="utrecht-link">
                  {t('policy.region.open', { name: code })}
                </RouterLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      {(national || regions.length > 0) && <MunicipalityPicker region={national ? undefined : regions[0]} />}
    </>
  );
}

function MunicipalityLinks({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <UnorderedList>
      <UnorderedListItem>
        <RouterLink href={`/gemeenten/${code}/afwegingskader`} className="utrecht-link">{t('policy.nav.framework')}</RouterLink>
      </UnorderedListItem>
      <UnorderedListItem>
        <RouterLink href={`/gemeenten/${code}/dekking`} className="utrecht-link">{t('policy.nav.coverage')}</RouterLink>
      </UnorderedListItem>
      <UnorderedListItem>
        <RouterLink href={`/gemeenten/${code}/checklist`} className="utrecht-link">{t('policy.nav.checklist')}</RouterLink>
      </UnorderedListItem>
    </UnorderedList>
  );
}

/** National and regional users pick a municipality (of their region) to look at. */
function MunicipalityPicker({ region }: { region?: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const list = useResource<ApiMunicipality[]>(`/gemeenten?paginaGrootte=500${region ? `&jeugdregio=${encodeURIComponent(region)}` : ''}`);
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code) navigate(`/gemeenten/${code}/dekking`);
  };
  return (
    <section aria-labelledby="policy-pick">
      <Heading2 id="policy-pick">{t('policy.chooseMunicipality')}</Heading2>
      <form onSubmit={submit}>
        <SelectField
          id="policy-municipality"
          label={t('policy.municipality')}
          value={code}
          onChange={setCode}
          placeholder={t('policy.framework.choose')}
          options={(list.data ?? []).map((m) => ({ value: m.code, label: m.naam }))}
        />
        <Button type="submit" appearance="primary-action-button">{t('policy.open')}</Button>
      </form>
    </section>
  );
}
