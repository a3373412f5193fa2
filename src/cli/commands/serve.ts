import { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openReadyDatabase } from '../../db/index.ts';
import { buildServer } from '../../api/server.ts';
import { t } from '../i18n.ts';
import { loadDemoUsers } from '../../services/identity/demo.ts';
import { loadDemoMeeMonitor, loadDemoMonitor } from '../../services/monitor/demo.ts';
import { loadDemoAccountability } from '../../services/accountability/demo.ts';
import { loadDemoPolicy } from '../../services/policy/demo.ts';
import { loadDemoSocialMap } from '../../services/socialmap/demo.ts';
import { retentionSettings } from '../../services/cases/retention.ts';
import { startJobRunner } from '../../services/jobs/runner.ts';
import { retentionJob } from '../../services/jobs/retention-job.ts';
import { waitForDatabase } from '../../db/wait.ts';
import { openStaleReader } from '../../db/replica.ts';
import { classifyDatabaseError } from '../../db/faults.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description(t('cmd.serve'))
    .option('-p, --port <poort>', t('cmd.serve.port'))
    .option('--demo', t('option.demo'))
    .action(async (options: { port?: string; demo?: boolean }) => {
      const config = readConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      await serve(config, options.demo === true || process.env.NAAST_DEMO === '1');
    });
}

async function serve(config: ReturnType<typeof readConfig>, demo: boolean): Promise<void> {
  const logger = { level: config.logLevel };
  installSafetyNet();
  // The database may start after us (or be restarting): wait for it with backoff instead of exiting.
  const { db, schemaVersion } = await waitForDatabase(() => openReadyDatabase(config, { onProgress: (m) => process.stderr.write(`${m}\n`) }), {
    log: (line) => process.stderr.write(`${line}\n`),
    giveUpAfterMs: startupWaitMs(),
  });
  if (demo) {
    const created = await loadDemoUsers(db);
    if (created.length) process.stderr.write(`Demogebruikers aangemaakt: ${created.join(', ')} (wachtwoord: zie README)\n`);
    const responses = await loadDemoMonitor(db);
    if (responses) process.stderr.write(`Demo-antwoorden transitiemonitor geladen: ${responses}\n`);
    const meeEntries = await loadDemoMeeMonitor(db);
    if (meeEntries) process.stderr.write(`Demo-MEE-monitor van 1 oktober 2014 geladen: ${meeEntries} gemeenten\n`);
    const accountabilityCases = await loadDemoAccountability(db);
    if (accountabilityCases) process.stderr.write(`Demo-verantwoording geladen: ${accountabilityCases} dossiers, periode Utrecht 2015\n`);
    const socialMapServices = await loadDemoSocialMap(db);
    if (socialMapServices) process.stderr.write(`Demo-sociale kaart geladen: Utrecht, ${socialMapServices} diensten\n`);
    if (await loadDemoPolicy(db)) process.stderr.write('Demo-afwegingskader cliëntondersteuning geladen: Utrecht\n');
  }
  // Stale-tolerant reads on a read replica (issue 23 §5); its own failures only send reads back to db.
  const readDb = config.databaseReadUrl
    ? await openStaleReader(db, config.databaseReadUrl, { maxLagMs: config.readMaxLagMs, timeouts: config.dbTimeouts, log: (m) => process.stderr.write(`${m}\n`) })
    : undefined;
  const app = await buildServer({ db, readDb, webDir: config.webDir, logger, development: config.environment !== 'production', oidc: config.oidc });
  // Scheduled jobs (pg-boss on both engines, docs/decisions/0008): retention (bewaartermijn) daily.
  // On close (SIGTERM/SIGINT below) running jobs finish first, then the database closes.
  const log = { info: (m: string) => app.log.info(m), error: (m: string) => app.log.error(m) };
  // The runner starts after the server listens: pg-boss checks its schema first, and a daily job
  // has no reason to delay the first answer (cold start, docs/performance.md).
  let jobs: Promise<Awaited<ReturnType<typeof startJobRunner>> | null> = Promise.resolve(null);
  // A database that is away when the runner starts is tried again with backoff (issue 18 §1); closing
  // ends the wait at once, so a shutdown never waits for a database that does not come.
  let closing = false;
  let wake = () => undefined as void;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  app.addHook('onClose', async () => {
    closing = true;
    wake();
    await (await jobs)?.stop();
    await readDb?.close();
    await db.close();
  });
  await app.listen({ port: config.port, host: config.host });
  const startJobs = () => (closing ? Promise.resolve(null) : startJobRunner(db, [retentionJob(db, retentionSettings(), log)], { databaseUrl: config.databaseUrl, log }));
  jobs = waitForDatabase(startJobs, { log: (line) => log.error(`Geplande taken: ${line}`), sleep: pause }).catch((err: unknown) => {
    log.error(`Geplande taken konden niet starten: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stderr.write(`${t('serve.listening', { url: `http://localhost:${port}`, engine: db.engine, version: schemaVersion })}\n`);

  // Graceful shutdown: stop accepting, finish in-flight requests, then close the database
  // (PGlite flushes its data folder on close, so the data survives SIGTERM).
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${t('serve.stopping')} (${signal})\n`);
    const forced = setTimeout(() => process.exit(1), 15_000);
    forced.unref();
    app.close().then(
      () => {
        process.stderr.write(`${t('serve.stopped')}\n`);
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  await new Promise(() => undefined); // serve until a signal arrives
}

/** NAAST_DB_STARTUP_WAIT_MS: how long start-up waits for the database (default: for ever, 0 = for ever). */
function startupWaitMs(): number {
  const value = Number(process.env.NAAST_DB_STARTUP_WAIT_MS ?? 0);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * The last resort, not the fix (every pg connection has its own error listener: src/db/client.ts,
 * activities/sinks.ts, backup): a database fault that still escapes somewhere is logged and the server
 * goes on; any other unexpected error keeps Node's behaviour (log, exit 1), since the state is unknown.
 */
function installSafetyNet(): void {
  const handle = (kind: string) => (err: unknown) => {
    const fault = classifyDatabaseError(err);
    const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    if (fault) {
      process.stderr.write(`Databasefout buiten een verzoek opgevangen (${kind}, ${fault}): ${text}\n`);
      return;
    }
    process.stderr.write(`Onverwachte fout (${kind}), de server stopt: ${err instanceof Error ? (err.stack ?? text) : text}\n`);
    process.exit(1);
  };
  process.on('unhandledRejection', handle('unhandledRejection'));
  process.on('uncaughtException', handle('uncaughtException'));
}
