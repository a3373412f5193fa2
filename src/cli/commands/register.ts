import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { listMunicipalities, divisionYears } from '../../db/register/queries.ts';
import { inhabitantsByDivision } from '../../db/budget/counts.ts';
import { parseFormat, parseIntegerOption, printTable } from '../output.ts';
import { CliError } from '../errors.ts';

export function registerCommand(): Command {
  const register = new Command('register').description(t('cmd.register'));
  register
    .command('municipalities')
    .description(t('cmd.register.municipalities'))
    .option('--division <jaar>', t('option.division'), '2014')
    .option('--format <formaat>', t('option.format'), 'csv')
    .action(async (options: { division: string; format: string }) => {
      const format = parseFormat(options.format);
      const year = parseIntegerOption('--division', options.division);
      await withDatabase(async (db) => {
        const years = (await divisionYears(db)).map((y) => y.year);
        if (!years.includes(year)) throw new CliError(`Er is geen gemeentelijke indeling voor ${year}. Kies uit: ${years.join(', ')}.`, 2);
        const rows = await listMunicipalities(db, { divisionYear: year });
        // Inhabitants on 1 January of the division year, as stored for the budget (empty when unknown).
        const inhabitants = await inhabitantsByDivision(db, year);
        printTable(
          format,
          ['gemeente', 'jeugdregio', 'mee_organisatie', 'cbs_code', 'inwoners'],
          rows.map((r) => [r.name, r.youthRegionName, r.meeName, r.cbsCode ?? '', inhabitants.has(r.code) ? String(inhabitants.get(r.code)) : '']),
        );
      });
    });
  return register;
}
