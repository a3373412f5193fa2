import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { ANONYMISED, DEFAULT_RETENTION_YEARS, type IsoDate } from '../../domain/cases/index.ts';
import { recordAudit } from '../audit/log.ts';
import { pseudonymise } from '../audit/pseudonym.ts';
import { dutchDate } from '../monitor/escalations.ts';
import { txRows } from './store.ts';

/**
 * Retention (bewaartermijn, domain retention.ts): a case closed longer than the retention period ago
 * loses everything that points to a person — the client's name, contact details, network,
 * representative and consents, the BSN, the text of notes, referrals and objections, and the name of
 * a MEE supporter — in set-based statements, all in one transaction. What accountability counts
 * stays: questions, steps and dates, self-direction, life domains, age category, target groups.
 * The audit log gets one row per case, under the client's pseudonym only.
 */
export interface RetentionSettings {
  years: number;
  intervalHours: number;
}

function positive(value: string | undefined, fallback: number, name: string, integer: boolean): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n))) throw new Error(`${name} moet een ${integer ? 'geheel ' : ''}getal groter dan 0 zijn, niet "${value}".`);
  return n;
}

export function retentionSettings(env: NodeJS.ProcessEnv = process.env): RetentionSettings {
  return {
    years: positive(env.NAAST_RETENTION_YEARS, DEFAULT_RETENTION_YEARS, 'NAAST_RETENTION_YEARS', true),
    intervalHours: positive(env.NAAST_RETENTION_INTERVAL_HOURS, 24, 'NAAST_RETENTION_INTERVAL_HOURS', false),
  };
}

/** Closed, not yet anonymised, and closed on or before `today` minus the period (29 February → 28 February, as the domain). */
const due = (today: IsoDate, years: number): SQL =>
  sql`select id from cases where anonymised_at is null and closed_on is not null and (closed_on + make_interval(years => ${years}::int))::date <= ${today}::date`;

/** Anonymises every case that is due; returns how many. */
export async function anonymiseDueCases(db: Database, options: { today?: IsoDate; years?: number } = {}): Promise<number> {
  const today = options.today ?? dutchDate(new Date());
  const years = options.years ?? retentionSettings().years;
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`De bewaartermijn moet een geheel aantal jaren ≥ 1 zijn (gekregen: ${years}).`);
  const ids = await db.orm.transaction(async (tx) => {
    const set = due(today, years);
    await tx.execute(sql`update case_notes set body = '' where case_id in (${set})`);
    await tx.execute(sql`update case_referrals set reason = '', outcome_note = '' where case_id in (${set})`);
    await tx.execute(sql`update case_objections set subject = ${ANONYMISED}, outcome_note = '' where case_id in (${set})`);
    await tx.execute(sql`update case_mee_transitions set mee_supporter_name = ${ANONYMISED} where case_id in (${set})`);
    const rows = await txRows<{ id: string }>(
      tx,
      sql`update cases set
        client_name = ${ANONYMISED}, bsn = null,
        client = jsonb_build_object('name', ${ANONYMISED}::text, 'phone', null, 'email', null, 'address', null,
          'targetGroups', coalesce(client -> 'targetGroups', '[]'::jsonb), 'network', '[]'::jsonb, 'representative', null, 'consents', '[]'::jsonb,
          'informalSupporters', (select coalesce(jsonb_agg(s || jsonb_build_object('name', ${ANONYMISED}::text, 'phone', null)), '[]'::jsonb)
                                   from jsonb_array_elements(coalesce(client -> 'informalSupporters', '[]'::jsonb)) s)),
        aggregate = jsonb_set(aggregate, '{replacementRequests}',
          (select coalesce(jsonb_agg(r - 'reason'), '[]'::jsonb) from jsonb_array_elements(coalesce(aggregate -> 'replacementRequests', '[]'::jsonb)) r)),
        anonymised_at = now(), updated_at = now(), version = version + 1
       where id in (${set}) returning id::text as id`,
    );
    return rows.map((r) => r.id);
  });
  if (ids.length > 0) {
    const entries = await Promise.all(
      ids.map(async (id) => ({
        actorUserId: null,
        actorRole: null,
        actorOrganisation: null,
        dataSubject: await pseudonymise(db, 'client', id),
        activity: 'dossier',
        purpose: `bewaartermijn van ${years} jaar verstreken: geanonimiseerd (AVG art. 5 lid 1 onder e)`,
        action: 'verwijderen' as const,
        outcome: 'toegestaan' as const,
        requestId: null,
        traceId: null,
      })),
    );
    await recordAudit(db, entries);
  }
  return ids.length;
}

/**
 * The scheduled job: runs shortly after start and then every `intervalHours`, never two at once.
 * Why a timer and not pg-boss: pg-boss keeps its queue in a PostgreSQL server, and the embedded
 * engine (PGlite) has none; a later step can move this to pg-boss when DATABASE_URL is set. Running
 * twice is harmless: a case that is anonymised is no longer due.
 */
export function startRetentionJob(
  db: Database,
  settings: RetentionSettings,
  log: { info(msg: string): void; error(msg: string): void },
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = anonymiseDueCases(db, { years: settings.years })
      .then((n) => (n > 0 ? log.info(`bewaartermijn: ${n} dossiers geanonimiseerd`) : undefined))
      .catch((err: unknown) => log.error(`bewaartermijn: anonimiseren mislukt: ${(err as Error).message}`))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, 5_000);
  const every = setInterval(run, Math.min(2 ** 31 - 1, Math.max(1_000, settings.intervalHours * 3_600_000)));
  first.unref();
  every.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
