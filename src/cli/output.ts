import { toCsv, type Cell } from '../services/tabular/export.ts';
import { CliError } from './errors.ts';

export type OutputFormat = 'csv' | 'json';

export function parseFormat(value: string): OutputFormat {
  if (value === 'csv' || value === 'json') return value;
  throw new CliError(`Onbekend formaat "${value}". Kies csv of json.`, 2);
}

/**
 * Writes a table to stdout. CSV is `;`-separated without BOM on stdout (other tools read the
 * header line exactly); files for Excel get the BOM through the API's downloads.
 */
export function printTable(format: OutputFormat, header: string[], rows: Cell[][]): void {
  if (format === 'json') {
    const objects = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
    process.stdout.write(`${JSON.stringify(objects, null, 2)}\n`);
    return;
  }
  process.stdout.write(toCsv(header, rows, { bom: false }).replace(/\r\n/g, '\n'));
}

export function parseIntegerOption(name: string, value: string, allowed?: number[]): number {
  const n = Number(value);
  if (!Number.isInteger(n) || (allowed && !allowed.includes(n))) {
    throw new CliError(`Ongeldige waarde voor ${name}: "${value}".${allowed ? ` Kies uit: ${allowed.join(', ')}.` : ''}`, 2);
  }
  return n;
}
