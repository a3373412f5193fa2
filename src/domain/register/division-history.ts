/**
 * Municipal divisions over time (issue 21 §5): which codes exist on a day, and how figures of one
 * division are carried to a later one through the herindelingen. Pure: no I/O.
 *
 * Rules (DOMAIN.md "Municipal divisions change every 1 January"):
 * - a merger (samenvoeging) or a change of name and code moves a whole municipality: its figures add
 *   up in the receiving municipality, exactly, in cents;
 * - a split (splitsing) moves parts to several successors: figures can only be divided by a key with
 *   a cited source (e.g. inhabitants per part). Without one the amount is shown apart as "not
 *   distributable", with the reason, and never guessed.
 */

export interface MunicipalityVersion {
  cbsCode: string;
  name: string;
  province: string;
  validFrom: string;
  /** Last day (inclusive); null = still exists. */
  validTo: string | null;
}

export type DivisionEventKind = 'samenvoeging' | 'splitsing' | 'naamswijziging';

export interface DivisionEvent {
  effectiveDate: string;
  kind: DivisionEventKind;
  fromCode: string;
  toCode: string;
  partial: boolean;
  source: string;
}

/** A cited key for one split piece (split_shares): weight of `toCode` among the successors of `fromCode`. */
export interface SplitShare {
  effectiveDate: string;
  fromCode: string;
  toCode: string;
  weight: number;
  unit: string;
  source: string;
}

/** The codes that exist on `day` (ISO date). */
export function membersOn(versions: readonly MunicipalityVersion[], day: string): MunicipalityVersion[] {
  return versions.filter((v) => v.validFrom <= day && (v.validTo === null || v.validTo >= day));
}

/** `YYYY-MM-DD` plus one day. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Checks the event chain: every code that ends has successors on the day after, and they exist then. */
export function chainProblems(versions: readonly MunicipalityVersion[], events: readonly DivisionEvent[], until: string): string[] {
  const byCode = new Map(versions.map((v) => [v.cbsCode, v]));
  const problems: string[] = [];
  for (const v of versions) {
    if (v.validTo === null || v.validTo >= until) continue;
    const day = nextDay(v.validTo);
    const out = events.filter((e) => e.fromCode === v.cbsCode);
    if (out.length === 0) problems.push(`${v.cbsCode} ${v.name} eindigt op ${v.validTo} maar heeft geen opvolger`);
    for (const e of out) {
      if (e.effectiveDate !== day) problems.push(`${v.cbsCode} ${v.name}: gebeurtenis op ${e.effectiveDate}, verwacht ${day}`);
      const to = byCode.get(e.toCode);
      if (!to || to.validFrom > day || (to.validTo !== null && to.validTo < day)) problems.push(`${v.cbsCode} → ${e.toCode}: opvolger bestaat niet op ${day}`);
    }
    if (out.length > 1 && out.some((e) => !e.partial)) problems.push(`${v.cbsCode}: meer opvolgers zonder 'deel'`);
  }
  return problems;
}

/** One step of a piece's way through a split. */
interface SplitStep {
  date: string;
  fromCode: string;
  toCode: string;
}

/** Where (part of) an origin municipality ended up. */
interface Piece {
  originCode: string;
  steps: SplitStep[];
  renamed: boolean;
}

/**
 * Follows every origin code from `startDay` to `targetDay`: the pieces each code of the target
 * division is made of. Events after `startDay` up to and including `targetDay` apply, in date order.
 */
export function lineage(originCodes: readonly string[], events: readonly DivisionEvent[], startDay: string, targetDay: string): Map<string, Piece[]> {
  let holding = new Map<string, Piece[]>(originCodes.map((c) => [c, [{ originCode: c, steps: [], renamed: false }]]));
  const relevant = events.filter((e) => e.effectiveDate > startDay && e.effectiveDate <= targetDay);
  const dates = [...new Set(relevant.map((e) => e.effectiveDate))].sort();
  for (const date of dates) {
    const byFrom = new Map<string, DivisionEvent[]>();
    for (const e of relevant.filter((r) => r.effectiveDate === date)) byFrom.set(e.fromCode, [...(byFrom.get(e.fromCode) ?? []), e]);
    // Moves of one day happen at once: read from the state before the day, write into a new one.
    const next = new Map(holding);
    for (const fromCode of byFrom.keys()) next.delete(fromCode);
    for (const [fromCode, out] of byFrom) {
      const pieces = holding.get(fromCode) ?? [];
      const whole = out.length === 1 && !out[0]!.partial;
      for (const e of out) {
        const moved = pieces.map((p) =>
          whole ? { ...p, renamed: p.renamed || e.kind === 'naamswijziging' } : { ...p, steps: [...p.steps, { date, fromCode, toCode: e.toCode }] },
        );
        next.set(e.toCode, [...(next.get(e.toCode) ?? []), ...moved]);
      }
    }
    holding = next;
  }
  return holding;
}

