/** Frequently asked questions (veelgestelde vragen) a municipality publishes next to its social map (§3.3). */
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { isUuid, validateFaq, type FaqEntry } from '../../domain/socialmap/model.ts';
import { newId, removeVersioned, SocialMapConflictError, SocialMapInputError, SocialMapNotFoundError } from './store.ts';

export type FaqInput = Pick<FaqEntry, 'question' | 'answer' | 'position' | 'published'>;
export type StoredFaq = FaqEntry & { version: number };

const select = sql`select id::text as id, municipality_code as "municipalityCode", question, answer, position, published, version from socialmap_faq`;

export async function listFaq(db: Database, municipalityCode: string, publishedOnly: boolean): Promise<StoredFaq[]> {
  return db.rows<StoredFaq>(sql`${select} where municipality_code = ${municipalityCode} ${publishedOnly ? sql`and published` : sql``} order by position, question`);
}

export async function getFaq(db: Database, id: string): Promise<StoredFaq> {
  if (!isUuid(id)) throw new SocialMapNotFoundError();
  const [row] = await db.rows<StoredFaq>(sql`${select} where id = ${id}::uuid`);
  if (!row) throw new SocialMapNotFoundError();
  return row;
}

function checked(input: FaqInput): FaqInput {
  const clean = { ...input, question: input.question.trim(), answer: input.answer.trim() };
  const issues = validateFaq(clean);
  if (issues.length > 0) throw new SocialMapInputError(issues);
  return clean;
}

export async function createFaq(db: Database, municipalityCode: string, input: FaqInput): Promise<StoredFaq> {
  const f = checked(input);
  const id = newId();
  await db.rows(sql`insert into socialmap_faq (id, municipality_code, question, answer, position, published)
    values (${id}::uuid, ${municipalityCode}, ${f.question}, ${f.answer}, ${f.position}, ${f.published})`);
  return getFaq(db, id);
}

export async function updateFaq(db: Database, id: string, input: FaqInput, expected: number | undefined): Promise<StoredFaq> {
  const f = checked(input);
  const current = await getFaq(db, id);
  if (expected !== undefined && current.version !== expected) throw new SocialMapConflictError();
  const [row] = await db.rows<{ id: string }>(sql`update socialmap_faq set question = ${f.question}, answer = ${f.answer}, position = ${f.position},
    published = ${f.published}, version = version + 1, updated_at = now() where id = ${id}::uuid and version = ${current.version} returning id::text as id`);
  if (!row) throw new SocialMapConflictError();
  return getFaq(db, id);
}

export async function deleteFaq(db: Database, id: string, expected: number): Promise<void> {
  await removeVersioned(db, 'socialmap_faq', id, expected);
}
