import { sql } from '../../db/sql.ts';
import { nodemailer } from '../lazy-modules.ts';
import type { Database } from '../../db/client.ts';
import { currentResponses } from './responses.ts';
import { roundMunicipalities } from './summary.ts';
import { listRounds, requireRound, type Round } from './rounds.ts';
import { dutchDate } from './escalations.ts';

export type ReminderKind = 'voor_deadline' | 'na_deadline';

/** From this many days before the deadline a municipality without a submitted answer is reminded. */
export const DAYS_BEFORE_DEADLINE = 5;
/**
 * A reminder after the deadline is sent only this long after it: a run long after a round closed
 * (or on an old database) must not mail every municipality about a round nobody works on any more.
 */
export const DAYS_AFTER_DEADLINE = 30;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Which reminder a round calls for on `today` (a Dutch calendar day), if any. */
export function reminderKind(round: Pick<Round, 'opensOn' | 'deadline'>, today: string): ReminderKind | null {
  if (today < round.opensOn) return null;
  if (today <= round.deadline) return today >= addDays(round.deadline, -DAYS_BEFORE_DEADLINE) ? 'voor_deadline' : null;
  return today <= addDays(round.deadline, DAYS_AFTER_DEADLINE) ? 'na_deadline' : null;
}

const longDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The reminder in plain Dutch: a subject, the e-mail text, and the short in-app message. */
export function reminderMessage(kind: ReminderKind, round: Pick<Round, 'name' | 'deadline'>, municipalityName: string): { subject: string; text: string; inApp: string } {
  const deadline = longDate.format(asDate(round.deadline));
  const before = kind === 'voor_deadline';
  const subject = before
    ? `Herinnering: vul uiterlijk ${shortDate.format(asDate(round.deadline))} de vragenlijst "${round.name}" in`
    : `De deadline is voorbij: vul de vragenlijst "${round.name}" zo snel mogelijk in`;
  const inApp = before
    ? `De gemeente ${municipalityName} heeft de vragenlijst "${round.name}" nog niet ingediend. De deadline is ${deadline}.`
    : `De deadline van de vragenlijst "${round.name}" was ${deadline}. De antwoorden van de gemeente ${municipalityName} zijn nog niet binnen.`;
  const request = before
    ? 'Wilt u de vragenlijst uiterlijk die dag invullen en indienen?'
    : 'Wilt u de vragenlijst zo snel mogelijk invullen en indienen?';
  const text = [
    'Beste collega,',
    '',
    inApp,
    `${request} Dat kan in Naast, onder Monitor.`,
    'Met uw antwoorden zien we hoe ver de afspraken over cliëntondersteuning zijn, in uw gemeente en in het hele land.',
    '',
    'Heeft u een vraag, of lukt het niet op tijd? Laat het ons dan weten.',
    '',
    'Met vriendelijke groet,',
    'Naast, transitiemonitor cliëntondersteuning',
  ].join('\n');
  return { subject, text, inApp };
}

export interface ReminderMail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: ReminderMail): Promise<void>;
  close(): void;
}

/** E-mail through SMTP (nodemailer); the URL carries host, port and any credentials. */
export function smtpMailer(url: string, from = 'naast@localhost'): Mailer {
  const transport = nodemailer().createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

/** The mailer configured by NAAST_SMTP_URL (and NAAST_SMTP_FROM), or null: in-app reminders only. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  return env.NAAST_SMTP_URL ? smtpMailer(env.NAAST_SMTP_URL, env.NAAST_SMTP_FROM || 'naast@localhost') : null;
}

export interface ReminderCounts {
  /** New in-app reminders, per kind and in total. */
  inApp: number;
  beforeDeadline: number;
  afterDeadline: number;
  /** E-mails sent (one per municipality, to all its policy officers) and e-mails that failed. */
  email: number;
  emailFailed: number;
}

/**
 * Reminds every municipality of a round (or of every round) that has not submitted: in-app always,
 * by e-mail when a mailer is given. The primary key of monitor_reminders makes every reminder
 * one-off: a row is claimed before the e-mail goes out, and released again if sending fails so a
 * later run retries.
 */
