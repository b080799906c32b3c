import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link } from '../components/link.tsx';
import { NotificationBell } from '../components/notification-bell.tsx';
import { apiWrite } from '../lib/api.ts';
import { appBase, navigate, type Route, useLocation } from '../lib/router.ts';
import { describeRoles, hasScope, listNavItems, useSession } from '../lib/session.ts';
import type { Scope, Session } from '../lib/types.ts';
import { InboxPage } from './inbox/inbox-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// The inbox ships with the shell; other pages load on first visit to keep the first download small.
const CounterPage = lazy(() =>
  import('./counter/counter-page.tsx').then((m) => ({ default: m.CounterPage })),
);
const DossierPage = lazy(() =>
  import('./dossier/dossier-page.tsx').then((m) => ({ default: m.DossierPage })),
);
const UnitsPage = lazy(() =>
  import('./units/units-page.tsx').then((m) => ({ default: m.UnitsPage })),
);
const UsersPage = lazy(() =>
  import('./users/users-page.tsx').then((m) => ({ default: m.UsersPage })),
);
const CalendarPage = lazy(() =>
  import('./calendar/calendar-page.tsx').then((m) => ({ default: m.CalendarPage })),
);
const QueuePanelPage = lazy(() =>
  import('./queue/queue-panel-page.tsx').then((m) => ({ default: m.QueuePanelPage })),
);
const PaymentReportsPage = lazy(() =>
  import('./payments/payment-reports-page.tsx').then((m) => ({ default: m.PaymentReportsPage })),
);
const CataloguePages = lazy(() =>
  import('./catalogue/catalogue-pages.tsx').then((m) => ({ default: m.CataloguePages })),
);

/** Top bar, navigation built from scopes, skip link and the `<main>` landmark around each page. */
export function Shell({ route }: { route: Route }) {
  const { session, setSession } = useSession();
  const location = useLocation();
  const pathname = location.split('?')[0] ?? '';
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);

  // After in-app navigation, move focus to the new page unless the page focused a field itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on page change only
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) main.focus();
  }, [pathname]);

  async function handleLogout() {
    // Leave even if the server is unreachable: the cookie expires on its own.
    await apiWrite('POST', '/auth/logout').catch(() => undefined);
    setSession(null);
    navigate(`${appBase}/login`);
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Bỏ qua đến nội dung chính
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link className="brand" href={`${appBase}/`}>
            Một Cửa
          </Link>
          <nav aria-label="Chức năng chính" className="mainnav">
            <ul>
              {listNavItems(session).map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={isCurrent(item.href, pathname) ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <NotificationBell pathname={pathname} />
          <div className="userbox">
            <span className="user-name">{session.user.fullName}</span>
            <span className="user-roles">{describeRoles(session)}</span>
          </div>
          <button type="button" className="button-quiet" onClick={handleLogout}>
            Đăng xuất
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<p className="page">Đang tải…</p>}>
          {canOpen(route, session) ? renderPage(route) : <ForbiddenPage />}
        </Suspense>
      </main>
    </>
  );
}

function isCurrent(href: string, pathname: string): boolean {
  const normal = (p: string) => p.replace(/\/+$/, '');
  if (normal(href) === appBase)
    return normal(pathname) === appBase || pathname.startsWith(`${appBase}/dossiers/`);
  // A section's sub-pages (a procedure under Danh mục TTHC) keep its menu entry current.
  return normal(pathname) === normal(href) || pathname.startsWith(`${normal(href)}/`);
}

const requiredScopes: Partial<Record<Route['name'], Scope>> = {
  inbox: 'dossier.read',
  dossier: 'dossier.read',
  counter: 'dossier.receive',
  queue: 'queue.serve',
  units: 'org.manage',
  users: 'user.manage',
  catalogue: 'catalogue.read',
  payment_reports: 'report.read',
};

function canOpen(route: Route, session: Session): boolean {
  const scope = requiredScopes[route.name];
  return !scope || hasScope(session, scope);
}

function ForbiddenPage() {
  return (
    <div className="page">
      <h1>Không có quyền truy cập</h1>
      <p>Tài khoản của bạn không được giao chức năng này. Liên hệ quản trị hệ thống nếu cần.</p>
    </div>
  );
}

function renderPage(route: Route) {
  switch (route.name) {
    case 'inbox':
      return <InboxPage />;
    case 'counter':
      return <CounterPage />;
    case 'dossier':
      return <DossierPage key={route.code} code={route.code} />;
    case 'units':
      return <UnitsPage />;
    case 'users':
      return <UsersPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'queue':
      return <QueuePanelPage />;
    case 'catalogue':
      return <CataloguePages path={route.path} />;
    case 'payment_reports':
      return <PaymentReportsPage />;
    default:
      return <NotFoundPage />;
  }
}
