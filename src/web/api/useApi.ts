import { useEffect, useState } from 'react';
import { getJson } from './client.ts';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ok'; data: T };

/** Fetches a GET resource of the API; re-fetches when the path changes. */
export function useApi<T>(path: string | null): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return;
    let current = true;
    setResult({ state: 'loading' });
    getJson<T>(path).then(
      (data) => current && setResult({ state: 'ok', data }),
      (error: Error) => current && setResult({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return result;
}
