import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import { getQueryParam, navigate, useLocation } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import type { CatalogueListItem } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { catalogueBase, cataloguePath } from './catalogue-api.ts';
import { levelOptions, stateOptions } from './catalogue-labels.ts';
import { CatalogueTable } from './catalogue-table.tsx';

const pageSize = 50;

interface Filters {
  q: string;
  field: string;
  level: string;
  state: string;
  page: number;
}

/** "Danh mục TTHC": search and filters (kept in the address), the table and "Thêm thủ tục". */
export function CatalogueListPage() {
  usePageTitle('Danh mục thủ tục hành chính');
  const { session } = useSession();
  const search = useLocation().split('?')[1] ?? '';
  const filters: Filters = {
    q: getQueryParam(search, 'q') ?? '',
    field: getQueryParam(search, 'field') ?? '',
    level: getQueryParam(search, 'level') ?? '',
    state: getQueryParam(search, 'state') ?? 'all',
    page: Math.max(1, Number(getQueryParam(search, 'page')) || 1),
  };
  const [draft, setDraft] = useState(filters);
  const list = useApiData<{ items: CatalogueListItem[]; total: number }>(catalogueBase, {
    ...filters,
    pageSize,
  });
  const fields = useApiData<{ items: { field: string; count: number }[] }>('/procedure-fields');
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  function go(next: Partial<Filters>) {
    const merged = { ...filters, ...next };
    const params = new URLSearchParams();
    for (const key of ['q', 'field', 'level', 'state'] as const) {
      const value = merged[key];
      if (value && !(key === 'state' && value === 'all')) params.set(key, value);
    }
    if (merged.page > 1) params.set('page', String(merged.page));
    const query = params.toString();
    navigate(query ? `${cataloguePath}?${query}` : cataloguePath, { replace: true });
  }

  function handleSearch(event: FormEvent) {
    event.preventDefault();
    go({ ...draft, q: draft.q.trim(), page: 1 });
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>Danh mục thủ tục hành chính</h1>
        {session.scopes.includes('catalogue.edit') && (
          <Link className="button-link button-primary" href={`${cataloguePath}/them-moi`}>
            Thêm thủ tục
          </Link>
        )}
      </div>
      <search>
        <form className="toolbar catalogue-filters" onSubmit={handleSearch}>
          <TextField
            label="Tìm thủ tục"
            type="search"
            value={draft.q}
            hint="Tên hoặc mã, không cần dấu"
            onValueChange={(q) => setDraft({ ...draft, q })}
          />
          <SelectField
            label="Lĩnh vực"
            value={draft.field}
            options={[
              { value: '', label: 'Mọi lĩnh vực' },
              ...(fields.data?.items ?? []).map((f) => ({ value: f.field, label: f.field })),
            ]}
            onValueChange={(field) => setDraft({ ...draft, field })}
          />
          <SelectField
            label="Cấp thực hiện"
            value={draft.level}
            options={[{ value: '', label: 'Mọi cấp' }, ...levelOptions]}
            onValueChange={(level) => setDraft({ ...draft, level })}
          />
          <SelectField
            label="Tình trạng"
            value={draft.state}
            options={stateOptions}
            onValueChange={(state) => setDraft({ ...draft, state })}
          />
          <button type="submit">Lọc</button>
        </form>
      </search>
      <p role="status" className="count">
        {list.isLoading ? 'Đang tải…' : `${total.toLocaleString('vi-VN')} thủ tục`}
      </p>
      <FormError error={list.error} />
      {list.data && list.data.items.length > 0 && <CatalogueTable items={list.data.items} />}
      {list.data && list.data.items.length === 0 && !list.isLoading && (
        <p className="empty">Không có thủ tục nào khớp bộ lọc.</p>
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label="Phân trang">
          <button
            type="button"
            disabled={filters.page <= 1}
            onClick={() => go({ page: filters.page - 1 })}
          >
            Trang trước
          </button>
          <span>
            Trang {filters.page}/{pages}
          </span>
          <button
            type="button"
            disabled={filters.page >= pages}
            onClick={() => go({ page: filters.page + 1 })}
          >
            Trang sau
          </button>
        </nav>
      )}
    </div>
  );
}
