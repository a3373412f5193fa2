import { Command } from 'commander';
import { t } from '../i18n.ts';
import { withDatabase } from '../context.ts';
import { listMunicipalities, divisionYears } from '../../db/register/queries.ts';
import { inhabitantsByDivision } from '../../db/budget/counts.ts';
import { parseFormat, parseIntegerOption, printTable } from '../output.ts';
import { CliError } from '../errors.ts';
import { carryBudget, divisionOn, municipalityHistory } from '../../services/register/division-history.ts';

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
  register
    .command('indeling')
    .description(t('cmd.register.division'))
    .argument('<jaar>')
    .option('--format <formaat>', t('option.format'), 'csv')
    .action(async (jaar: string, options: { format: string }) => {
      const format = parseFormat(options.format);
      const year = parseIntegerOption('<jaar>', jaar);
      await withDatabase(async (db) => {
        const d = await divisionOn(db, year);
        printTable(
          format,
          ['cbs_code', 'gemeente', 'provincie', 'geldig_vanaf', 'geldig_tot', 'jeugdregio'],
          d.members.map((m) => [m.cbsCode, m.name, m.province, m.validFrom, m.validTo ?? '', m.youthRegion?.name ?? '']),
        );
      });
    });
  register
    .command('geschiedenis')
    .description(t('cmd.register.history'))
    .argument('<code>')
    .option('--format <formaat>', t('option.format'), 'csv')
    .action(async (code: string, options: { format: string }) => {
      const format = parseFormat(options.format);
      await withDatabase(async (db) => {
        const h = await municipalityHistory(db, code);
        const v = h.version;
        // One row per fact: the code itself, each predecessor and successor, and where it is today.
        printTable(format, ['soort', 'datum', 'cbs_code', 'gemeente', 'toelichting'], [
          ['gemeente', v.validFrom, v.cbsCode, v.name, v.validTo ? `bestond tot en met ${v.validTo}` : 'bestaat nog'],
          ...h.predecessors.map((e) => ['voorganger', e.effectiveDate, e.fromCode, e.name, e.partial ? `${e.kind} (deel)` : e.kind]),
          ...h.successors.map((e) => ['opvolger', e.effectiveDate, e.toCode, e.name, e.partial ? `${e.kind} (deel)` : e.kind]),
          ...h.today.map((n) => ['nu', '', n.cbsCode, n.name, n.via.length ? `via ${n.via.join(', ')}` : 'zelfde code']),
        ]);
      });
    });
  register
    .command('doorrekenen')
    .description(t('cmd.register.carry'))
    .option('--naar <jaar>', t('option.toYear'), '2026')
    .option('--format <formaat>', t('option.format'), 'csv')
    .action(async (options: { naar: string; format: string }) => {
      const format = parseFormat(options.format);
      const year = parseIntegerOption('--naar', options.naar);
      await withDatabase(async (db) => {
        const c = await carryBudget(db, year);
        const euro = (cents: number) => (cents / 100).toFixed(2);
        // Amounts that could not be distributed get their own rows (no CBS code of the target), so the file adds up.
        printTable(format, ['cbs_code', 'gemeente', 'budget_mee_eur', 'budget_ivh_eur', 'volledig', 'wijze'], [
          ...c.rows.map((r) => [r.cbsCode, r.name, euro(r.clientSupportCents), euro(r.ivhCents), r.complete ? 'ja' : 'nee', r.how]),
          ...c.undistributed.map((u) => ['', `niet te verdelen: ${u.name} (${u.cbsCode})`, euro(u.clientSupportCents), euro(u.ivhCents), 'nee', `${u.reason}; opvolgers: ${u.successors.map((s) => s.name).join(', ')}`]),
        ]);
      });
    });
  return register;
}
