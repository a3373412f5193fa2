import { STAGES, type Stage } from './questionnaire.ts';

export interface SourceStage {
  municipalityCode: string;
  stage: Stage | null;
}

export interface ReconciliationRow {
  municipalityCode: string;
  transitionMonitor: Stage | null;
  meeMonitor: Stage | null;
  /** Positive: the MEE monitor sees the municipality further than its own answer. */
  stepsApart: number | null;
  kind: 'gelijk' | 'verschil' | 'alleen_tvs' | 'alleen_mee' | 'geen_van_beide';
}

/** Compares the transition monitor with the MEE monitor per municipality (the second source). */
export function reconcile(codes: string[], tvs: SourceStage[], mee: SourceStage[]): ReconciliationRow[] {
  const a = new Map(tvs.map((s) => [s.municipalityCode, s.stage]));
  const b = new Map(mee.map((s) => [s.municipalityCode, s.stage]));
  return codes.map((code) => {
    const own = a.get(code) ?? null;
    const other = b.get(code) ?? null;
    const kind = own && other ? (own === other ? 'gelijk' : 'verschil') : own ? 'alleen_tvs' : other ? 'alleen_mee' : 'geen_van_beide';
    return {
      municipalityCode: code,
      transitionMonitor: own,
      meeMonitor: other,
      stepsApart: own && other ? STAGES.indexOf(other) - STAGES.indexOf(own) : null,
      kind,
    };
  });
}
