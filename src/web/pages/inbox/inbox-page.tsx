import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { appBase, getQueryParam, navigate, useLocation } from '../../lib/router.ts';
import { hasScope, useSession } from '../../lib/session.ts';
import type { DossierListItem } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DossierTable } from './dossier-table.tsx';
import { type Box, boxTabs, formatCount, InboxTabs, panelId, tabId } from './inbox-tabs.tsx';

const pageSize = 50;

/** "Hộp việc": the boxes the user works from; box, search and page live in the address. */
export function InboxPage() {
  usePageTitle('Hộp việc');
  const { session } = useSession();
  const search = useLocation().split('?')[1] ?? '';
  const counts = useApiData<Partial<Record<Box, number>>>('/dossiers/counts');
  // The server lists exactly the user's boxes; until it answers, the scopes stand in.
  const tabs = counts.data
    ? boxTabs.filter((tab) => counts.data?.[tab.box] !== undefined)
    : boxTabs.filter((tab) => hasScope(session, tab.scope));
  const requested = getQueryParam(search, 'box');
  const box: Box = tabs.find((t) => t.box === requested)?.box ?? tabs[0]?.box ?? 'all';
  const q = getQueryParam(search, 'q') ?? '';
  const page = Math.max(1, Number(getQueryParam(search, 'page')) || 1);
  const [draft, setDraft] = useState(q);
  // `totalCapped`: past the server's count cap the total is a floor ("10.000+").
  const list = useApiData<{ items: DossierListItem[]; total: number; totalCapped?: boolean }>(
    '/dossiers',
    {
      box,
      q,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
  );
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const label = tabs.find((t) => t.box === box)?.label ?? '';

  function go(next: { box?: Box; q?: string; page?: number }) {
    if (next.box && next.box !== box) counts.reload();
    const params = new URLSearchParams();
    params.set('box', next.box ?? box);
    const query = next.q ?? q;
    if (query) params.set('q', query);
    const nextPage = next.page ?? 1;
    if (nextPage > 1) params.set('page', String(nextPage));
    navigate(`${appBase}/?${params}`, { replace: true });
  }

  function handleSearch(event: FormEvent) {
    event.preventDefault();
    go({ q: draft.trim() });
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>Hộp việc</h1>
        <search>
          <form className="search-form" onSubmit={handleSearch}>
            <TextField
              label="Tìm theo mã hồ sơ, CCCD, tên người nộp"
              type="search"
              value={draft}
              onValueChange={setDraft}
            />
            <button type="submit">Tìm</button>
            {q && (
              <button
                type="button"
                className="button-quiet"
                onClick={() => {
                  setDraft('');
                  go({ q: '' });
                }}
              >
                Xóa tìm kiếm
              </button>
            )}
          </form>
        </search>
      </div>
      <InboxTabs
        tabs={tabs}
        current={box}
        counts={counts.data}
        onSelect={(next) => go({ box: next })}
      />
      <section
        id={panelId}
        role="tabpanel"
        aria-labelledby={tabId(box)}
        className="tabpanel"
        aria-busy={list.isLoading}
      >
        <div className="row spread">
          <p role="status" className="count">
            {list.isLoading
              ? 'Đang tải…'
              : `${formatCount(total, list.data?.totalCapped)} hồ sơ${q ? ` khớp “${q}”` : ''}`}
          </p>
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              list.reload();
              counts.reload();
            }}
          >
            Làm mới
          </button>
        </div>
        <FormError error={list.error} />
        {list.data && list.data.items.length > 0 && (
          <DossierTable items={list.data.items} box={box} caption={`Hồ sơ ${label}`} />
        )}
        {list.data && list.data.items.length === 0 && !list.isLoading && (
          <p className="empty">Không có hồ sơ nào.</p>
        )}
        {pages > 1 && (
          <nav className="pagination" aria-label="Phân trang">
            <button type="button" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
              Trang trước
            </button>
            <span>
              Trang {page}/{pages}
            </span>
            <button type="button" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>
              Trang sau
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}
