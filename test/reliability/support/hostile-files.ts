import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_TABLE_ROWS, MAX_XLSX_CELLS, MAX_XLSX_ENTRIES, MAX_XLSX_UNCOMPRESSED_BYTES } from '../../../src/services/tabular/limits.ts';

/**
 * The worst spreadsheet uploads we could think of, for test/reliability/upload-limits.test.ts:
 * each aims at one weakness of a CSV parser or of exceljs/zip handling. Sizes stay under the
 * 20 MB upload limit of the table imports (so the file reaches the parser) unless noted.
 */
export interface HostileFile {
  name: string;
  contentType: string;
  body: Buffer;
}

const CSV = 'text/csv';

/** A file whose bytes are made on first use (some take a second to build). */
function lazy(name: string, contentType: string, make: () => Buffer): HostileFile {
  let body: Buffer | undefined;
  return {
    name,
    contentType,
    get body() {
      return (body ??= make());
    },
  };
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function hostileCsvFiles(header: string[]): HostileFile[] {
  const head = `${header.join(';')}\n`;
  const width = header.length;
  return [
    // The hand-written parser re-split the whole open record at every line: quadratic in the lines of an unclosed quote.
    lazy('csv: unclosed quote over 200.000 lines', CSV, () => Buffer.from(`${head}"${'x;y\n'.repeat(200_000)}`)),
    // Doubled quotes only: every character is an escape.
    lazy('csv: 6 MB of doubled quotes in one field', CSV, () => Buffer.from(`${head}"${'""'.repeat(3_000_000)}"\n`)),
    lazy('csv: one quoted field of 8 MB', CSV, () => Buffer.from(`${head}"${'x'.repeat(8 * 1024 * 1024)}"\n`)),
    lazy('csv: one unquoted field of 8 MB without a line end', CSV, () => Buffer.from(`${head}${'x'.repeat(8 * 1024 * 1024)}`)),
    lazy('csv: 8 million separators on one line', CSV, () => Buffer.from(`${head}${';'.repeat(8_000_000)}\n`)),
    lazy(`csv: a cell of ${MAX_CELL_CHARS + 1} characters`, CSV, () => Buffer.from(`${head}${'y'.repeat(MAX_CELL_CHARS + 1)}${';'.repeat(width - 1)}\n`)),
    lazy(`csv: ${MAX_COLUMNS + 1} columns`, CSV, () => Buffer.from(`${head}${'1;'.repeat(MAX_COLUMNS)}1\n`)),
    lazy('csv: a quote opened and closed on every line, 300.000 lines', CSV, () => Buffer.from(`${head}${`"a""b";"c\nd"${';'.repeat(Math.max(width - 2, 0))}\n`.repeat(300_000)}`)),
    // Right header, every row wrong: the importer must list problems for the allowed maximum of rows without stalling the server.
    lazy(`csv: ${MAX_TABLE_ROWS} rows of nonsense under the right header`, CSV, () => Buffer.from(head + `${Array.from({ length: width }, (_, i) => `?${i}`).join(';')}\n`.repeat(MAX_TABLE_ROWS))),
    lazy(`csv: ${MAX_TABLE_ROWS + 1} rows`, CSV, () => Buffer.from(head + `${'1;'.repeat(Math.max(width - 1, 0))}1\n`.repeat(MAX_TABLE_ROWS + 1))),
  ];
}

export function hostileXlsxFiles(header: string[]): HostileFile[] {
  const headerRow = row(1, header.map((h, i) => inlineCell(i, 1, h)).join(''));
  return [
    // A zip bomb: 90 MB of one byte deflates to about 90 kB.
    lazy('xlsx: zip bomb (a 90 MB sheet at ratio 1000)', XLSX, () => workbook(sheet(headerRow + ' '.repeat(90 * 1024 * 1024)))),
    // Each entry under the ratio limit, together over the size limit.
    lazy('xlsx: entries together larger than the limit', XLSX, () => zip([...workbookParts(sheet(headerRow)), ...Array.from({ length: Math.ceil(MAX_XLSX_UNCOMPRESSED_BYTES / (8 * 1024 * 1024)) + 1 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: compressible(8 * 1024 * 1024) }))])),
    // The directory claims 100 bytes, the data inflates to 50 MB.
    lazy('xlsx: sizes that lie in the zip directory', XLSX, () => zip(workbookParts(sheet(headerRow + '<!--' + ' '.repeat(50 * 1024 * 1024) + '-->')), { lieAboutSize: true })),
    lazy(`xlsx: ${MAX_XLSX_ENTRIES + 500} entries`, XLSX, () => zip([...workbookParts(sheet(headerRow)), ...Array.from({ length: MAX_XLSX_ENTRIES + 500 }, (_, i) => ({ name: `docProps/x${i}.xml`, data: Buffer.from('<x/>') }))])),
    lazy('xlsx: dimension A1:XFD1048576', XLSX, () => workbook(sheet(headerRow, 'A1:XFD1048576'))),
    lazy('xlsx: one cell in column XFD and row 1048576', XLSX, () => workbook(sheet(headerRow + row(1_048_576, inlineCell(16_383, 1_048_576, 'x'))))),
    lazy(`xlsx: ${MAX_TABLE_ROWS + 1} rows`, XLSX, () => workbook(sheet(headerRow + Array.from({ length: MAX_TABLE_ROWS + 1 }, (_, i) => row(i + 2, `<c r="A${i + 2}"><v>1</v></c>`)).join('')))),
    lazy(`xlsx: more than ${MAX_XLSX_CELLS} cells`, XLSX, () => workbook(sheet(headerRow + Array.from({ length: 20_000 }, (_, i) => row(i + 2, Array.from({ length: 101 }, (_, c) => `<c r="${col(c)}${i + 2}"><v>1</v></c>`).join(''))).join('')))),
    lazy('xlsx: merged cells A1:XFD1048576', XLSX, () => workbook(sheet(headerRow, undefined, '<mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>'))),
    lazy('xlsx: data validation on a whole sheet', XLSX, () => workbook(sheet(headerRow, undefined, '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>1</formula1></dataValidation></dataValidations>'))),
    // Shared strings: many, and long ones (random, so they do not compress away under the ratio limit).
    lazy('xlsx: 3 million shared strings', XLSX, () => workbook(sheet(headerRow + row(2, '<c r="A2" t="s"><v>0</v></c>')), sharedStrings(Array.from({ length: 3_000_000 }, (_, i) => String(i))))),
    lazy('xlsx: a shared string of 12 MB', XLSX, () => workbook(sheet(headerRow + row(2, '<c r="A2" t="s"><v>0</v></c>')), sharedStrings([crypto.randomBytes(9 * 1024 * 1024).toString('base64')]))),
    // Deep nesting, small enough (under 1 MB) to pass the zip checks and reach exceljs in its worker.
    lazy('xlsx: XML nested 250.000 levels deep', XLSX, () => workbook(sheet(headerRow + row(2, `<c r="A2" t="inlineStr"><is>${'<r>'.repeat(250_000)}<t>x</t>${'</r>'.repeat(250_000)}</is></c>`)))),
    // exceljs reads any entry whose name contains xl/worksheets/sheetN.xml; the checks must see it too.
    lazy('xlsx: a long sheet under a second path', XLSX, () =>
      zip([...workbookParts(sheet(headerRow)), { name: 'x/xl/worksheets/sheet2.xml', data: Buffer.from(sheet(Array.from({ length: MAX_TABLE_ROWS + 2 }, (_, i) => row(i + 1, `<c r="A${i + 1}"><v>1</v></c>`)).join(''))) }]),
    ),
    lazy('xlsx: not a zip after the magic bytes', XLSX, () => Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(100_000)])),
  ];
}

