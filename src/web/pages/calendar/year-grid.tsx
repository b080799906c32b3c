import { type KeyboardEvent, useEffect, useRef } from 'react';
import { addDays, getTodayVn, getWeekday } from '../../lib/dates.ts';
import type { CalendarDay } from '../../lib/types.ts';
import { describeDay, monthNames, weekdayLong, weekdayShort } from './calendar-labels.ts';

interface YearGridProps {
  year: number;
  days: Map<string, CalendarDay>;
  overrideDates: ReadonlySet<string>;
  focusedDate: string;
  onFocusDate: (date: string) => void;
  onOpen: (date: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Twelve month tables (Monday first). One day button is in the Tab order at a time; arrows move by
 * day and week, Home/End to the month's ends, Enter or Space opens the day.
 */
export function YearGrid({
  year,
  days,
  overrideDates,
  focusedDate,
  onFocusDate,
  onOpen,
}: YearGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const today = getTodayVn();

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${focusedDate}"]`)?.focus();
  }, [focusedDate]);

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>, date: string) {
    const month = date.slice(0, 7);
    const lastDay = new Date(Date.UTC(year, Number(date.slice(5, 7)), 0)).getUTCDate();
    const targets: Record<string, string> = {
      ArrowLeft: addDays(date, -1),
      ArrowRight: addDays(date, 1),
      ArrowUp: addDays(date, -7),
      ArrowDown: addDays(date, 7),
      Home: `${month}-01`,
      End: `${month}-${pad(lastDay)}`,
    };
    const target = targets[event.key];
    if (!target?.startsWith(String(year))) return;
    event.preventDefault();
    moved.current = true;
    onFocusDate(target);
  }

  return (
    <div className="year-grid" ref={gridRef}>
      {monthNames.map((name, monthIndex) => {
        const first = `${year}-${pad(monthIndex + 1)}-01`;
        const offset = (getWeekday(first) + 6) % 7;
        const count = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
        const cells: (string | null)[] = [
          ...Array.from({ length: offset }, () => null),
          ...Array.from(
            { length: count },
            (_, i) => `${year}-${pad(monthIndex + 1)}-${pad(i + 1)}`,
          ),
        ];
        while (cells.length % 7) cells.push(null);
        const weeks = Array.from({ length: cells.length / 7 }, (_, w) =>
          cells.slice(w * 7, w * 7 + 7),
        );
        return (
          <div className="month" key={name}>
            <table>
              <caption>
                {name}/{year}
              </caption>
              <thead>
                <tr>
                  {weekdayShort.map((short, i) => (
                    <th key={short} scope="col" abbr={weekdayLong[i]}>
                      {short}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week.find(Boolean) ?? 'empty'}>
                    {week.map((date, i) => {
                      // biome-ignore lint/suspicious/noArrayIndexKey: blank cells are positional
                      if (!date) return <td key={`blank-${i}`} />;
                      const day = days.get(date);
                      const label = day ? describeDay(day) : date;
                      const classes = [
                        'day',
                        day && day.reason !== 'workday' ? `reason-${day.reason}` : '',
                        date === today ? 'today' : '',
                        overrideDates.has(date) ? 'has-override' : '',
                      ];
                      return (
                        <td key={date}>
                          <button
                            type="button"
                            className={classes.join(' ')}
                            data-date={date}
                            aria-label={label}
                            title={label}
                            tabIndex={date === focusedDate ? 0 : -1}
                            aria-current={date === today ? 'date' : undefined}
                            onClick={() => {
                              onFocusDate(date);
                              onOpen(date);
                            }}
                            onKeyDown={(event) => handleKeyDown(event, date)}
                          >
                            {Number(date.slice(8))}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
