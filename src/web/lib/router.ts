/** A tiny History-API router: the app lives under /app/ and routes on the client. */
import { useSyncExternalStore } from 'react';

export const appBase = '/app';

export type Route =
  | { name: 'login' }
  | { name: 'inbox' }
  | { name: 'counter' }
  | { name: 'dossier'; code: string }
  | { name: 'units' }
  | { name: 'users' }
  | { name: 'calendar' }
  | { name: 'queue' }
  /** The catalogue officers' pages; `path` is what follows /app/danh-muc (pages/catalogue routes it). */
  | { name: 'catalogue'; path: string }
  /** Fees reconciliation and ratings for leaders (issue #5 items 6 and 8). */
  | { name: 'payment_reports' }
  | { name: 'not_found' };

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function readLocation(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query; re-renders on navigation and on the Back button. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, readLocation);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === readLocation()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '');
  if (path === appBase || path === '') return { name: 'inbox' };
  const rest = path.startsWith(`${appBase}/`) ? path.slice(appBase.length + 1) : null;
  if (rest === null) return { name: 'not_found' };
  if (rest === 'login') return { name: 'login' };
  if (rest === 'counter') return { name: 'counter' };
  if (rest === 'admin/units') return { name: 'units' };
  if (rest === 'admin/users') return { name: 'users' };
  if (rest === 'admin/calendar') return { name: 'calendar' };
  if (rest === 'quay') return { name: 'queue' };
  if (rest === 'thu-phi') return { name: 'payment_reports' };
  if (rest === 'danh-muc' || rest.startsWith('danh-muc/'))
    return { name: 'catalogue', path: rest.slice('danh-muc'.length) };
  const dossier = /^dossiers\/([^/]+)$/.exec(rest);
  if (dossier?.[1]) return { name: 'dossier', code: decodeURIComponent(dossier[1]) };
  return { name: 'not_found' };
}

export function dossierPath(code: string): string {
  return `${appBase}/dossiers/${encodeURIComponent(code)}`;
}

/** Reads one query parameter of the current address. */
export function getQueryParam(search: string, name: string): string | null {
  return new URLSearchParams(search).get(name);
}

/** Only same-app paths may be a login's destination (no open redirect). */
export function isSafeNext(next: string | null): next is string {
  return (
    !!next &&
    next.startsWith(`${appBase}/`) &&
    !next.startsWith('//') &&
    !next.startsWith(`${appBase}/login`)
  );
}
