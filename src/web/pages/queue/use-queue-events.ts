import { useEffect, useRef } from 'react';

/**
 * Re-reads the panel whenever the unit's queue changes: the same server-sent events as the
 * display board (`board` after any change). A burst of changes gives one reload.
 */
export function useQueueEvents(unitCode: string | null, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (!unitCode || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/v1/queue/units/${encodeURIComponent(unitCode)}/events`);
    let timer: number | undefined;
    const changed = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), 150);
    };
    source.addEventListener('board', changed);
    return () => {
      window.clearTimeout(timer);
      source.close();
    };
  }, [unitCode]);
}

/** Single-key shortcuts of the counter, ignored while typing in a field or with a modifier. */
export function useShortcuts(keys: Record<string, (() => void) | undefined>): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"], dialog')) return;
      const run = latest.current[event.key.toLowerCase()];
      if (!run) return;
      event.preventDefault();
      run();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
