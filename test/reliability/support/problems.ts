import { countDifferences } from './rows.ts';

/** Words that give away an English (framework) message; a Dutch detail has none of them. */
const ENGLISH = /\b(the|must|should|expected|received|required|invalid|unexpected|request|error|failed|cannot|not found|too large)\b/i;

export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/**
 * What every answer must satisfy: never a 5xx; a refusal (4xx) is problem+json with a Dutch `detail`
 * (and Dutch reasons per invalid parameter). Returns the faults found, empty when all is well.
 */
export function answerFaults(res: Answer): string[] {
  const faults: string[] = [];
  if (res.statusCode >= 500) faults.push(`status ${res.statusCode}: ${res.body.slice(0, 300)}`);
  if (res.statusCode < 400) return faults;
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) faults.push(`status ${res.statusCode} without problem+json (${res.headers['content-type']}): ${res.body.slice(0, 200)}`);
  let problem: { detail?: unknown; status?: unknown; invalidParams?: { reason?: unknown }[] };
  try {
    problem = JSON.parse(res.body);
  } catch {
    return [...faults, `status ${res.statusCode}: body is no JSON`];
  }
  if (typeof problem.detail !== 'string' || problem.detail.length === 0) faults.push(`status ${res.statusCode}: no detail`);
  else if (ENGLISH.test(problem.detail)) faults.push(`status ${res.statusCode}: detail not Dutch: ${problem.detail}`);
  if (problem.status !== res.statusCode) faults.push(`status ${res.statusCode}: problem.status is ${String(problem.status)}`);
  for (const p of problem.invalidParams ?? []) if (typeof p.reason === 'string' && /\b(the|must|should|expected|received)\b/i.test(p.reason)) faults.push(`reason not Dutch: ${p.reason}`);
  return faults;
}

/** A refused request must leave every table (but the audit log and sessions) as it was. */
export function partialWriteFaults(res: Answer, before: Record<string, number>, after: Record<string, number>): string[] {
  if (res.statusCode < 400) return [];
  return countDifferences(before, after).map((d) => `refused with ${res.statusCode} but wrote: ${d}`);
}
