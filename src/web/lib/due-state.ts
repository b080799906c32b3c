import { useEffect, useState } from 'react';
import { apiGet } from './api.ts';
import { addDays, getTodayVn, toVnParts } from './dates.ts';
import type { CalendarDay, DossierView } from './types.ts';

export type DueState = 'overdue' | 'due_soon' | 'on_track' | 'closed';

let cachedThreshold: { day: string; at: number } | null = null;

/**
 * The instant one working day from now (same time on the next working day, by the province
 * calendar): a dossier due before it is "due soon". Falls back to 24 hours if the calendar fails.
 */
export function useDueSoonThreshold(): number {
  const today = getTodayVn();
  const [threshold, setThreshold] = useState(() =>
    cachedThreshold?.day === today ? cachedThreshold.at : Date.now() + 86_400_000,
  );
  useEffect(() => {
    if (cachedThreshold?.day === today) return;
    apiGet<CalendarDay[]>('/calendar/days', { from: today, to: addDays(today, 21) }).then(
      (days) => {
        const next = days.find((d) => d.date > today && d.working);
        if (!next) return;
        const p = toVnParts(Date.now());
        const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
        const at = Date.parse(`${next.date}T${time}:00+07:00`);
        cachedThreshold = { day: today, at };
        setThreshold(at);
      },
      () => undefined,
    );
  }, [today]);
  return threshold;
}

/** Overdue, due within one working day, or fine; closed dossiers are not flagged. */
export function getDueState(
  dossier: DossierView,
  soonThreshold: number,
  now = Date.now(),
): DueState {
  if (dossier.resolvedAt || dossier.returnedAt || !dossier.dueAt) return 'closed';
  const due = Date.parse(dossier.dueAt);
  if (due < now) return 'overdue';
  if (due <= soonThreshold) return 'due_soon';
  return 'on_track';
}
