import { useCallback, useState } from 'react';
import { ApiError, createIdempotencyKey } from './api.ts';

export interface Submission {
  isPending: boolean;
  error: ApiError | undefined;
  /** Runs one user submission with a fresh Idempotency-Key; resolves undefined on failure. */
  submit: <T>(write: (key: string) => Promise<T>) => Promise<T | undefined>;
  clearError: () => void;
}

export function useSubmission(): Submission {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = useCallback(async <T>(write: (key: string) => Promise<T>) => {
    setPending(true);
    setError(undefined);
    try {
      return await write(createIdempotencyKey());
    } catch (failure) {
      setError(
        failure instanceof ApiError ? failure : new ApiError(0, 'INTERNAL', String(failure)),
      );
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(undefined), []);
  return { isPending, error, submit, clearError };
}
