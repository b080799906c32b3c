import { ApiError } from '../lib/api.ts';

/**
 * The server's Vietnamese message near the form. For VALIDATION_FAILED the per-field messages are
 * shown beside the fields; the fields not on screen are listed here so nothing is lost.
 */
export function FormError({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const hidden =
    error instanceof ApiError
      ? (error.details?.fields ?? []).filter((f) => !shownFields.includes(f.field))
      : [];
  const headline =
    error instanceof ApiError &&
    error.code === 'VALIDATION_FAILED' &&
    (error.details?.fields?.length ?? 0) > 0
      ? 'Dữ liệu chưa hợp lệ, vui lòng sửa các trường được đánh dấu.'
      : message;
  return (
    <div className="alert alert-error" role="alert">
      <p>{headline}</p>
      {hidden.length > 0 && (
        <ul>
          {hidden.map((f) => (
            <li key={f.field}>
              {f.field}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A polite status line (success notes, counts); always in the DOM so screen readers hear changes. */
export function StatusMessage({ text, className = '' }: { text: string; className?: string }) {
  return (
    <p className={`status-line ${text ? 'alert alert-success' : ''} ${className}`} role="status">
      {text}
    </p>
  );
}