export interface NamedAmount {
  cbsCode: string;
  name: string;
  cents: number;
}

export interface CarriedPart {
  cbsCode: string;
  name: string;
  /** null: a part of a split that cannot be distributed without a cited key. */
  cents: number | null;
  whole: boolean;
  note: string;
}

export interface CarriedAmount {
  cbsCode: string;
  name: string;
  cents: number;
  /** False when a part of a split flowed in that could not be distributed. */
  complete: boolean;
  how: string;
  parts: CarriedPart[];
}

export interface UndistributedAmount {
  cbsCode: string;
  name: string;
  cents: number;
  successors: { cbsCode: string; name: string }[];
  reason: string;
}

export interface CarryResult {
  rows: CarriedAmount[];
  undistributed: UndistributedAmount[];
  /** Sum of the origin amounts; equals the rows plus the undistributed amounts, always. */
  totalCents: number;
}

const NO_KEY_REASON = 'niet te verdelen zonder een verdeelsleutel met bron (bijvoorbeeld het aantal inwoners per deel); het bedrag staat apart';

/**
 * Carries several figures of the same municipalities (money, inhabitants, …) between two divisions by
 * the same events and split shares: call the answer with the figure to pick from each row.
 */
export function figureCarrier<Row extends { cbsCode: string; name: string }>(
  rows: readonly Row[],
  events: readonly DivisionEvent[],
  shares: readonly SplitShare[],
  targetMembers: readonly MunicipalityVersion[],
  startDay: string,
  targetDay: string,
): (pick: (row: Row) => number) => CarryResult {
  return (pick) => carryAmounts(rows.map((r) => ({ cbsCode: r.cbsCode, name: r.name, cents: pick(r) })), events, shares, targetMembers, startDay, targetDay);
}

/**
 * Carries amounts in cents from the division of `startDay` to the division of `targetDay`.
 * `names` gives the name of every code (origin and target). Split pieces are divided by `shares`
 * where every step has a cited key (largest remainder, so the cents add up exactly); otherwise the
 * whole origin amount is reported as not distributable.
 */
export function carryAmounts(
  amounts: readonly NamedAmount[],
  events: readonly DivisionEvent[],
  shares: readonly SplitShare[],
  targetMembers: readonly MunicipalityVersion[],
  startDay: string,
  targetDay: string,
): CarryResult {
  const names = new Map<string, string>(amounts.map((a) => [a.cbsCode, a.name]));
  for (const m of targetMembers) names.set(m.cbsCode, m.name);
  const holding = lineage(
    amounts.map((a) => a.cbsCode),
    events,
    startDay,
    targetDay,
  );
  const originCents = new Map(amounts.map((a) => [a.cbsCode, a.cents]));
  // Each origin's pieces, wherever they are, so a split origin is divided as one.
  const piecesByOrigin = new Map<string, { at: string; piece: Piece }[]>();
  for (const [at, pieces] of holding) for (const piece of pieces) piecesByOrigin.set(piece.originCode, [...(piecesByOrigin.get(piece.originCode) ?? []), { at, piece }]);

  const centsOf = new Map<Piece, number | null>();
  const keyNote = new Map<Piece, string>();
  const undistributed: UndistributedAmount[] = [];
  for (const [origin, located] of piecesByOrigin) {
    const total = originCents.get(origin) ?? 0;
    if (located.length === 1 && located[0]!.piece.steps.length === 0) {
      centsOf.set(located[0]!.piece, total);
      continue;
    }
    const weights = located.map(({ piece }) => weightOf(piece, events, shares));
    if (weights.some((w) => w === null)) {
      for (const { piece } of located) centsOf.set(piece, null);
      undistributed.push({
        cbsCode: origin,
        name: names.get(origin) ?? origin,
        cents: total,
        successors: located.map(({ at }) => ({ cbsCode: at, name: names.get(at) ?? at })),
        reason: NO_KEY_REASON,
      });
      continue;
    }
    const split = largestRemainder(total, weights.map((w) => w!.fraction));
    located.forEach(({ piece }, i) => {
      centsOf.set(piece, split[i]!);
      keyNote.set(piece, weights[i]!.note);
    });
  }

  const rows = targetMembers.map((m): CarriedAmount => {
    const pieces = holding.get(m.cbsCode) ?? [];
    const parts = pieces.map((p): CarriedPart => {
      const cents = centsOf.get(p) ?? null;
      const name = names.get(p.originCode) ?? p.originCode;
      const whole = p.steps.length === 0;
      const note = whole ? (p.renamed ? 'geheel (nieuwe naam en code)' : 'geheel') : cents === null ? `deel: ${NO_KEY_REASON}` : `deel, verdeeld naar ${keyNote.get(p)}`;
      return { cbsCode: p.originCode, name, cents, whole, note };
    });
    const cents = parts.reduce((sum, p) => sum + (p.cents ?? 0), 0);
    return { cbsCode: m.cbsCode, name: m.name, cents, complete: parts.every((p) => p.cents !== null), how: describe(m, parts), parts };
  });
  const totalCents = amounts.reduce((sum, a) => sum + a.cents, 0);
  return { rows, undistributed, totalCents };
}

