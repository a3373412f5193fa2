import { useCallback, useEffect, useState } from 'react';
import { API, toApiError } from '../../api/client.ts';
import type { Resource } from '../../api/useResource.ts';

/**
 * Like useResource, but also keeps the version the server sent (ETag), so a change can send If-Match
 * and never overwrites what someone else saved in the meantime.
 */
export function useVersioned<T>(path: string | null): Resource<T> & { etag: string | null } {
  const [state, setState] = useState<{ data?: T; etag: string | null; error?: Error }>({ etag: null });
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    setLoading(true);
    (async () => {
      const response = await fetch(`${API}${path}`, { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (!response.ok) throw await toApiError(response);
      return { data: (await response.json()) as T, etag: response.headers.get('etag') };
    })().then(
      (next) => current && (setState(next), setLoading(false)),
      (error: Error) => current && (setState((s) => ({ ...s, error })), setLoading(false)),
    );
    return () => {
      current = false;
    };
  }, [path, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, etag: state.etag, error: state.error, loading, reload };
}
