import { sendFile, spreadsheetType } from '../../api/send.ts';
import { SpreadsheetUpload } from '../../components/SpreadsheetUpload.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { SPENDING_YEAR } from './budgetFormat.ts';
import type { AnswerOf } from '../../api/answer.ts';

/**
 * Read the amounts of many municipalities from a CSV or Excel file. All or nothing: with one wrong cell
 * nothing is saved, and every wrong row and column is listed.
 */
export function SpendingUpload({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  return (
    <SpreadsheetUpload
      id="besteding-bestand"
      title={t('budget.upload.title')}
      intro={t('budget.upload.intro')}
      label={t('budget.upload.file')}
      description={t('budget.upload.fileHelp')}
      submit={t('budget.upload.submit')}
      chooseError={t('budget.upload.chooseError')}
      failed={t('budget.upload.failed')}
      done={(count) => t('budget.upload.done', { count })}
      send={async (file) => {
        const result = await sendFile<AnswerOf<'/budget/bestedingen/{bestedingsjaar}/import', 'post'>>(`/budget/bestedingen/${SPENDING_YEAR}/import`, file, spreadsheetType(file));
        return result.aantal;
      }}
      onDone={onChanged}
      resultTestId="upload-result"
    />
  );
}