/** A small, correct workbook (inline strings) with this header and rows, to show the path works. */
export function plainXlsx(header: string[], rows: string[][]): Buffer {
  const all = [header, ...rows];
  return workbook(sheet(all.map((cells, r) => row(r + 1, cells.map((v, c) => inlineCell(c, r + 1, v)).join(''))).join('')));
}

const col = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inlineCell = (c: number, r: number, text: string) => `<c r="${col(c)}${r}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

function sheet(rows: string, dimension?: string, after = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (dimension ? `<dimension ref="${dimension}"/>` : '') +
    `<sheetData>${rows}</sheetData>${after}</worksheet>`
  );
}

function sharedStrings(strings: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
}

function workbookParts(sheetXml: string, strings?: string): { name: string; data: Buffer }[] {
  const parts = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        (strings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
        '</Relationships>',
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
    ...(strings ? [{ name: 'xl/sharedStrings.xml', data: strings }] : []),
  ];
  return parts.map((p) => ({ name: p.name, data: Buffer.from(p.data) }));
}

const workbook = (sheetXml: string, strings?: string): Buffer => zip(workbookParts(sheetXml, strings));

/** Bytes that deflate about 100 times: under the ratio limit, yet large once unpacked. */
function compressible(size: number): Buffer {
  const out = Buffer.alloc(size, 0x20);
  const noise = crypto.randomBytes(Math.ceil(size / 100));
  for (let i = 0; i < noise.length; i++) out[i * 100] = noise[i]!;
  return out;
}

/** A zip (deflate) written by hand, so the tests can make it lie. */
function zip(entries: { name: string; data: Buffer }[], options: { lieAboutSize?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = zlib.deflateRawSync(entry.data, { level: 6 });
    const crc = zlib.crc32(entry.data);
    const size = options.lieAboutSize ? Math.min(entry.data.length, 100) : entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}
