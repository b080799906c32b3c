import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, apiGet, setCsrfToken, setUnauthorizedHandler } from './lib/api.ts';
import {
  appBase,
  getQueryParam,
  isSafeNext,
  matchRoute,
  navigate,
  useLocation,
} from './lib/router.ts';
import { getHomePath, SessionContext } from './lib/session.ts';
import type { Session } from './lib/types.ts';
import { LoginPage } from './pages/login-page.tsx';
import { Shell } from './pages/shell.tsx';

/** Loads the session once, guards every page behind login and keeps the CSRF token current. */
export function App() {
  const location = useLocation();
  const [session, setSessionState] = useState<Session | null | undefined>(undefined);
  const [loadError, setLoadError] = useState('');

  const setSession = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? '');
    setSessionState(next);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setSession(null);
      const here = window.location.pathname + window.location.search;
      navigate(`${appBase}/login${isSafeNext(here) ? `?next=${encodeURIComponent(here)}` : ''}`);
    });
    apiGet<Session>('/auth/me').then(setSession, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setSession(null);
      else setLoadError(error instanceof Error ? error.message : String(error));
    });
  }, [setSession]);

  const [pathname, search = ''] = location.split('?');
  const route = matchRoute(pathname ?? '');
  const next = getQueryParam(search, 'next');
  const redirect = decideRedirect(route.name, session, location, next);

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  const state = useMemo(() => (session ? { session, setSession } : null), [session, setSession]);

  if (loadError) {
    return (
      <main className="boot" id="main">
        <h1>Một Cửa</h1>
        <p role="alert">{loadError}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Tải lại trang
        </button>
      </main>
    );
  }
  if (session === undefined || redirect) {
    return (
      <main className="boot" id="main" aria-busy="true">
        <p>Đang tải…</p>
      </main>
    );
  }
  if (route.name === 'login' || !state) {
    return <LoginPage next={isSafeNext(next) ? next : null} onLoggedIn={setSession} />;
  }
  return (
    <SessionContext value={state}>
      <Shell route={route} />
    </SessionContext>
  );
}

function decideRedirect(
  routeName: string,
  session: Session | null | undefined,
  location: string,
  next: string | null,
): string | null {
  if (session === undefined) return null;
  if (session === null) {
    if (routeName === 'login') return null;
    // The bare inbox address is no particular request: the user lands on their home page instead.
    const keep = routeName !== 'inbox' && isSafeNext(location);
    return `${appBase}/login${keep ? `?next=${encodeURIComponent(location)}` : ''}`;
  }
  if (routeName === 'login') return isSafeNext(next) ? next : getHomePath(session);
  if (routeName === 'inbox' && !session.scopes.includes('dossier.read'))
    return getHomePath(session);
  return null;
}
