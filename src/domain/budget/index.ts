/**
 * Public API of the budget domain (pure, exact, no I/O): allocation keys and largest-remainder rounding,
 * derivation from and reproduction of the published table (Bijlage 5), scenarios, friction-cost
 * exposure, herindeling roll-forward, and Dutch euro formatting. Money is integer euro cents.
 */
export * from './errors.ts';
export {
  ONE,
  ZERO,
  compare,
  equals,
  isRational,
  parseRational,
  rational,
  toDecimal,
  toFraction,
  toRational,
  type Rational,
} from './rational.ts';
/** The full rational toolkit (add, sub, mul, div, sum, floor, …) under one name to avoid clashes. */
export * as rationalMath from './rational.ts';
export { CENTS_PER_EURO, assertCents, autoUnit, type Cents } from './money.ts';
export { allocateLargestRemainder, apportion, type Apportionment, type ApportionedPart, type Weight } from './rounding.ts';
export type { FigureProvenance, ProvenanceInput, RoundingExplanation } from './provenance.ts';
export {
  DEFAULT_KEY,
  allocateClientSupport,
  allocateIvh,
  formatPercent,
  keyFromInhabitantsWeight,
  validateKey,
  type AllocateOptions,
  type AllocatedFigure,
  type AllocationKey,
  type ClientSupportMember,
  type IvhMember,
  type IvhOptions,
} from './key.ts';
export {
  deriveShares,
  recompute,
  type DeriveOptions,
  type DerivedOrganisation,
  type DerivedRow,
  type OrganisationFinding,
  type PublishedRow,
  type RecomputedOrganisation,
  type RecomputedRow,
  type RowFlag,
  type ShareProvenance,
} from './derive.ts';
export {
  regionalPools,
  scenarioAlternativeKey,
  type KeyScenarioRow,
  type PoolContribution,
  type PoolMember,
  type RegionalPool,
  type ScenarioFlag,
} from './scenarios.ts';
export { frictionExposure, type FrictionAggregate, type FrictionExposure, type FrictionInput, type FrictionRow } from './friction.ts';
export {
  changesFromPairs,
  rollForward,
  type Contribution,
  type DivisionChange,
  type DivisionPair,
  type MunicipalityFigure,
  type RolledRow,
  type RollForwardOptions,
  type SplitShare,
} from './rollforward.ts';
export { formatEuro, parseEuro } from './format.ts';
export { deriveClientCounts, type DeriveClientOptions, type DerivedClientCounts, type DerivedClientRow } from './derive-clients.ts';
export {
  allocateFromCounts,
  compareFigure,
  standInToleranceCents,
  type CountMember,
  type CountOrganisation,
  type DifferenceReason,
  type FigureComparison,
  type InhabitantsBasis,
  type PrimaryRow,
} from './primary.ts';
export { poolAgainstUse, type UseMember, type UsePool, type UseRow } from './pool-use.ts';
