/** The budget resources of /api/v1, named for the web UI; the shapes come from the OpenAPI document. Money is in euro cents. */
import type { components } from './generated/openapi.d.ts';

type Schemas = components['schemas'];

export type Municipality = Schemas['GemeenteKort'];
/** GET /jeugdregios: a youth region to filter by. */
export type RegionOption = Schemas['Jeugdregio'];
/** GET /budget/verdelingen: one municipality's budget (budgetverdeling). */
export type Allocation = Schemas['Budgetverdeling'];
/** GET /budget/controle: Tabel 3 against the sum of the municipalities (budgetcontrole). */
export type BudgetCheck = Schemas['Budgetcontrole'];
/** A derived share (aandeel) with the inputs it was computed from. */
export type ShareProvenance = Schemas['HerkomstAandeel'];
export type ProvenanceInput = ShareProvenance['inputs'][number];
/** How one amount was computed (herkomst): exact amount, largest-remainder rounding, result. */
export type Provenance = Schemas['Herkomst'];
/** GET /budget/verdelingen/{gemeenteCode}: the step-by-step explanation (uitleg). */
export type AllocationExplanation = Schemas['BudgetverdelingUitleg'];
/** GET /budget/scenario: one municipality under another key. */
export type ScenarioRow = Schemas['ScenarioRegel'];
/** GET /budget/regionale-pools: a youth region that pools its budgets. */
export type RegionalPool = Schemas['RegionalePool'];
/** GET /budget/frictiekosten: budget against planned spending at MEE. */
export type FrictionCosts = Schemas['Frictiekosten'];
export type FrictionGroup = Schemas['FrictiekostenGroep'];
export type FrictionMunicipality = FrictionCosts['gemeenten'][number];
/** GET /budget/bestedingen: what a municipality plans to spend at MEE (besteding), with its version. */
export type Spending = Schemas['Besteding'];
/** GET /budget/primaire-verdeling: the allocation from inhabitants and MEE clients, row by row. */
export type PrimaryAllocation = Schemas['PrimaireVerdeling'];
export type PrimaryAllocationRow = Schemas['PrimaireVerdelingRegel'];
