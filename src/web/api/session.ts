import { useEffect, useSyncExternalStore } from 'react';
import { API, toApiError } from './client.ts';
import type { components } from './generated/openapi.d.ts';

/** A role held for one organisation, as the API writes it (Roltoekenning). */
export type ApiGrant = components['schemas']['Roltoekenning'];
/** The signed-in account (Gebruiker). */
export type User = components['schemas']['Gebruiker'];
type Session = components['schemas']['Sessie'];

export type SessionState =
  | { status: 'unknown' }
  | { status: 'anonymous' }
  | { status: 'signed-in'; user: User; csrfToken: string };

/*
 * The session lives in an HttpOnly cookie the browser sends by itself; the UI only keeps who is signed in
 * and the CSRF token, which every change (PUT, POST, DELETE) must send in the X-CSRF-Token header.
 */
let state: SessionState = { status: 'unknown' };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function csrfToken(): string | undefined {
  return state.status === 'signed-in' ? state.csrfToken : undefined;
}

/** Asks the API who is signed in (GET /sessies/huidige); 401 means nobody. */
export function loadSession(): Promise<void> {
  loading ??= fetch(`${API}/sessies/huidige`, { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) return set({ status: 'anonymous' });
      const body = (await response.json()) as Session;
      set({ status: 'signed-in', user: body.gebruiker, csrfToken: body.csrfToken });
    })
    .catch(() => set({ status: 'anonymous' }))
    .finally(() => {
      loading = null;
    });
  return loading;
}

/**
 * POST /sessies; throws ApiError with the Dutch detail when the name or password is wrong. `code`: from
 * the authenticator app, when the account has (or must set up) a second factor.
 */
/** POST /tweede-factor: starts setting up an authenticator app (the password proves who asks). */
export async function startSecondFactor(username: string, password: string): Promise<components['schemas']['TweedeFactorInstellen']> {
  const response = await fetch(`${API}/tweede-factor`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: username, wachtwoord: password }),
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as components['schemas']['TweedeFactorInstellen'];
}

export async function signIn(username: string, password: string, code?: string): Promise<void> {
  const response = await fetch(`${API}/sessies`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: username, wachtwoord: password, ...(code ? { code } : {}) }),
  });
  if (!response.ok) throw await toApiError(response);
  const body = (await response.json()) as Session;
  set({ status: 'signed-in', user: body.gebruiker, csrfToken: body.csrfToken });
}

export async function signOut(): Promise<void> {
  const token = csrfToken();
  await fetch(`${API}/sessies/huidige`, { method: 'DELETE', headers: token ? { 'x-csrf-token': token } : {} }).catch(() => undefined);
  set({ status: 'anonymous' });
}

/** DELETE /sessies: ends every session of this user (all browsers and devices); returns how many. */
export async function signOutEverywhere(): Promise<number> {
  const token = csrfToken();
  const response = await fetch(`${API}/sessies`, { method: 'DELETE', headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) } });
  if (!response.ok && response.status !== 401) throw await toApiError(response);
  set({ status: 'anonymous' });
  return response.ok ? ((await response.json()) as components['schemas']['SessiesBeeindigd']).beeindigd : 0;
}

/** Call after a 401 on a change: the session has ended (expired or signed out elsewhere). */
export function sessionEnded(): void {
  set({ status: 'anonymous' });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Who is signed in; fetched once when a component first asks. */
export function useSession(): SessionState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (state.status === 'unknown') void loadSession();
  }, []);
  return current;
}
