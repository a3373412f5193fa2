import fc from 'fast-check';

/**
 * A plausible file per import route (header and good rows), so mutations probe one thing at a time.
 * Import routes without an entry here are still fuzzed, with files built from a generic header.
 */
export const IMPORT_FILES: Record<string, { header: string[]; rows: string[][] }> = {
  'POST /api/v1/budget/bestedingen/:bestedingsjaar/import': {
    header: ['gemeente', 'bedrag_eur', 'toelichting'],
    rows: [
      ['Utrecht', '1.000', 'Plan'],
      ['Beek (L.)', '250', ''],
    ],
  },
  'POST /api/v1/monitor/rondes/:rondeId/antwoorden/import': {
    header: ['gemeente', 'fase', 'a', 'b', 'c', 'd', 'e', 'f', 'budget_mee_2015_eur', 'toelichting'],
    rows: [
      ['Utrecht', 'college', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', '3.000.000', ''],
      ['GM0888', 'definitief', 'ja', 'ja', 'gedeeltelijk', 'ja', 'ja', 'ja', '120.000', 'Toelichting'],
    ],
  },
  'POST /api/v1/monitor/rondes/:rondeId/mee-monitor/import': {
    header: ['gemeente', 'fase', 'datum'],
    rows: [
      ['Utrecht', 'college', '2014-10-01'],
      ['Beek (L.)', 'ambtelijk', ''],
    ],
  },
  'POST /api/v1/dossiers/mee-overdracht/import': {
    header: ['gemeente', 'client_naam', 'geboortejaar', 'startdatum', 'mee_organisatie', 'mee_ondersteuner', 'vraag', 'soort_ondersteuner'],
    rows: [
      ['Utrecht', 'Piet Jansen', '1950', '2014-09-01', 'MEE Utrecht Gooi & Vecht', 'Karin de Boer', 'Hulp bij een woningaanpassing', ''],
      ['utrecht', 'Ans Bakker', '1990', '15-11-2014', 'MEE Utrecht Gooi & Vecht', 'Karin de Boer', 'Begeleiding bij werk', 'professioneel'],
    ],
  },
};

export const GENERIC_FILE = { header: ['gemeente', 'naam', 'datum', 'bedrag_eur', 'toelichting'], rows: [['Utrecht', 'Naam', '2015-01-05', '100', '']] };

/** Cell values that break parsers or spreadsheets. */
export const HOSTILE_CELLS = [
  '=CMD()',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1',
  '"onafgesloten',
  'a"b"c',
  '"',
  'regel\nbreuk',
  'a;b,c\td',
  'é ü ß € ñ',
  '\u0000',
  '\ud800',
  '\ufeffgemeente',
  '',
  ' ',
  '9'.repeat(400),
  'x'.repeat(200_000),
  '1e309',
  '-0',
  '31-02-2014',
  '<script>alert(1)</script>',
];

export interface CsvShape {
  separator: string;
  lineEnd: string;
  encoding: 'utf8' | 'utf8-bom' | 'latin1' | 'utf16le-bom';
  quoteAll: boolean;
}

export const csvShape: fc.Arbitrary<CsvShape> = fc.record({
  separator: fc.constantFrom(';', ',', '\t', '|'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom('utf8', 'utf8-bom', 'latin1', 'utf16le-bom'),
  quoteAll: fc.boolean(),
});

/** One change to the good file: a hostile cell, a dropped/extra column, broken quoting, a truncated or repeated file. */
export const fileMutation = fc.record({
  kind: fc.constantFrom('cell', 'cell', 'cell', 'drop-column', 'extra-column', 'duplicate-header', 'header-only', 'truncate', 'many-rows', 'raw-bytes', 'random-text'),
  row: fc.nat(3),
  column: fc.nat(12),
  cell: fc.oneof(fc.constantFrom(...HOSTILE_CELLS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })),
  bytes: fc.uint8Array({ maxLength: 2000 }),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
});
export type FileMutation = typeof fileMutation extends fc.Arbitrary<infer T> ? T : never;

export function encode(text: string, encoding: CsvShape['encoding']): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  }
}

function line(cells: string[], shape: CsvShape): string {
  return cells.map((c) => (shape.quoteAll ? `"${c.replaceAll('"', '""')}"` : c)).join(shape.separator);
}

/** Builds the mutated file as bytes. */
export function buildFile(base: { header: string[]; rows: string[][] }, shape: CsvShape, m: FileMutation): Buffer {
  if (m.kind === 'raw-bytes') return Buffer.from(m.bytes);
  if (m.kind === 'random-text') return encode(m.cell, shape.encoding);
  let header = [...base.header];
  let rows = base.rows.map((r) => [...r]);
  const col = m.column % header.length;
  switch (m.kind) {
    case 'cell':
      rows[m.row % rows.length]![col] = m.cell;
      break;
    case 'drop-column':
      header = header.filter((_, i) => i !== col);
      rows = rows.map((r) => r.filter((_, i) => i !== col));
      break;
    case 'extra-column':
      header.push(m.cell || 'extra');
      rows = rows.map((r) => [...r, m.cell]);
      break;
    case 'duplicate-header':
      header.push(header[col]!);
      rows = rows.map((r) => [...r, r[col]!]);
      break;
    case 'header-only':
      rows = [];
      break;
    case 'many-rows':
      rows = Array.from({ length: 3000 }, (_, i) => rows[i % rows.length]!);
      break;
  }
  let text = [line(header, shape), ...rows.map((r) => line(r, shape))].join(shape.lineEnd) + shape.lineEnd;
  if (m.kind === 'truncate') text = text.slice(0, Math.floor(text.length * m.cut));
  return encode(text, shape.encoding);
}