/** The Dutch sentence that says how a row was carried. */
function describe(target: MunicipalityVersion, parts: readonly CarriedPart[]): string {
  if (parts.length === 0) return 'geen bedrag: deze gemeente komt niet voort uit de uitgangsindeling';
  const whole = parts.filter((p) => p.whole);
  const split = parts.filter((p) => !p.whole);
  const sentences: string[] = [];
  if (whole.length === 1 && whole[0]!.cbsCode === target.cbsCode) sentences.push('ongewijzigd');
  else if (whole.length === 1 && split.length === 0) sentences.push(`ongewijzigd overgenomen van ${whole[0]!.name} (${whole[0]!.cbsCode}), nu ${target.name}`);
  else if (whole.length > 0) sentences.push(`samengevoegd uit ${whole.map((p) => p.name).join(', ')}`);
  for (const p of split) {
    sentences.push(p.cents === null ? `gesplitst: deel van ${p.name} niet te verdelen zonder verdeelsleutel met bron` : `gesplitst: deel van ${p.name} ${p.note.replace(/^deel, /, '')}`);
  }
  return sentences.join('; ');
}

/** The fraction of an origin that a piece holds, or null when a split on its way has no cited key. */
function weightOf(piece: Piece, events: readonly DivisionEvent[], shares: readonly SplitShare[]): { fraction: number; note: string } | null {
  let fraction = 1;
  const notes: string[] = [];
  for (const step of piece.steps) {
    const successors = events.filter((e) => e.effectiveDate === step.date && e.fromCode === step.fromCode).map((e) => e.toCode);
    const keyed = shares.filter((s) => s.effectiveDate === step.date && s.fromCode === step.fromCode);
    const mine = keyed.find((s) => s.toCode === step.toCode);
    const sum = keyed.reduce((t, s) => t + s.weight, 0);
    if (!mine || sum <= 0 || successors.some((to) => !keyed.some((s) => s.toCode === to))) return null;
    fraction *= mine.weight / sum;
    notes.push(`${mine.unit} (${mine.source})`);
  }
  return { fraction, note: notes.join(', ') };
}

/** Divides whole cents by fractions so the parts add up to the total exactly (largest remainder). */
export function largestRemainder(totalCents: number, fractions: readonly number[]): number[] {
  const sum = fractions.reduce((t, f) => t + f, 0);
  const raw = fractions.map((f) => (sum > 0 ? (totalCents * f) / sum : 0));
  const floors = raw.map(Math.floor);
  let left = totalCents - floors.reduce((t, f) => t + f, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

export interface CarriedStatus {
  cbsCode: string;
  name: string;
  how: string;
  parts: { cbsCode: string; name: string; value: string; whole: boolean }[];
}

/**
 * Carries a status per municipality (e.g. the monitor stage of a round) to a later division. A
 * status is not a number: a merged municipality lists the statuses of its parts, a successor of a
 * split shows the status of the municipality it took a part of.
 */
export function carryStatuses(
  statuses: readonly { cbsCode: string; name: string; value: string }[],
  events: readonly DivisionEvent[],
  targetMembers: readonly MunicipalityVersion[],
  startDay: string,
  targetDay: string,
): CarriedStatus[] {
  const byOrigin = new Map(statuses.map((s) => [s.cbsCode, s]));
  const holding = lineage(
    statuses.map((s) => s.cbsCode),
    events,
    startDay,
    targetDay,
  );
  return targetMembers.map((m) => {
    const parts = (holding.get(m.cbsCode) ?? []).map((p) => {
      const origin = byOrigin.get(p.originCode)!;
      return { cbsCode: origin.cbsCode, name: origin.name, value: origin.value, whole: p.steps.length === 0 };
    });
    const whole = parts.filter((p) => p.whole);
    const split = parts.filter((p) => !p.whole);
    const sentences: string[] = [];
    if (parts.length === 0) sentences.push('geen status: deze gemeente komt niet voort uit de indeling van de ronde');
    else if (whole.length === 1 && whole[0]!.cbsCode === m.cbsCode) sentences.push(`ongewijzigd (${whole[0]!.value})`);
    else if (whole.length === 1 && split.length === 0) sentences.push(`ongewijzigd overgenomen van ${whole[0]!.name}, nu ${m.name}`);
    else if (whole.length > 0) sentences.push(`samengevoegd uit ${whole.map((p) => `${p.name} (${p.value})`).join(', ')}`);
    for (const p of split) sentences.push(`gesplitst: deel van ${p.name} (${p.value})`);
    return { cbsCode: m.cbsCode, name: m.name, how: sentences.join('; '), parts };
  });
}
