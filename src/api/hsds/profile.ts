/**
 * The Dutch HSDS profile (docs/hsds-profile-nl.md, issue 24 §5), served beside the API so that the
 * root's `profile` is a URL that answers: how Dutch data maps onto HSDS 3.0 in Naast.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { HSDS_PREFIX } from './openapi.ts';

export const PROFILE_PATH = `${HSDS_PREFIX}/profile`;
const PROFILE_FILE = path.join(projectRoot, 'docs', 'hsds-profile-nl.md');

let cached: string | undefined;

/** The profile's text (Markdown); read once. */
export function profileText(): string {
  if (cached === undefined) {
    if (!fs.existsSync(PROFILE_FILE)) throw new NotFoundError('Het HSDS-profiel van Naast is op deze server niet aanwezig.');
    cached = fs.readFileSync(PROFILE_FILE, 'utf8');
  }
  return cached;
}
