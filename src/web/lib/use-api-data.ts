import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from './api.ts';

type Query = Parameters<typeof apiGet>[1];

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
  setData: (data: T) => void;
}

/**
 * Loads `path` (null = nothing to load) and reloads when the path or query changes. A newer request
 * aborts the older one, so a slow answer never overwrites a fresh one.
 */
export function useApiData<T>(path: string | null, query?: Query): ApiData<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [isLoading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const queryKey = JSON.stringify(query ?? {});

  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey stands for query; generation forces a reload
  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    apiGet<T>(path, JSON.parse(queryKey), controller.signal).then(
      (result) => {
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(
          failure instanceof ApiError ? failure : new ApiError(0, 'INTERNAL', String(failure)),
        );
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, queryKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, isLoading, reload, setData };
}
