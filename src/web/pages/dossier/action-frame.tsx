import { type FormEvent, type ReactNode, useId } from 'react';
import { FormError } from '../../components/form-error.tsx';

interface ActionFrameProps {
  title: string;
  buttonLabel: string;
  isPending: boolean;
  error: unknown;
  shownFields: string[];
  onSubmit: () => void;
  children: ReactNode;
}

/** One action as a small named form (role "form", name = the action's label). */
export function ActionFrame({
  title,
  buttonLabel,
  isPending,
  error,
  shownFields,
  onSubmit,
  children,
}: ActionFrameProps) {
  const headingId = useId();
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="action-form" aria-labelledby={headingId} onSubmit={handleSubmit} noValidate>
      <h3 id={headingId}>{title}</h3>
      <div className="form-grid">{children}</div>
      <FormError error={error} shownFields={shownFields} />
      <button type="submit" className="button-primary" disabled={isPending} aria-busy={isPending}>
        {buttonLabel}
      </button>
    </form>
  );
}
