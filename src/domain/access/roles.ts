/**
 * Roles and what they may do, as data. Every API route names one permission (or is public);
 * `authorize` (policy.ts) is the one place that decides. Deny by default: a permission no role
 * lists is granted to nobody.
 */
export const ROLES = ['landelijk', 'regio', 'gemeente-beleid', 'clientondersteuner', 'beslisser', 'aanbieder', 'privacy', 'beheer', 'inwoner'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['landelijk', 'jeugdregio', 'gemeente', 'mee-organisatie', 'aanbieder'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PERMISSIONS = [
  'sessie', // see and end one's own sessions, manage one's own API tokens
  'budget:besteding-schrijven', // record what a municipality will spend at MEE (friction costs)
  'gebruikers:beheren', // accounts, roles, tokens of others
  'logboek:lezen', // search the audit log (Logboek dataverwerkingen)
  'logboek:controleren', // verify the audit log's hash chain
  'monitor:totalen', // national and regional dashboards of the transition monitor (aggregates)
  'monitor:antwoorden-lezen', // a municipality's answers (scoped)
  'monitor:antwoorden-schrijven', // answer for a municipality, or for the members of a youth region (scoped)
  'monitor:opvolgen', // follow-up: accept, ask for clarification, support teams, escalation
  'monitor:importeren', // import responses and the MEE monitor (second source)
  'dossiers:lezen', // read a client's case (personal data; every read is logged)
  'dossiers:schrijven', // intake, process steps, assignments, objections (personal data)
  'dossiers:beslisser-toewijzen', // record who decides on a provision for a client
  'dossiers:importeren', // import running MEE cases on the transition date
  'sociale-kaart:beheren', // providers, services, locations and the FAQ of the own municipality (sociale kaart)
  'beleid:lezen', // policy framework (afwegingskader), coverage analysis and plan draft (scoped)
  'beleid:schrijven', // edit the own municipality's policy framework
  'portaal:eigen-vragen', // a resident: their own questions, requests and support plan, nothing else
  'verantwoording:lezen', // accountability reports of the own provider or the own municipality (scoped)
  'verantwoording:indienen', // a provider fills, uploads and submits its report per municipality and period
  'verantwoording:beoordelen', // the municipality opens periods, reviews, asks questions, accepts; council report
  'verantwoording:totalen', // national and regional roll-ups of accountability (aggregates, small cells suppressed)
  'activiteiten:importeren', // import a provider's activity registration (aanbieder: only its own code)
  'activiteiten:lezen', // totals of delivered activities (minutes, rows) per municipality; no personal data
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface RoleDefinition {
  role: Role;
  /** Dutch description for the administration screens. */
  description: string;
  /** Kinds of organisation this role may be bound to. */
  organisationKinds: OrganisationKind[];
  permissions: Permission[];
  /** Sees personal data (of its own organisation); national and regional roles see aggregates only. */
  personalData: boolean;
}

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  landelijk: {
    role: 'landelijk',
    description: 'Landelijke monitor: alle totalen, geen persoonsgegevens',
    organisationKinds: ['landelijk'],
    permissions: ['sessie', 'monitor:totalen', 'monitor:antwoorden-lezen', 'monitor:opvolgen', 'monitor:importeren', 'activiteiten:lezen', 'verantwoording:totalen', 'beleid:lezen'],
    personalData: false,
  },
  regio: {
    role: 'regio',
    description: 'Jeugdregio: totalen van de eigen regio, geen persoonsgegevens',
    organisationKinds: ['jeugdregio'],
    permissions: ['sessie', 'budget:besteding-schrijven', 'monitor:totalen', 'monitor:antwoorden-lezen', 'monitor:antwoorden-schrijven', 'beleid:lezen', 'activiteiten:lezen', 'verantwoording:totalen'],
    personalData: false,
  },
  'gemeente-beleid': {
    role: 'gemeente-beleid',
    description: 'Beleidsmedewerker van een gemeente',
    organisationKinds: ['gemeente'],
    permissions: ['sessie', 'budget:besteding-schrijven', 'monitor:totalen', 'monitor:antwoorden-lezen', 'monitor:antwoorden-schrijven', 'sociale-kaart:beheren', 'beleid:lezen', 'beleid:schrijven', 'activiteiten:lezen', 'verantwoording:lezen', 'verantwoording:beoordelen'],
    personalData: false,
  },
  clientondersteuner: {
    role: 'clientondersteuner',
    description: 'Cliëntondersteuner van de eigen gemeente of aanbieder',
    organisationKinds: ['gemeente', 'aanbieder', 'mee-organisatie'],
    permissions: ['sessie', 'dossiers:lezen', 'dossiers:schrijven'],
    personalData: true,
  },
  beslisser: {
    role: 'beslisser',
    description: 'Beslist over voorzieningen (Wmo-consulent)',
    organisationKinds: ['gemeente'],
    permissions: ['sessie', 'dossiers:beslisser-toewijzen'],
    personalData: true,
  },
  aanbieder: {
    role: 'aanbieder',
    description: 'Aanbieder (bijvoorbeeld een MEE-organisatie): eigen contracten en rapportages',
    organisationKinds: ['aanbieder', 'mee-organisatie'],
    permissions: ['sessie', 'activiteiten:importeren', 'activiteiten:lezen', 'verantwoording:lezen', 'verantwoording:indienen'],
    personalData: false,
  },
  privacy: {
    role: 'privacy',
    description: 'Privacyfunctionaris: leest het logboek dataverwerkingen',
    organisationKinds: ['landelijk', 'gemeente'],
    permissions: ['sessie', 'logboek:lezen', 'logboek:controleren'],
    personalData: false,
  },
  beheer: {
    role: 'beheer',
    description: 'Beheerder: gebruikers, rollen en instellingen',
    organisationKinds: ['landelijk', 'gemeente'],
    permissions: ['sessie', 'gebruikers:beheren', 'budget:besteding-schrijven', 'logboek:controleren', 'monitor:totalen', 'monitor:importeren', 'dossiers:importeren', 'sociale-kaart:beheren', 'activiteiten:importeren', 'activiteiten:lezen'],
    personalData: false,
  },
  inwoner: {
    role: 'inwoner',
    description: 'Inwoner die via het inwonersportaal inlogt: alleen de eigen vragen en het eigen plan',
    organisationKinds: ['gemeente'],
    permissions: ['sessie', 'portaal:eigen-vragen'],
    personalData: true,
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
