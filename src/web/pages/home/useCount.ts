import { useEffect, useState } from 'react';
import { API, toApiError } from '../../api/client.ts';

export type Count = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ok'; count: number };

/**
 * How many results a paged list of the API has, from its X-Total-Count header: asks for one row only,
 * so the start page shows a number without loading the list itself.
 */
export function useCount(path: string): Count {
  const [count, setCount] = useState<Count>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    const separator = path.includes('?') ? '&' : '?';
    fetch(`${API}${path}${separator}paginaGrootte=1`, { headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw await toApiError(response);
        return Number(response.headers.get('x-total-count') ?? 0);
      })
      .then(
        (n) => current && setCount({ state: 'ok', count: n }),
        (error: Error) => current && setCount({ state: 'error', error }),
      );
    return () => {
      current = false;
    };
  }, [path]);
  return count;
}
