import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { mayActFor } from '../plugins/auth.ts';
import { expectedVersion } from '../monitor/errors.ts';
import { ROLE_DEFINITIONS, type Permission } from '../../domain/access/index.ts';
import { allowedActions, FUNDING_FORMS, SUBMISSION_STATES, type Side } from '../../domain/accountability/index.ts';
import { findPeriod, type Period, type Report } from '../../services/accountability/reports.ts';
import { NotFoundError } from '../../domain/errors.ts';

export const tags = ['Verantwoording'];
export const NOT_FOUND = 'Niet gevonden.';
export const notFound = () => new NotFoundError(NOT_FOUND);

/** Organisation codes (provider or MEE organisation) for which the caller holds `permission`. */
export function providerCodesOf(request: FastifyRequest, permission: Permission): string[] {
  const grants = request.principal?.grants ?? [];
  return [
    ...new Set(
      grants
        .filter((g) => (g.organisation.kind === 'aanbieder' || g.organisation.kind === 'mee-organisatie') && ROLE_DEFINITIONS[g.role].permissions.includes(permission))
        .map((g) => g.organisation.code),
    ),
  ];
}

/** Municipalities for which the caller holds `permission` through a municipal grant. */
export function municipalityCodesOf(request: FastifyRequest, permission: Permission): string[] {
  const grants = request.principal?.grants ?? [];
  return [...new Set(grants.filter((g) => g.organisation.kind === 'gemeente' && ROLE_DEFINITIONS[g.role].permissions.includes(permission)).map((g) => g.organisation.code))];
}

/**
 * The period in the path, if the caller may see it from `side` (the provider it belongs to, or its
 * municipality); everyone else gets the uniform 404, as for a period that does not exist.
 */
export async function periodFor(app: AppInstance, request: FastifyRequest, sides: Side[], permission: { aanbieder?: Permission; gemeente?: Permission } = {}): Promise<{ period: Period; side: Side }> {
  const period = await findPeriod(app.db, (request.params as { periodeId: string }).periodeId);
  if (!period) throw notFound();
  if (sides.includes('aanbieder') && providerCodesOf(request, permission.aanbieder ?? 'verantwoording:indienen').includes(period.providerCode)) return { period, side: 'aanbieder' };
  if (sides.includes('gemeente') && (await mayActFor(app, request, permission.gemeente ?? 'verantwoording:beoordelen', period.municipalityCode))) return { period, side: 'gemeente' };
  throw notFound();
}

const guarded = new WeakMap<FastifyRequest, { period: Period; side: Side }>();

/**
 * A route hook that settles access to the period in the path before the input is validated (as the
 * auth plugin does for permissions): an outsider gets the uniform 404, never a validation error.
 */
export function periodGuard(app: AppInstance, sides: Side[], permission: { aanbieder?: Permission; gemeente?: Permission } = {}) {
  return async (request: FastifyRequest): Promise<void> => {
    guarded.set(request, await periodFor(app, request, sides, permission));
  };
}

/** The period the guard let through. */
export const guardedPeriod = (request: FastifyRequest): { period: Period; side: Side } => guarded.get(request)!;

export const periodParams = z.object({ periodeId: z.string().max(64).describe('Id van de verantwoordingsperiode') });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional().describe('Versie van de rapportage, bijvoorbeeld "3" (412 als die verouderd is)') });
export const versionOf = (request: FastifyRequest): number | undefined => expectedVersion(request.headers['if-match'] as string | undefined, undefined);
export const userIdOf = (request: FastifyRequest): string => request.principal!.userId;

const valueSchema = z.union([z.number(), z.boolean(), z.string(), z.record(z.string(), z.number())]);
export const ValuesSchema = z.record(z.string(), valueSchema).describe('Veld → waarde; bedragen in centen; een verdeling als categorie → aantal');

export const PeriodSchema = z
  .object({
    id: z.string(),
    gemeenteCode: z.string(),
    aanbiederCode: z.string(),
    bekostigingsvorm: z.enum(FUNDING_FORMS),
    vanafDatum: z.iso.date(),
    totEnMetDatum: z.iso.date(),
    uiterlijkDatum: z.iso.date().nullable().describe('Uiterste inleverdatum'),
    naam: z.string(),
    status: z.enum(SUBMISSION_STATES),
    versie: z.number().int(),
    uitgavenCenten: z.number().int().nullable(),
  })
  .meta({ id: 'VerantwoordingsPeriode' });

export const ReportSchema = PeriodSchema.extend({
  waarden: ValuesSchema,
  voorinvulling: ValuesSchema.describe('Wat Naast uit de eigen dossiers berekende toen de periode werd geopend'),
  berichten: z.array(z.object({ id: z.string(), kant: z.enum(['aanbieder', 'gemeente']), tekst: z.string(), geschrevenOp: z.string() })),
  ingediendOp: z.string().nullable(),
  geaccepteerdOp: z.string().nullable(),
  uwKant: z.enum(['aanbieder', 'gemeente']),
  mogelijkeActies: z.array(z.enum(['opslaan', 'indienen', 'vraag_stellen', 'accepteren'])),
}).meta({ id: 'VerantwoordingsRapportage' });

export const periodOut = (p: Period & { state: (typeof SUBMISSION_STATES)[number]; version: number; spendCents: number | null }) => ({
  id: p.id,
  gemeenteCode: p.municipalityCode,
  aanbiederCode: p.providerCode,
  bekostigingsvorm: p.fundingForm,
  vanafDatum: p.from,
  totEnMetDatum: p.to,
  uiterlijkDatum: p.dueOn,
  naam: p.label,
  status: p.state,
  versie: p.version,
  uitgavenCenten: p.spendCents,
});

export const reportOut = (r: Report, side: Side) => ({
  ...periodOut(r),
  waarden: r.values,
  voorinvulling: r.prefill,
  berichten: r.messages.map((m) => ({ id: m.id, kant: m.side, tekst: m.body, geschrevenOp: m.writtenAt })),
  ingediendOp: r.submittedAt,
  geaccepteerdOp: r.acceptedAt,
  uwKant: side,
  mogelijkeActies: allowedActions(r.state, side),
});

