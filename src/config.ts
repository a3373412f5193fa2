import path from 'node:path';
import { readOidcConfig, type OidcConfig } from './services/identity/oidc-config.ts';

/** Runtime configuration, read once from the environment (see README "Configuratie"). */
export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server URL; when absent the embedded PGlite engine is used. */
  databaseUrl: string | undefined;
  /** PGlite data folder (ignored when databaseUrl is set). */
  dataDir: string;
  logLevel: string;
  /** Folder with the production build of the web UI. */
  webDir: string;
  /** 'production' unless NODE_ENV says otherwise; development relaxes Secure cookies later on. */
  environment: 'production' | 'development' | 'test';
  /** Sign-in through an OpenID Connect provider; null when NAAST_OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
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
    dataDir: path.resolve(env.NAAST_DATA_DIR ?? path.join(projectRoot, 'data', 'db')),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(env.NAAST_WEB_DIR ?? path.join(projectRoot, 'dist', 'web')),
    environment,
    oidc: readOidcConfig(env, port),
  };
}
