/**
 * Rolling figures forward through a municipal redivision (herindeling, every 1 January).
 * Figures are per municipality in the division of year Y; the changes turn them into the division of Y+1:
 * - merger (samenvoeging): the target gets the exact sum of its sources;
 * - split (splitsing): the source is apportioned over its targets by user-supplied shares (with their
 *   source shown), largest remainder, so the parts sum exactly to the original;
 * - any municipality not named as a source continues unchanged.
 * A target can receive from several changes (De Friese Meren ← merger of Gaasterlân-Sleat, Lemsterland,
 * Skarsterlân + part of the split of Boarnsterhim), and can be a continuing municipality (Heerenveen).
 */
import { InvalidDivisionChangeError, MissingSplitSharesError, type MissingSplitShare } from './errors.ts';
import { assertCents, autoUnit } from './money.ts';
import { centsInput, explainPart, shareInput, type FigureProvenance } from './provenance.ts';
import { apportion } from './rounding.ts';
import type { Rational } from './rational.ts';

export interface SplitShare {
  to: string;
  /** Relative weight (e.g. inhabitants moving to `to`, or a fraction); normalised over the split. */
  weight: Rational | bigint;
}

export type DivisionChange =
  | { kind: 'merger'; from: string[]; to: string; source?: string }
  | { kind: 'split'; from: string; to: string[]; shares?: SplitShare[]; source?: string };

export interface MunicipalityFigure {
  municipalityId: string;
  cents: number;
}

export interface Contribution {
  fromMunicipalityId: string;
  kind: 'unchanged' | 'merger' | 'split';
  cents: number;
  /** Where the change (for a split: its shares) comes from, as supplied. */
  source?: string;
  /** Split only: how this part was computed. */
  provenance?: FigureProvenance;
}

export interface RolledRow {
  municipalityId: string;
  cents: number;
  contributions: Contribution[];
}

export interface RollForwardOptions {
  /** Rounding unit for splits in cents; default whole euros when the split amount is whole euros. */
  unit?: number;
  /** Display name of a municipality id in error messages (default: the id itself). */
  nameOf?: (id: string) => string;
  /** Skip changes none of whose sources are in `figures` (e.g. rolling one MEE area with the national list). */
  ignoreChangesOutsideFigures?: boolean;
}

type Split = Extract<DivisionChange, { kind: 'split' }>;

function checkSplitShares(splits: readonly Split[], name: (id: string) => string): void {
  const missing: MissingSplitShare[] = [];
  const unexpected: MissingSplitShare[] = [];
  const parts: string[] = [];
  for (const s of splits) {
    if (new Set(s.to).size !== s.to.length) throw new InvalidDivisionChangeError(`De splitsing van ${name(s.from)} noemt een gemeente dubbel.`);
    const given = (s.shares ?? []).map((x) => x.to);
    if (new Set(given).size !== given.length) throw new InvalidDivisionChangeError(`De splitsing van ${name(s.from)} heeft dubbele aandelen.`);
    const miss = s.to.filter((t) => !given.includes(t));
    const extra = given.filter((t) => !s.to.includes(t));
    miss.forEach((to) => missing.push({ from: s.from, to }));
    extra.forEach((to) => unexpected.push({ from: s.from, to }));
    if (miss.length) parts.push(`Aandelen ontbreken voor de splitsing van ${name(s.from)} naar: ${miss.map(name).join(', ')}.`);
    if (extra.length) parts.push(`Aandelen opgegeven voor gemeenten die niet in de splitsing van ${name(s.from)} voorkomen: ${extra.map(name).join(', ')}.`);
  }
  if (parts.length) throw new MissingSplitSharesError(missing, unexpected, parts.join(' '));
}

/**
 * Figures in division Y → figures in division Y+1, each row listing its contributions. Rows come in the
 * order of their first contribution (i.e. following the input order of the sources); sort for display.
 */
