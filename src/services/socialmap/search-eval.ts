/**
 * Relevance measurement of the resident search (issue 19 §2, ADR 0012): the questions of
 * data/socialmap/search-eval.csv (and the held-out set) against the demo social map of Utrecht, counted
 * as a hit when a service a client supporter would choose is among the first `k` results.
 * Used by `npm run eval:search` (scripts/eval-search.ts) and by the test that keeps the floor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { DEMO_MUNICIPALITY, demoServiceId } from './demo.ts';
import { searchServices } from './search.ts';

export interface EvalQuestion {
  question: string;
  /** Demo services as provider key:position. */
  expected: string[];
  group: string;
}

export interface EvalMiss {
  question: string;
  expected: string[];
  got: string[];
}

export interface EvalResult {
  total: number;
  hits: number;
  rate: number;
  misses: EvalMiss[];
}

export const EVAL_SET = 'search-eval.csv';
export const HOLDOUT_SET = 'search-eval-holdout.csv';
/** The floor of the top-3 hit rate below which `npm run eval:search` and the test fail (issue 19: 90%). */
export const DEFAULT_FLOOR = 0.9;

/** Reads a relevance set from data/socialmap (`;`-separated, # comments, header row). */
export function readEvalSet(file: string): EvalQuestion[] {
  const lines = fs.readFileSync(path.join(projectRoot, 'data', 'socialmap', file), 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  return lines.slice(1).map((line) => {
    const [question = '', expected = '', group = ''] = line.split(';').map((c) => c.trim());
    return { question, expected: expected.split('|').map((e) => e.trim()).filter(Boolean), group };
  });
}

const refToId = (ref: string) => {
  const [key, position] = ref.split(':');
  if (!key || !/^\d+$/.test(position ?? '')) throw new Error(`relevance set: "${ref}" is no provider-key:position`);
  return demoServiceId(key, Number(position));
};

/** Runs the questions on a database with the demo social map loaded. */
export async function runEval(db: Database, questions: readonly EvalQuestion[], k = 3): Promise<EvalResult> {
  const misses: EvalMiss[] = [];
  const names = new Map<string, string>();
  for (const q of questions) {
    const results = await searchServices(db, { question: q.question, municipalityCode: DEMO_MUNICIPALITY });
    for (const r of results) names.set(r.id, r.name);
    const top = results.slice(0, k).map((r) => r.id);
    const expected = q.expected.map(refToId);
    if (!expected.some((id) => top.includes(id))) {
      misses.push({ question: q.question, expected: q.expected, got: results.slice(0, k).map((r) => r.name) });
    }
  }
  const hits = questions.length - misses.length;
  return { total: questions.length, hits, rate: questions.length ? hits / questions.length : 0, misses };
}
