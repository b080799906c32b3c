import { useRef, useState } from 'react';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import type { CatalogueProcedure } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AgenciesPanel } from './agencies-panel.tsx';
import { cataloguePath, procedureApi, processesPath } from './catalogue-api.ts';
import { CompareForm } from './compare-form.tsx';
import { MeasuresPanel } from './measures-panel.tsx';
import { OpenRevisionForm } from './open-revision-form.tsx';
import { VersionActions } from './version-actions.tsx';
import { VersionsTable } from './versions-table.tsx';

const openStatuses = ['draft', 'under_review', 'approved'];

/**
 * One procedure for catalogue officers: its versions (status, change kind, dates, decision), the
 * lifecycle actions the user may take now, the 766 measures, the agencies and the processes.
 */
export function ProcedurePage({ code }: { code: string }) {
  usePageTitle(`Thủ tục ${code}`);
  const procedure = useApiData<CatalogueProcedure>(procedureApi(code));
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = procedure.data;
  const open = data?.versions.find((v) => openStatuses.includes(v.status));
  const hasInForce = data?.versions.some((v) => v.status === 'published') ?? false;

  function handleDone(message: string) {
    setAnnouncement(message);
    procedure.reload();
    headingRef.current?.focus();
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={cataloguePath}>Danh mục TTHC</Link> <span aria-hidden="true">›</span> {code}
      </p>
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1}>
          {data ? data.name : `Thủ tục ${code}`}
        </h1>
        {data && (
          <p className="chips">
            <span className="chip chip-national">Mã {data.code}</span>
            <span className="chip chip-national">{data.field}</span>
            {data.lifecycle === 'abolished' && (
              <span className="chip chip-version-abolished">Đã bãi bỏ</span>
            )}
          </p>
        )}
      </div>
      <StatusMessage text={announcement} />
      {!data && procedure.isLoading && <p aria-busy="true">Đang tải thủ tục…</p>}
      {!data && procedure.error && <FormError error={procedure.error} />}
      {data && (
        <>
          <section className="panel" aria-labelledby="actions-heading">
            <h2 id="actions-heading">Thao tác</h2>
            {open ? (
              <VersionActions procedure={data} version={open} onDone={handleDone} />
            ) : data.canEdit && hasInForce ? (
              <OpenRevisionForm code={code} />
            ) : (
              <p className="muted">
                {data.canEdit
                  ? 'Thủ tục không có phiên bản đang hiệu lực để sửa đổi.'
                  : 'Bạn chỉ được xem thủ tục này (không có quyền soạn thảo của cơ quan thực hiện).'}
              </p>
            )}
            <p className="row">
              <Link href={processesPath(code)}>Quy trình nội bộ theo cơ quan thực hiện</Link>
            </p>
          </section>
          <section className="panel" aria-labelledby="versions-heading">
            <h2 id="versions-heading">Các phiên bản</h2>
            <VersionsTable code={code} versions={data.versions} />
            {data.versions.length > 1 && <CompareForm code={code} versions={data.versions} />}
          </section>
          <MeasuresPanel versions={data.versions} />
          <AgenciesPanel agencies={data.agencies} />
        </>
      )}
    </div>
  );
}
