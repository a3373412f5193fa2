import { useState } from 'react';
import { Button, Heading1, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { write, type Faq, type Values } from './api.ts';
import { EntityForm, type FieldSpec } from './EntityForm.tsx';

/** The FAQ editor: every question (also unpublished), edit in place, add, delete. */
export default function FaqPage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('socialmap.manage.faq'));
  const list = useResource<Faq[]>(`/sociale-kaart/gemeenten/${code}/veelgestelde-vragen`);
  const [editing, setEditing] = useState<string | null>(null);
  const fields: FieldSpec[] = [
    { name: 'vraag', label: t('socialmap.field.question'), kind: 'text' },
    { name: 'antwoord', label: t('socialmap.field.answer'), kind: 'textarea' },
    { name: 'positie', label: t('socialmap.field.position'), kind: 'number' },
    { name: 'gepubliceerd', label: t('socialmap.field.published'), kind: 'checkbox' },
  ];
  const body = (v: Values) => ({ vraag: v.vraag, antwoord: v.antwoord, positie: Number(v.positie) || 0, gepubliceerd: v.gepubliceerd === true });
  const done = () => {
    setEditing(null);
    list.reload();
  };
  return (
    <>
      <Heading1>{t('socialmap.manage.faq')}</Heading1>
      <Paragraph>
        <Link href={`/veelgestelde-vragen?gemeente=${code}`}>{t('socialmap.manage.publicPage')}</Link>
      </Paragraph>
      {!list.data ? (
        <LoadState error={list.error} loading={list.loading} />
      ) : (
        list.data.map((f) => (
          <section key={f.id} className="naast-sk-faq-item" aria-labelledby={`faq-${f.id}`}>
            <Heading2 id={`faq-${f.id}`}>{f.vraag}</Heading2>
            {editing === f.id ? (
              <EntityForm id={`faq-${f.id}`} fields={fields} initial={{ ...f }} onCancel={() => setEditing(null)}
                onSubmit={async (v) => {
                  await write('PUT', `/sociale-kaart/veelgestelde-vragen/${f.id}`, body(v), f.versie);
                  done();
                }} />
            ) : (
              <>
                <Paragraph>{f.antwoord}</Paragraph>
                <div className="naast-sk-actions">
                  <Button appearance="secondary-action-button" onClick={() => setEditing(f.id)}>
                    {t('socialmap.manage.edit')} <span className="naast-visually-hidden">{f.vraag}</span>
                  </Button>
                  <Button appearance="subtle-button" onClick={() => window.confirm(t('socialmap.manage.confirmDelete')) && void write('DELETE', `/sociale-kaart/veelgestelde-vragen/${f.id}`, undefined, f.versie).then(done)}>
                    {t('socialmap.manage.delete')} <span className="naast-visually-hidden">{f.vraag}</span>
                  </Button>
                </div>
              </>
            )}
          </section>
        ))
      )}
      <Heading2>{t('socialmap.manage.newFaq')}</Heading2>
      <EntityForm key={list.data?.length ?? 0} id="faq-nieuw" fields={fields} initial={{ vraag: '', antwoord: '', positie: (list.data?.length ?? 0) * 10, gepubliceerd: true }}
        onSubmit={async (v) => {
          await write('POST', `/sociale-kaart/gemeenten/${code}/veelgestelde-vragen`, body(v));
          done();
        }} />
    </>
  );
}
