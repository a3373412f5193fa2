import { z } from 'zod';
import { ClaimMappingSchema, type ClaimMapping } from './oidc-mapping.ts';

export const DEFAULT_OIDC_NAME = 'Inloggen met uw organisatie-account';
export const DEFAULT_OIDC_SCOPES = 'openid profile email';
export const OIDC_CALLBACK_PATH = '/api/v1/oidc/terugkeer';

/** Sign-in through an OpenID Connect provider (the municipality's own, or a DigiD/eHerkenning broker). */
export interface OidcConfig {
  /** Issuer identifier; its /.well-known/openid-configuration is read on first use. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; must be registered at the provider. */
  redirectUri: URL;
  scopes: string;
  /** Label of the sign-in button. */
  name: string;
  mapping: ClaimMapping;
}

export class OidcConfigError extends Error {}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http leaks codes and tokens; it is only acceptable on this machine (development, tests). */
const secureUrl = (variable: string) =>
  z
    .string({ error: `${variable} ontbreekt.` })
    .trim()
    .pipe(z.url({ error: `${variable} is geen geldige URL.` }))
    .transform((value) => new URL(value))
    .refine((url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)), {
      error: `${variable} moet https gebruiken (http mag alleen op localhost).`,
    });

function envSchema(port: number) {
  return z.object({
    NAAST_OIDC_ISSUER: secureUrl('NAAST_OIDC_ISSUER'),
    NAAST_OIDC_CLIENT_ID: z.string({ error: 'NAAST_OIDC_CLIENT_ID ontbreekt.' }).trim().min(1, 'NAAST_OIDC_CLIENT_ID is leeg.'),
    NAAST_OIDC_CLIENT_SECRET: z.string({ error: 'NAAST_OIDC_CLIENT_SECRET ontbreekt.' }).min(1, 'NAAST_OIDC_CLIENT_SECRET is leeg.'),
    NAAST_OIDC_REDIRECT_URI: secureUrl('NAAST_OIDC_REDIRECT_URI').prefault(`http://localhost:${port}${OIDC_CALLBACK_PATH}`),
    NAAST_OIDC_SCOPES: z
      .string()
      .trim()
      .default(DEFAULT_OIDC_SCOPES)
      .refine((s) => s.split(/\s+/).includes('openid'), 'NAAST_OIDC_SCOPES moet de scope "openid" bevatten.'),
    NAAST_OIDC_NAME: z.string().trim().min(1).max(100).default(DEFAULT_OIDC_NAME),
  });
}

/** The claim mapping from NAAST_OIDC_CLAIM_MAPPING (JSON); defaults when unset. */
export function parseClaimMapping(json: string | undefined): ClaimMapping {
  let value: unknown = {};
  if (json?.trim()) {
    try {
      value = JSON.parse(json);
    } catch {
      throw new OidcConfigError('NAAST_OIDC_CLAIM_MAPPING is geen geldige JSON.');
    }
  }
  // Dutch messages also when the CLI has not loaded the server (which sets the locale globally).
  const result = ClaimMappingSchema.safeParse(value, { error: z.locales.nl().localeError });
  if (!result.success) throw new OidcConfigError(`NAAST_OIDC_CLAIM_MAPPING klopt niet: ${describe(result.error)}`);
  return result.data;
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * The OIDC configuration from the environment, or null when NAAST_OIDC_ISSUER is unset (OIDC off).
 * Throws an OidcConfigError with a Dutch message naming the variable, so a wrong setting stops
 * the server at start instead of at the first sign-in.
 */
export function readOidcConfig(env: NodeJS.ProcessEnv, port: number): OidcConfig | null {
  if (!env.NAAST_OIDC_ISSUER?.trim()) return null;
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema(port).safeParse(set, { error: z.locales.nl().localeError });
  if (!parsed.success) throw new OidcConfigError(`De OIDC-configuratie klopt niet: ${parsed.error.issues.map((i) => i.message).join(' ')}`);
  const e = parsed.data;
  return {
    issuer: e.NAAST_OIDC_ISSUER,
    clientId: e.NAAST_OIDC_CLIENT_ID,
    clientSecret: e.NAAST_OIDC_CLIENT_SECRET,
    redirectUri: e.NAAST_OIDC_REDIRECT_URI,
    scopes: e.NAAST_OIDC_SCOPES.split(/\s+/).join(' '),
    name: e.NAAST_OIDC_NAME,
    mapping: parseClaimMapping(env.NAAST_OIDC_CLAIM_MAPPING),
  };
}