export function rollForward(
  figures: readonly MunicipalityFigure[],
  changes: readonly DivisionChange[],
  opts: RollForwardOptions = {},
): RolledRow[] {
  const name = opts.nameOf ?? ((id: string) => id);
  const amounts = new Map<string, number>();
  for (const f of figures) {
    assertCents(f.cents, `bedrag van ${name(f.municipalityId)}`);
    if (amounts.has(f.municipalityId)) throw new InvalidDivisionChangeError(`${name(f.municipalityId)} komt meer dan eens voor in de cijfers.`);
    amounts.set(f.municipalityId, f.cents);
  }
  const sourcesOf = (c: DivisionChange): string[] => (c.kind === 'merger' ? c.from : [c.from]);
  const active = changes.filter((c) => !opts.ignoreChangesOutsideFigures || sourcesOf(c).some((id) => amounts.has(id)));

  const changeOf = new Map<string, DivisionChange>();
  for (const c of active) {
    if (c.kind === 'merger' && c.from.length === 0) throw new InvalidDivisionChangeError(`De samenvoeging tot ${name(c.to)} heeft geen bronnen.`);
    if (c.kind === 'split' && c.to.length === 0) throw new InvalidDivisionChangeError(`De splitsing van ${name(c.from)} heeft geen doelen.`);
    for (const id of sourcesOf(c)) {
      if (changeOf.has(id)) throw new InvalidDivisionChangeError(`${name(id)} komt in meer dan één wijziging als bron voor.`);
      if (!amounts.has(id)) throw new InvalidDivisionChangeError(`Geen cijfer voor ${name(id)} in de indeling van het vorige jaar.`);
      changeOf.set(id, c);
    }
  }
  checkSplitShares(active.filter((c): c is Split => c.kind === 'split'), name);

  const rows = new Map<string, RolledRow>();
  const credit = (to: string, c: Contribution): void => {
    const row = rows.get(to) ?? { municipalityId: to, cents: 0, contributions: [] };
    row.cents += c.cents;
    row.contributions.push(c);
    rows.set(to, row);
  };
  for (const [id, cents] of amounts) {
    const change = changeOf.get(id);
    if (!change) {
      credit(id, { fromMunicipalityId: id, kind: 'unchanged', cents });
    } else if (change.kind === 'merger') {
      credit(change.to, { fromMunicipalityId: id, kind: 'merger', cents, source: change.source });
    } else {
      const shares = change.to.map((t) => change.shares!.find((s) => s.to === t)!.weight);
      const a = apportion(cents, shares, opts.unit ?? autoUnit(cents));
      const formula = `bedrag ${name(id)} × aandeel, afgerond met de grootste-overschotmethode`;
      change.to.forEach((t, i) => {
        const part = a.parts[i]!;
        const provenance = explainPart(a, part, formula, [
          centsInput('original', `bedrag ${name(id)}`, cents),
          shareInput('share', `aandeel ${name(t)}`, part.share),
        ]);
        credit(t, { fromMunicipalityId: id, kind: 'split', cents: part.cents, source: change.source, provenance });
      });
    }
  }
  return [...rows.values()];
}

/** One (from → to) line as stored in a table such as data/reference/…/herindeling-YYYY.csv. */
export interface DivisionPair {
  kind: 'merger' | 'split';
  from: string;
  to: string;
  source?: string;
}

/**
 * Group pair lines into changes: mergers by target, splits by source (order of first appearance).
 * Splits come out without shares — the user must supply them (rollForward refuses otherwise).
 */
export function changesFromPairs(pairs: readonly DivisionPair[]): DivisionChange[] {
  const byKey = new Map<string, DivisionChange>();
  for (const p of pairs) {
    const k = `${p.kind}\u0000${p.kind === 'merger' ? p.to : p.from}`;
    const c = byKey.get(k);
    if (!c) byKey.set(k, p.kind === 'merger' ? { kind: 'merger', from: [p.from], to: p.to, source: p.source } : { kind: 'split', from: p.from, to: [p.to], source: p.source });
    else if (c.kind === 'merger') c.from.push(p.from);
    else c.to.push(p.to);
  }
  return [...byKey.values()];
}
