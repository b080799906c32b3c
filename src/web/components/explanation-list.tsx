import type { ExplanationItem } from '../lib/types.ts';

/** Why the due date is what it is: the days skipped and the rules applied, in order. */
export function ExplanationList({
  items,
  label = 'Vì sao hạn là ngày này?',
}: {
  items: ExplanationItem[] | null;
  label?: string;
}) {
  if (!items || items.length === 0) return null;
  return (
    <details className="explanation" open>
      <summary>{label}</summary>
      <ol>
        {items.map((item) => (
          <li
            key={`${item.kind}-${item.from ?? ''}-${item.to ?? ''}-${item.text}`}
            className={`explain-${item.kind}`}
          >
            {item.text}
          </li>
        ))}
      </ol>
    </details>
  );
}
