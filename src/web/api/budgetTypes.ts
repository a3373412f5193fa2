/** Response shapes of the budget resources of /api/v1 (see openapi.json). Money is in euro cents. */

export interface CodeName {
  code: string;
  naam: string;
}

export interface Municipality extends CodeName {
  cbsCode: string;
  jeugdregio: CodeName;
  meeOrganisatie: CodeName;
}

export interface RegionOption extends CodeName {
  aantalGemeenten: number;
}

/** GET /budget/verdelingen: one municipality's budget (budgetverdeling). */
export interface Allocation {
  gemeente: Municipality;
  budgetMeeCent: number;
  budgetIvhCent: number;
}

export interface Amounts {
  budgetMeeCent: number;
  budgetIvhCent: number;
}

/** GET /budget/controle: Tabel 3 against the sum of the municipalities (budgetcontrole). */
export interface BudgetCheck {
  jaar: number;
  allesKlopt: boolean;
  meeOrganisaties: (CodeName & {
    aantalGemeenten: number;
    tabel3: Amounts;
    somGemeenten: Amounts;
    somKlopt: boolean;
    berekendGelijkAanGepubliceerd: boolean;
  })[];
}

export interface ProvenanceInput {
  name: string;
  label: string;
  exact: string;
  decimal: string;
}

/** A derived share (aandeel) with the inputs it was computed from. */
export interface ShareProvenance {
  formula: string;
  inputs: ProvenanceInput[];
  exact: string;
  decimal: string;
}

/** How one amount was computed (herkomst): exact amount, largest-remainder rounding, result. */
export interface Provenance {
  formula: string;
  inputs: ProvenanceInput[];
  exact: { centsFraction: string; euros: string };
  rounding: {
    unitCents: number;
    floorCents: number;
    remainder: string;
    rank: number;
    leftoverUnits: number;
    receivedExtraUnit: boolean;
  };
  resultCents: number;
}

/** GET /budget/verdelingen/{gemeenteCode}: the step-by-step explanation (uitleg). */
export interface AllocationExplanation {
  jaar: number;
  gemeente: Municipality;
  sleutel: { inwoners: string; clienten: string };
  meeOrganisatie: CodeName & Amounts & { aantalGemeenten: number };
  gepubliceerd: Amounts & { bron: string };
  afgeleid: { inwonersaandeel: ShareProvenance; clientenaandeel: ShareProvenance | null; signalen: string[] };
  berekend: { budgetMee: Provenance; budgetIvh: Provenance };
  berekendGelijkAanGepubliceerd: boolean;
}

/** GET /budget/scenario: one municipality under another key. */
export interface ScenarioRow {
  gemeente: Municipality;
  basisCent: number;
  scenarioCent: number;
  verschilCent: number;
  signalen: string[];
}

/** GET /budget/regionale-pools: a youth region that pools its budgets. */
export interface RegionalPool {
  jeugdregio: CodeName;
  poolCent: number;
  deelnemers: {
    gemeente: Municipality;
    eigenBudgetCent: number;
    bijdrageCent: number;
    verschilCent: number;
    aandeel: string;
  }[];
}

export interface FrictionGroup extends CodeName {
  aantalGemeenten: number;
  metBesteding: number;
  zonderBesteding: number;
  budgetCent: number;
  budgetMetBestedingCent: number;
  bestedingCent: number;
  tekortCent: number;
  verschilCent: number;
}

export interface FrictionMunicipality {
  gemeente: Municipality;
  budgetCent: number;
  bestedingCent: number | null;
  tekortCent: number | null;
  verschilCent: number | null;
}

/** GET /budget/frictiekosten: budget against planned spending at MEE. */
export interface FrictionCosts {
  jaar: number;
  bestedingsjaar: number;
  landelijk: FrictionGroup;
  perMeeOrganisatie: FrictionGroup[];
  perJeugdregio: FrictionGroup[];
  gemeenten: FrictionMunicipality[];
}

/** GET /budget/bestedingen: what a municipality plans to spend at MEE (besteding), with its version. */
export interface Spending {
  gemeenteCode: string;
  bedragCent: number;
  toelichting: string | null;
  versie: number;
}
