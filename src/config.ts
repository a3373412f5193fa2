import path from 'node:path';
import { readOidcConfig, type OidcConfig } from './services/identity/oidc-config.ts';
import { DEFAULT_TIMEOUTS, type DatabaseTimeouts } from './db/client.ts';

/** Runtime configuration, read once from the environment (see README "Configuratie"). */
export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server URL; when absent the embedded PGlite engine is used. */
  databaseUrl: string | undefined;
  /**
   * A PostgreSQL read replica (streaming standby) for reads that may be a little stale: dashboards,
   * reports, the public social map (src/db/replica.ts, docs/scaling.md). Absent: everything on databaseUrl.
   */
  databaseReadUrl: string | undefined;
  /** Replay lag (ms) above which stale-tolerant reads go back to the primary (NAAST_DB_READ_MAX_LAG_MS). */
  readMaxLagMs: number;
  /** PGlite data folder (ignored when databaseUrl is set). */
  dataDir: string;
  logLevel: string;
  /** Folder with the production build of the web UI. */
  webDir: string;
  /** 'production' unless NODE_ENV says otherwise; development relaxes Secure cookies later on. */
  environment: 'production' | 'development' | 'test';
  /** Sign-in through an OpenID Connect provider; null when NAAST_OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
  /** Time limits on the PostgreSQL server (NAAST_DB_*_TIMEOUT_MS); PGlite ignores them. */
  dbTimeouts: DatabaseTimeouts;
}

export const projectRoot = path.resolve(new URL('..', import.meta.url).pathname);

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT moet een poortnummer zijn (0–65535), niet "${env.PORT}".`);
  }
  const environment = env.NODE_ENV === 'development' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'production';
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    // A replica without a primary server makes no sense: PGlite has no replicas.
    databaseReadUrl: (env.DATABASE_URL && env.DATABASE_READ_URL) || undefined,
    readMaxLagMs: milliseconds(env, 'NAAST_DB_READ_MAX_LAG_MS', 30_000),
    dataDir: path.resolve(env.NAAST_DATA_DIR ?? path.join(projectRoot, 'data', 'db')),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(env.NAAST_WEB_DIR ?? path.join(projectRoot, 'dist', 'web')),
    environment,
    oidc: readOidcConfig(env, port),
    dbTimeouts: {
      connectMs: milliseconds(env, 'NAAST_DB_CONNECT_TIMEOUT_MS', DEFAULT_TIMEOUTS.connectMs),
      statementMs: milliseconds(env, 'NAAST_DB_STATEMENT_TIMEOUT_MS', DEFAULT_TIMEOUTS.statementMs),
      lockMs: milliseconds(env, 'NAAST_DB_LOCK_TIMEOUT_MS', DEFAULT_TIMEOUTS.lockMs),
      idleInTransactionMs: milliseconds(env, 'NAAST_DB_IDLE_TX_TIMEOUT_MS', DEFAULT_TIMEOUTS.idleInTransactionMs),
    },
  };
}

/** A whole number of milliseconds (0 = no limit) from the environment, or the default when unset. */
function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} moet een heel aantal milliseconden zijn (0 of meer), niet "${raw}".`);
  return value;
}
