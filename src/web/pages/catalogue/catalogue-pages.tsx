import { NotFoundPage } from '../not-found-page.tsx';
import { CatalogueListPage } from './catalogue-list-page.tsx';
import { ComparePage } from './compare-page.tsx';
import { NewProcedurePage } from './new-procedure-page.tsx';
import { ProcedurePage } from './procedure-page.tsx';
import { ProcessesPage } from './processes-page.tsx';
import { VersionPage } from './version-page.tsx';

type CatalogueRoute =
  | { page: 'list' }
  | { page: 'new' }
  | { page: 'procedure'; code: string }
  | { page: 'version'; code: string; versionNo: number }
  | { page: 'compare'; code: string }
  | { page: 'processes'; code: string }
  | { page: 'not_found' };

/** `/app/danh-muc…` → which catalogue page (the shell hands over everything after "danh-muc"). */
export function matchCatalogueRoute(path: string): CatalogueRoute {
  const parts = path.split('/').filter(Boolean).map(decodeSafely);
  const [code, section, versionNo] = parts;
  if (!code) return { page: 'list' };
  if (code === 'them-moi' && parts.length === 1) return { page: 'new' };
  if (parts.length === 1) return { page: 'procedure', code };
  if (section === 'so-sanh' && parts.length === 2) return { page: 'compare', code };
  if (section === 'quy-trinh' && parts.length === 2) return { page: 'processes', code };
  if (section === 'phien-ban' && parts.length === 3 && /^\d+$/.test(versionNo ?? ''))
    return { page: 'version', code, versionNo: Number(versionNo) };
  return { page: 'not_found' };
}

function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The catalogue officers' pages (issue #3, item 5): list, procedure, draft editor, compare, processes. */
export function CataloguePages({ path }: { path: string }) {
  const route = matchCatalogueRoute(path);
  switch (route.page) {
    case 'list':
      return <CatalogueListPage />;
    case 'new':
      return <NewProcedurePage />;
    case 'procedure':
      return <ProcedurePage key={route.code} code={route.code} />;
    case 'version':
      return (
        <VersionPage
          key={`${route.code}/${route.versionNo}`}
          code={route.code}
          versionNo={route.versionNo}
        />
      );
    case 'compare':
      return <ComparePage key={route.code} code={route.code} />;
    case 'processes':
      return <ProcessesPage key={route.code} code={route.code} />;
    default:
      return <NotFoundPage />;
  }
}
