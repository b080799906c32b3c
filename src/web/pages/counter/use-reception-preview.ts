import { useEffect, useRef, useState } from 'react';
import { ApiError, apiWrite } from '../../lib/api.ts';
import type { Channel, UnitRef } from '../../lib/types.ts';
import type { CounterPreview } from './intake-types.ts';

export interface UnitChoice {
  /** The request field the server asks for: competentUnitCode or receivingUnitCode. */
  field: string;
  options: UnitRef[];
}

interface PreviewInput {
  procedureCode: string | null;
  channel: Channel;
  /** The unit the officer picked from the last choice offered ('' = none yet). */
  chosenUnit: string;
}

/**
 * Asks the server for the appointment as soon as procedure and channel are known. When several
 * agencies could be competent, the server answers 422 RULE_VIOLATED with `details.options`: the
 * officer then picks one and the preview runs again.
 */
export function useReceptionPreview({ procedureCode, channel, chosenUnit }: PreviewInput) {
  const [preview, setPreview] = useState<CounterPreview | null>(null);
  const [error, setError] = useState<ApiError>();
  const [choice, setChoice] = useState<UnitChoice | null>(null);
  const [isLoading, setLoading] = useState(false);
  const choiceField = useRef<string | null>(null);
  const lastProcedure = useRef<string | null>(null);

  useEffect(() => {
    setPreview(null);
    setError(undefined);
    if (lastProcedure.current !== procedureCode) {
      lastProcedure.current = procedureCode;
      choiceField.current = null;
      setChoice(null);
    }
    if (!procedureCode) return;
    let isCurrent = true;
    const body: Record<string, string> = { procedureCode, channel };
    if (choiceField.current && chosenUnit) body[choiceField.current] = chosenUnit;
    setLoading(true);
    apiWrite<CounterPreview>('POST', '/dossiers/preview', body)
      .then(
        (result) => {
          if (isCurrent) setPreview(result);
        },
        (failure: unknown) => {
          if (!isCurrent) return;
          const options = failure instanceof ApiError ? failure.details?.options : undefined;
          if (failure instanceof ApiError && failure.code === 'RULE_VIOLATED' && options?.length) {
            choiceField.current = failure.details?.field ?? 'competentUnitCode';
            setChoice({ field: choiceField.current, options });
          } else {
            setError(
              failure instanceof ApiError ? failure : new ApiError(0, 'INTERNAL', String(failure)),
            );
          }
        },
      )
      .finally(() => {
        if (isCurrent) setLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, [procedureCode, channel, chosenUnit]);

  return { preview, error, choice, isLoading };
}
