import { createContext, type MouseEvent, useContext } from 'react';
import { ApiError } from '../../lib/api.ts';
import { describePath } from './record-paths.ts';

/**
 * The per-field messages of a refused save (`details.fields[].field`, or a rule's single
 * `details.field`), shared through context so each nested editor finds its own by path.
 */
export type FieldErrors = ReadonlyMap<string, string>;

export function collectFieldErrors(error: unknown): FieldErrors {
  const map = new Map<string, string>();
  if (!(error instanceof ApiError) || !error.details) return map;
  const details = error.details as {
    fields?: { field: string; message: string }[];
    field?: string;
  };
  for (const f of details.fields ?? []) {
    if (!map.has(f.field)) map.set(f.field, f.message);
  }
  if (details.field && !map.has(details.field)) map.set(details.field, error.message);
  return map;
}

export const FieldErrorsContext = createContext<FieldErrors>(new Map());

export function useFieldError(path: string): string | undefined {
  return useContext(FieldErrorsContext).get(path);
}

/** Moves focus to the input of a path (inputs carry `data-path`), scrolled into view. */
function focusField(event: MouseEvent, field: string) {
  const input = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(field)}"]`);
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.scrollIntoView({ block: 'center' });
}

/** Every refused field in words, each a link to its input, so nothing is missed in a long form. */
export function ErrorSummary({ error, errors }: { error: unknown; errors: FieldErrors }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const isFieldList =
    error instanceof ApiError && error.code === 'VALIDATION_FAILED' && errors.size > 0;
  return (
    <div className="alert alert-error" role="alert">
      <p>
        {isFieldList
          ? `Chưa lưu được: ${errors.size} trường chưa hợp lệ, đã đánh dấu bên cạnh từng trường.`
          : message}
      </p>
      {isFieldList && (
        <ul>
          {[...errors].map(([field, text]) => (
            <li key={field}>
              <a href={`#${field}`} onClick={(event) => focusField(event, field)}>
                {describePath(field)}
              </a>
              : {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
