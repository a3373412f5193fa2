import { useState, type ChangeEvent } from 'react';
import { Alert, Button, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { sendFile, sendJson } from '../../api/send.ts';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { formProblem } from '../../api/problem-form.ts';
import { RadioGroup } from '../monitor/RadioGroup.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

interface Tally {
  nieuw: string[];
  gewijzigd: string[];
  verwijderd: string[];
  ongewijzigd: number;
}
/** The answer of POST /sociale-kaart/hsds/import (HsdsImportResultaat). */
interface Result {
  vorm: string;
  toegepast: boolean;
  voorvertoning: Record<'organisaties' | 'diensten' | 'locaties' | 'dienstLocaties' | 'overigeRecords', Tally>;
  leegGelaten: { pad: string; melding: string }[];
  opmerkingen: string[];
}
type Upload = { kind: 'json'; body: unknown } | { kind: 'zip'; file: File };

/** Each problem is named by its JSON path in the file (the path is the only name a value in an HSDS file has). */
const pathsOf = (error: Error): Record<string, string> => Object.fromEntries(formProblem(error).errors.map((p) => [p.field, p.field]));

const TABLES = ['organisaties', 'diensten', 'locaties', 'dienstLocaties', 'overigeRecords'] as const;

/** What the chosen files are: one JSON document (any HSDS shape), a zip (data package), or CSV files sent as text. */
async function uploadOf(files: File[]): Promise<Upload> {
  if (files.length === 1 && /\.zip$/i.test(files[0]!.name)) return { kind: 'zip', file: files[0]! };
  if (files.length === 1 && /\.json$/i.test(files[0]!.name) && !/^datapackage\.json$/i.test(files[0]!.name)) return { kind: 'json', body: JSON.parse(await files[0]!.text()) };
  return { kind: 'json', body: Object.fromEntries(await Promise.all(files.map(async (f) => [f.name, await f.text()]))) };
}

/**
 * HSDS import with a preview: the chosen files are first sent as a dry run (proefrun=true), the page shows
 * what would be new, changed, removed and unchanged, and only "Toepassen" writes (issue 24).
 */
export function HsdsImport({ code, onApplied }: { code: string; onApplied(): void }) {
  const { t } = useI18n();
  const [invalid, setInvalid] = useState<'stoppen' | 'leeglaten'>('stoppen');
  const [upload, setUpload] = useState<Upload>();
  const [preview, setPreview] = useState<Result>();
  const [done, setDone] = useState<Result>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  async function send(what: Upload, dryRun: boolean, choice = invalid): Promise<Result> {
    const path = `/sociale-kaart/hsds/import?gemeenteCode=${encodeURIComponent(code)}&proefrun=${dryRun}&ongeldigeWaarden=${choice}`;
    return what.kind === 'zip' ? sendFile<Result>(path, what.file, 'application/zip') : (await sendJson<Result>('POST', path, what.body)).data;
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  }

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setPreview(undefined);
    setDone(undefined);
    if (files.length === 0) return;
    void run(async () => {
      const what = await uploadOf(files).catch(() => {
        throw new Error(t('socialmap.hsds.notJson'));
      });
      setUpload(what);
      setPreview(await send(what, true));
    });
  };

  const changeChoice = (value: string) => {
    const choice = value as typeof invalid;
    setInvalid(choice);
    if (upload) void run(async () => setPreview(await send(upload, true, choice)));
  };

  const apply = () =>
    void run(async () => {
      setDone(await send(upload!, false));
      setPreview(undefined);
      setUpload(undefined);
      onApplied();
    });

  return (
    <section aria-labelledby="sk-hsds-import">
      <Heading3 id="sk-hsds-import">{t('socialmap.hsds.importTitle')}</Heading3>
      <Paragraph>{t('socialmap.hsds.importIntro')}</Paragraph>
      <RadioGroup
        id="sk-hsds-invalid"
        legend={t('socialmap.hsds.invalidLegend')}
        options={[
          { value: 'stoppen', label: t('socialmap.hsds.invalidStop') },
          { value: 'leeglaten', label: t('socialmap.hsds.invalidEmpty') },
        ]}
        value={invalid}
        onChange={changeChoice}
        stacked
      />
      <label className="utrecht-form-label" htmlFor="sk-import-hsds">
        {t('socialmap.manage.importHsds')}
      </label>
      <br />
      <input id="sk-import-hsds" type="file" multiple accept=".json,.zip,.csv,application/json,application/zip,text/csv" onChange={choose} disabled={busy} />
      {error && <ProblemSummary error={error} title={t('socialmap.hsds.problems')} labels={pathsOf(error)} />}
      {done && (
        <Alert type="ok">
          <Paragraph role="status">{t('socialmap.hsds.applied')}</Paragraph>
        </Alert>
      )}
      {preview && (
        <div data-testid="sk-hsds-preview">
          <Table>
            <TableCaption>{t('socialmap.hsds.previewCaption', { shape: preview.vorm })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('socialmap.hsds.table')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('socialmap.hsds.new')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('socialmap.hsds.changed')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('socialmap.hsds.removed')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('socialmap.hsds.unchanged')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {TABLES.map((table) => {
                const tally = preview.voorvertoning[table];
                return (
                  <TableRow key={table}>
                    <TableHeaderCell scope="row">{t(`socialmap.hsds.tables.${table}` as MessageKey)}</TableHeaderCell>
                    <TableCell>{tally.nieuw.length}</TableCell>
                    <TableCell>{tally.gewijzigd.length}</TableCell>
                    <TableCell>{tally.verwijderd.length}</TableCell>
                    <TableCell>{tally.ongewijzigd}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {preview.leegGelaten.length > 0 && (
            <>
              <Paragraph>{t('socialmap.hsds.leftEmpty', { count: preview.leegGelaten.length })}</Paragraph>
              <UnorderedList>
                {preview.leegGelaten.map((i) => (
                  <UnorderedListItem key={i.pad}>
                    <code>{i.pad}</code>: {i.melding}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
          {preview.opmerkingen.map((note) => (
            <Paragraph key={note}>{note}</Paragraph>
          ))}
          <div className="naast-sk-actions">
            <Button appearance="primary-action-button" onClick={apply} disabled={busy}>
              {t('socialmap.hsds.apply')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => (setPreview(undefined), setUpload(undefined))} disabled={busy}>
              {t('socialmap.manage.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
