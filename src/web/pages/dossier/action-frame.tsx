import type { FormEvent, ReactNode } from 'react';
import { ActionError } from './action-error.tsx';

interface ActionFrameProps {
  /** The server's label of the action: the form's accessible name. */
  title: string;
  buttonLabel: string;
  isPending: boolean;
  error: unknown;
  shownFields: string[];
  onSubmit: () => void;
  /** Shown as the form's heading; false inside a disclosure whose summary already names it. */
  showTitle?: boolean;
  /** Context the officer needs before acting (the request being answered…). */
  intro?: ReactNode;
  buttonClassName?: string;
  children?: ReactNode;
}

/** One action as a small named form (role "form", name = the action's label). */
export function ActionFrame({
  title,
  buttonLabel,
  isPending,
  error,
  shownFields,
  onSubmit,
  showTitle = true,
  intro,
  buttonClassName = 'button-primary',
  children,
}: ActionFrameProps) {
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="action-form" aria-label={title} onSubmit={handleSubmit} noValidate>
      {showTitle && <h3>{title}</h3>}
      {intro}
      {children && <div className="form-grid">{children}</div>}
      <ActionError error={error} shownFields={shownFields} />
      <button type="submit" className={buttonClassName} disabled={isPending} aria-busy={isPending}>
        {buttonLabel}
      </button>
    </form>
  );
}
