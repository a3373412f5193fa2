import { useCallback, useEffect, useState } from 'react';
import { getJson } from './client.ts';

export interface Resource<T> {
  /** The last data that arrived; kept while a new request runs, so tables do not flicker. */
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/** Like useApi, but keeps the previous data while re-fetching and can be reloaded after a change. */
export function useResource<T>(path: string | null): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    setLoading(true);
    getJson<T>(path).then(
      (next) => {
        if (!current) return;
        setData(next);
        setError(undefined);
        setLoading(false);
      },
      (failure: Error) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [path, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload };
}