export async function runReminders(db: Database, options: { now?: Date; roundId?: string | undefined; mailer?: Mailer | null } = {}): Promise<ReminderCounts> {
  const today = dutchDate(options.now ?? new Date());
  const rounds = options.roundId ? [await requireRound(db, options.roundId)] : await listRounds(db);
  const counts: ReminderCounts = { inApp: 0, beforeDeadline: 0, afterDeadline: 0, email: 0, emailFailed: 0 };
  for (const round of rounds) {
    const kind = reminderKind(round, today);
    if (!kind) continue;
    const submitted = new Set((await currentResponses(db, round.id, true)).map((r) => r.municipalityCode));
    const targets = (await roundMunicipalities(db, round)).filter((m) => !submitted.has(m.code));
    if (targets.length === 0) continue;
    const messages = new Map(targets.map((m) => [m.code, reminderMessage(kind, round, m.name)]));
    const values = sql.join(
      targets.map((m) => sql`(${m.code}, ${messages.get(m.code)!.inApp})`),
      sql`, `,
    );
    const created = await db.rows(sql`
      insert into monitor_reminders (round_id, municipality_code, kind, channel, message)
      select ${round.id}, v.code, ${kind}, 'in_app', v.message from (values ${values}) as v (code, message)
      on conflict do nothing returning municipality_code`);
    counts.inApp += created.length;
    counts[kind === 'voor_deadline' ? 'beforeDeadline' : 'afterDeadline'] += created.length;
    if (options.mailer) await sendEmails(db, options.mailer, round, kind, targets.map((m) => m.code), messages, counts);
  }
  return counts;
}

async function sendEmails(
  db: Database,
  mailer: Mailer,
  round: Round,
  kind: ReminderKind,
  codes: string[],
  messages: Map<string, { subject: string; text: string }>,
  counts: ReminderCounts,
): Promise<void> {
  const addresses = await db.rows<{ code: string; emails: string[] }>(sql`
    select g.organisation_code as code, array_agg(distinct u.email) as emails
      from role_assignments g join users u on u.id = g.user_id
     where g.role = 'gemeente-beleid' and g.organisation_kind = 'gemeente' and not u.disabled and coalesce(u.email, '') <> ''
       and g.organisation_code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})
     group by g.organisation_code order by g.organisation_code`);
  for (const { code, emails } of addresses) {
    const message = messages.get(code)!;
    const claimed = await db.rows(sql`
      insert into monitor_reminders (round_id, municipality_code, kind, channel, message)
      values (${round.id}, ${code}, ${kind}, 'email', ${message.text}) on conflict do nothing returning municipality_code`);
    if (claimed.length === 0) continue;
    try {
      await mailer.send({ to: [...emails].sort(), subject: message.subject, text: message.text });
      counts.email++;
    } catch {
      await db.rows(sql`delete from monitor_reminders where round_id = ${round.id} and municipality_code = ${code} and kind = ${kind} and channel = 'email'`);
      counts.emailFailed++;
    }
  }
}

export interface InAppReminder {
  roundId: string;
  roundName: string;
  municipalityCode: string;
  municipalityName: string;
  kind: ReminderKind;
  message: string;
  sentAt: string;
  readAt: string | null;
}

/** In-app reminders, newest first; the caller filters them to the municipalities the user may act for. */
export async function inAppReminders(db: Database, roundId?: string): Promise<InAppReminder[]> {
  const round = roundId ? sql`and n.round_id = ${roundId}` : sql``;
  return db.rows<InAppReminder>(sql`
    select n.round_id as "roundId", r.name as "roundName", n.municipality_code as "municipalityCode", m.name as "municipalityName",
           n.kind, n.message, to_char(n.sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "sentAt",
           to_char(n.read_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "readAt"
      from monitor_reminders n join monitor_rounds r on r.id = n.round_id join municipalities m on m.code = n.municipality_code
     where n.channel = 'in_app' ${round}
     order by n.sent_at desc, r.reference_date desc, m.name collate "C"`);
}
