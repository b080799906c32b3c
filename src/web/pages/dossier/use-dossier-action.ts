import { useState } from 'react';
import { ApiError, apiWrite, createIdempotencyKey } from '../../lib/api.ts';
import type { DossierDetail } from '../../lib/types.ts';

export interface ActionCallbacks {
  /** The action went through: re-render from the returned dossier and announce the label. */
  onDone: (dossier: DossierDetail, label: string) => void;
  /** 409: the status no longer allows it or someone acted meanwhile; show it and reload. */
  onConflict: (error: ApiError) => void;
}

const conflictCodes = new Set(['ACTION_NOT_ALLOWED', 'CONFLICT']);

/** Sends one workflow action with the dossier's version, so a stale screen gets 409, not a silent overwrite. */
export function useDossierAction(
  dossier: DossierDetail,
  action: { type: string; label: string },
  callbacks: ActionCallbacks,
) {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function perform(body: Record<string, unknown>) {
    setPending(true);
    setError(undefined);
    try {
      const result = await apiWrite<DossierDetail>(
        'POST',
        `/dossiers/${encodeURIComponent(dossier.code)}/actions`,
        { type: action.type, ...body, expectedVersion: dossier.version },
        createIdempotencyKey(),
      );
      callbacks.onDone(result, action.label);
    } catch (failure) {
      const apiError =
        failure instanceof ApiError ? failure : new ApiError(0, 'INTERNAL', String(failure));
      if (apiError.status === 409 && conflictCodes.has(apiError.code))
        callbacks.onConflict(apiError);
      else setError(apiError);
    } finally {
      setPending(false);
    }
  }

  return { perform, isPending, error, setError };
}

export interface ActionFormProps extends ActionCallbacks {
  dossier: DossierDetail;
  action: { type: string; label: string };
  /** False when the form sits in a disclosure whose summary already shows the label. */
  showTitle?: boolean;
}

/** One entry per non-empty line: reasons and documents are typed one a line. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Optional text fields are left out of the body when blank. */
export function optional(name: string, value: string): Record<string, string> {
  return value.trim() ? { [name]: value.trim() } : {};
}

/** A client-side "field missing" error shaped like the server's VALIDATION_FAILED. */
export function createMissingError(field: string, message: string): ApiError {
  return new ApiError(400, 'VALIDATION_FAILED', message, { fields: [{ field, message }] });
}
