/** The policy API's JSON, as the web UI reads it (see src/api/policy/schemas.ts). */
export interface ApiFramework {
  gemeenteCode: string;
  versie: number;
  gewijzigdOp: string | null;
  varianten: string[];
  aanpak: string[];
  schaal: string;
  regionaleBekostiging: string;
  regisserendeAanbiederId: string | null;
  afspraken: { aanbiederId: string; uitvoering: string; bekostiging: string; bedragCent: number | null; toelichting: string }[];
  waarborgen: { waarborg: string; toelichting: string }[];
  kanalen: { kanaal: string; details: string }[];
  toelichting: string;
}

export interface ApiProvider {
  id: string;
  naam: string;
  soort: string;
  relatie: string | null;
  gefinancierd: boolean;
  diensten: number;
}

export interface ApiCoverage {
  gemeenteCode: string;
  overlapVanaf: number;
  hiaten: number;
  overlap: number;
  cellen: { doelgroep: string; leeftijd: string; levensdomein: string; aanbieders: { id: string; naam: string }[]; status: 'gat' | 'gedekt' | 'overlap' }[];
  nietIngedeeld: { dienstId: string; dienst: string; aanbieder: string; ontbreekt: string[] }[];
  aanbieders: { id: string; naam: string; cellen: number }[];
}

export interface ApiChecklist {
  gemeenteCode: string;
  voldaan: number;
  totaal: number;
  punten: { code: string; plicht: string; bron: string; status: 'voldaan' | 'deels' | 'ontbreekt'; aanwezig: string[]; ontbreekt: string[] }[];
}

export interface ApiRegion {
  jeugdregioCode: string;
  naam: string;
  indelingsjaar: number;
  gemeenten: { gemeenteCode: string; naam: string; versie: number; afwegingskader: Omit<ApiFramework, 'gemeenteCode' | 'versie' | 'gewijzigdOp'> | null; hiaten: number; aanbieders: number }[];
  gedeeldeAanbieders: { aanbiederId: string; naam: string; gemeentenMetAanbod: string[]; gemeentenMetAfspraak: string[] }[];
  signalen: string[];
}

export interface ApiMunicipality {
  code: string;
  naam: string;
}
