import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { SMTPServer } from 'smtp-server';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { insertSubmittedResponses } from '../../src/services/monitor/responses.ts';
import { reminderKind, runReminders, smtpMailer } from '../../src/services/monitor/reminders.ts';
import type { Answers } from '../../src/domain/monitor/questionnaire.ts';

interface Captured {
  from: string;
  to: string[];
  subject: string;
}

/** Decodes RFC 2047 encoded words (nodemailer encodes long or non-ASCII subjects). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

/** A real SMTP server on a free loopback port that keeps every message it receives. */
async function captureSmtp(): Promise<{ url: string; messages: Captured[]; close(): Promise<void> }> {
  const messages: Captured[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        const headers = raw.split(/\r\n\r\n/)[0]!.replace(/\r\n(?=[ \t])/g, '');
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address).sort(),
          subject: decodeHeader(/^Subject: (.*)$/m.exec(headers)?.[1] ?? ''),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const answers: Answers = { stage: 'college', requirements: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { answer: 'ja', explanation: '' }])), budgetMee2015Cents: null, otherProviders: ['AMW'], freeText: '' };

describe('when a round calls for a reminder', () => {
  const round = { opensOn: '2014-09-17', deadline: '2014-10-08' };
  it('reminds from five days before the deadline, and for a month after it', () => {
    expect(['2014-09-01', '2014-10-02', '2014-10-03', '2014-10-08', '2014-10-09', '2014-11-07', '2014-11-08'].map((d) => reminderKind(round, d))).toEqual([
      null, null, 'voor_deadline', 'voor_deadline', 'na_deadline', 'na_deadline', null,
    ]);
  });
});

describe.each(testEngines)('reminders on %s', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof captureSmtp>>;
  let ministry: SignedIn;
  let utrecht: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    smtp = await captureSmtp();
    const db = t.test.db;
    const policy = (name: string, email: string, code: string, disabled = false) =>
      createUser(db, { username: name, displayName: name, email, grants: [grant('gemeente-beleid', 'gemeente', code)] }).then(async (u) => {
        if (disabled) await db.rows(sql`update users set disabled = true where id = ${u.id}`);
      });
    await policy('beleid-utrecht', 'beleid@utrecht.nl', 'utrecht');
    await policy('wmo-utrecht', 'wmo@utrecht.nl', 'utrecht');
    await policy('oud-utrecht', 'oud@utrecht.nl', 'utrecht', true);
    await policy('beleid-beek', 'beleid@beek.nl', 'beek-l');
    await createUser(db, { username: 'ministerie', displayName: 'Ministerie', email: 'monitor@minvws.nl', grants: [grant('landelijk', 'landelijk', 'nl')] });
    // Beek (L.) has answered round 2014-10: no reminder for that round.
    await insertSubmittedResponses(db, '2014-10', [{ municipalityCode: 'beek-l', answers, warnings: [] }], 'gemeente', null);
    ministry = await signIn(db, [grant('landelijk', 'landelijk', 'nl')]);
    utrecht = await signIn(db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
  });
  afterAll(async () => {
    await smtp?.close();
    await t?.close();
  });

  it('reminds every municipality without a submitted answer in-app, mails its policy officers in Dutch, and never twice', async () => {
    const mailer = smtpMailer(smtp.url, 'monitor@naast.test');
    const run = (day: string) => runReminders(t.test.db, { now: new Date(`${day}T09:00:00Z`), roundId: '2014-10', mailer });
    expect(await run('2014-10-01')).toMatchObject({ inApp: 0, email: 0 });
    expect(await run('2014-10-05')).toEqual({ inApp: 402, beforeDeadline: 402, afterDeadline: 0, email: 1, emailFailed: 0 });
    expect(smtp.messages).toEqual([
      { from: 'monitor@naast.test', to: ['beleid@utrecht.nl', 'wmo@utrecht.nl'], subject: 'Herinnering: vul uiterlijk 8 oktober 2014 de vragenlijst "Meting 1 oktober 2014" in' },
    ]);
    expect(await run('2014-10-06')).toEqual({ inApp: 0, beforeDeadline: 0, afterDeadline: 0, email: 0, emailFailed: 0 });
    expect(smtp.messages).toHaveLength(1);

    expect(await run('2014-10-09')).toMatchObject({ inApp: 402, afterDeadline: 402, email: 1 });
    expect(smtp.messages[1]!.subject).toBe('De deadline is voorbij: vul de vragenlijst "Meting 1 oktober 2014" zo snel mogelijk in');
    expect(await run('2014-10-10')).toMatchObject({ inApp: 0, email: 0 });
    expect(smtp.messages).toHaveLength(2);
    mailer.close();
    const [stored] = await t.test.db.rows<{ message: string }>(sql`
      select message from monitor_reminders where round_id = '2014-10' and municipality_code = 'utrecht' and kind = 'voor_deadline' and channel = 'in_app'`);
    expect(stored!.message).toBe('De gemeente Utrecht heeft de vragenlijst "Meting 1 oktober 2014" nog niet ingediend. De deadline is woensdag 8 oktober 2014.');
  });

  it('releases an e-mail that could not be sent, so a later run tries again', async () => {
    const down = smtpMailer('smtp://127.0.0.1:1');
    const counts = await runReminders(t.test.db, { now: new Date('2014-04-07T09:00:00Z'), roundId: '2014-04', mailer: down });
    down.close();
    expect(counts).toMatchObject({ inApp: 403, email: 0, emailFailed: 2 });
    const [{ n }] = (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from monitor_reminders where round_id = '2014-04' and channel = 'email'`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('runs through the API with the SMTP server from NAAST_SMTP_URL, and shows users only their own in-app reminders', async () => {
    process.env.NAAST_SMTP_URL = smtp.url;
    try {
      const post = () => t.app.inject({ method: 'POST', url: '/api/v1/monitor/herinneringen', headers: ministry.headers, payload: { rondeId: '2014-11', datum: '2014-11-06' } });
      const first = await post();
      expect(first.json()).toEqual({ meldingen: 403, voorDeadline: 403, naDeadline: 0, emails: 2, emailsMislukt: 0 });
      expect(smtp.messages.slice(2).map((m) => m.to)).toEqual([['beleid@beek.nl'], ['beleid@utrecht.nl', 'wmo@utrecht.nl']]);
      expect(smtp.messages[2]!.from).toBe('naast@localhost');
      expect((await post()).json()).toMatchObject({ meldingen: 0, emails: 0 });
      expect(smtp.messages).toHaveLength(4);
    } finally {
      delete process.env.NAAST_SMTP_URL;
    }
    const own = (await t.app.inject({ method: 'GET', url: '/api/v1/monitor/meldingen', headers: utrecht.headers })).json();
    expect(own.map((n: { gemeente: { code: string } }) => n.gemeente.code)).toEqual(Array(own.length).fill('utrecht'));
    expect(own.map((n: { ronde: { id: string }; soort: string }) => `${n.ronde.id} ${n.soort}`).sort()).toEqual(['2014-04 voor_deadline', '2014-10 na_deadline', '2014-10 voor_deadline', '2014-11 voor_deadline']);
    const national = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/meldingen?rondeId=2014-11', headers: ministry.headers });
    expect(national.json()).toHaveLength(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/monitor/herinneringen', headers: utrecht.headers, payload: {} })).statusCode).toBe(403);
  });
});
