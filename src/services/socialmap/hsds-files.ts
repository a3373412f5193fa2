/**
 * The tabular data package of HSDS 3.0 as files: datapackage.json + one CSV per table, uploaded as a
 * zip or as separate files, read into the bundle of tables (`{ "phones.csv": [rows] }`); and written
 * back as a zip. CSV text becomes typed values by the column types of the official schemas, so a
 * latitude is a number as in the JSON shapes (an empty cell is an absent value: CSV has no null).
 */
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { TABLE_SCHEMA, tableOf, type HsdsIssue, type Json } from '../../domain/socialmap/hsds-shapes.ts';
import { columnTypes } from './hsds-schemas.ts';

export interface UploadedFile {
  name: string;
  content: Buffer;
}

/**
 * Limits of a zip upload, so a small zip cannot unpack into a flood (a "zip bomb"): the package has one
 * file per table (21 in HSDS 3.0), and yauzl checks each entry's real size against the declared one.
 */
const MAX_ENTRIES = 200;
const MAX_UNPACKED = 50 * 1024 * 1024;

export const isZip = (content: Buffer): boolean => content.length >= 4 && content.readUInt32LE(0) === 0x04034b50;

/** The files inside a zip (folders and hidden system files left out). */
export async function unzip(content: Buffer): Promise<UploadedFile[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (err, z) => (err || !z ? reject(new Error('Het bestand is geen geldige zip.')) : resolve(z))),
  );
  const files: UploadedFile[] = [];
  let total = 0;
  try {
    if (zip.entryCount > MAX_ENTRIES) throw new Error(`De zip bevat ${zip.entryCount} bestanden; de grens is ${MAX_ENTRIES}.`);
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(new Error('Het bestand is geen geldige zip.')));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName.split('/').pop() ?? '';
        if (entry.fileName.endsWith('/') || name.startsWith('.') || entry.fileName.startsWith('__MACOSX/')) return zip.readEntry();
        total += entry.uncompressedSize;
        if (total > MAX_UNPACKED) return reject(new Error(`De zip is uitgepakt groter dan ${MAX_UNPACKED / 1024 / 1024} MB (de grens).`));
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(new Error('Het bestand is geen geldige zip.'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', () => reject(new Error('Het bestand is geen geldige zip.')));
          stream.on('end', () => {
            files.push({ name, content: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return files;
}

function typed(value: string, type: string | undefined): unknown {
  if (value === '') return undefined;
  if ((type === 'number' || type === 'integer') && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value.trim())) return Number(value);
  if (type === 'boolean' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return value;
}

/**
 * CSV files (and datapackage.json) into the bundle of tables. A file that is no HSDS table is reported,
 * not silently skipped; a datapackage.json Naast cannot read is a note only: the tables are known by name.
 */
export function filesToBundle(files: UploadedFile[]): { bundle: Json; issues: HsdsIssue[]; notes: string[] } {
  const bundle: Json = {};
  const issues: HsdsIssue[] = [];
  const notes: string[] = [];
  for (const file of files) {
    if (/^datapackage\.json$/i.test(file.name)) {
      try {
        const descriptor = JSON.parse(file.content.toString('utf8')) as unknown;
        if (typeof descriptor !== 'object' || descriptor === null || !Array.isArray((descriptor as Json).resources)) throw new Error();
      } catch {
        notes.push('datapackage.json is geen leesbare beschrijving van een datapakket; de tabellen zijn herkend aan hun bestandsnaam.');
      }
      continue;
    }
    const table = /\.csv$/i.test(file.name) ? tableOf(file.name) : undefined;
    if (!table) {
      issues.push({ path: `$['${file.name}']`, message: 'Dit bestand is geen tabel van HSDS 3.0 (zoals services.csv); het is niet ingelezen.', skippable: true });
      continue;
    }
    let rows: Record<string, string>[];
    try {
      rows = parse(file.content.toString('utf8').replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: false }) as Record<string, string>[];
    } catch {
      issues.push({ path: `$['${file.name}']`, message: 'Dit CSV-bestand is niet te lezen (kolommen kloppen niet of een aanhalingsteken sluit niet).', skippable: false });
      continue;
    }
    const types = columnTypes(TABLE_SCHEMA[table]!);
    bundle[`${table}.csv`] = rows.map((row) => {
      const out: Json = {};
      for (const [k, v] of Object.entries(row)) {
        const value = typed(v, types.get(k));
        if (value !== undefined) out[k] = value;
      }
      return out;
    });
  }
  return { bundle, issues, notes };
}

/** One table as CSV (comma, UTF-8, header row of every column used): the package's own format. */
export function toCsvText(rows: Json[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

// ------------------------------------------------------------------------------------------ zip writing

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of the files (deflate; PKWARE APPNOTE 6.3 §4.3), small enough to build in memory. */
export function zipFiles(files: UploadedFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = zlib.deflateRawSync(file.content);
    const crc = crc32(file.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(file.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(file.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
