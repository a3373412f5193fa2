import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../config.ts';

export const referenceDir = path.join(projectRoot, 'data', 'reference');

/** Reads a `;`-separated reference CSV with a header row into records. */
export function readReferenceCsv(relativePath: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(referenceDir, relativePath), 'utf8');
  return parse(text, { delimiter: ';', columns: true, bom: true, skip_empty_lines: true, trim: true });
}

/** One checksum over the given files, so a changed file reloads its data set. */
export function checksumFiles(relativePaths: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const p of relativePaths) {
    const full = path.join(referenceDir, p);
    hash.update(p);
    if (fs.existsSync(full)) hash.update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}
