import { useRef, useState } from 'react';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import type { CatalogueProcedure, CatalogueVersionDetail } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { cataloguePath, procedureApi, procedurePath, versionApi } from './catalogue-api.ts';
import { describeChangeKind } from './catalogue-labels.ts';
import { DraftEditor } from './draft-editor.tsx';
import { FormsPanel } from './forms-panel.tsx';
import { RecordEditor } from './record-editor.tsx';
import { VersionActions } from './version-actions.tsx';

/** Why a version cannot be edited here, in the officer's words. */
function explainReadOnly(version: CatalogueVersionDetail, canEdit: boolean): string {
  if (['published', 'superseded', 'abolished'].includes(version.status))
    return 'Phiên bản đã công bố không được sửa trực tiếp. Muốn thay đổi, mở phiên bản mới (sửa đổi, bổ sung, thay thế hoặc bãi bỏ) ở trang thủ tục.';
  if (version.status !== 'draft')
    return `Phiên bản đang ở trạng thái “${version.statusLabel}”: chỉ sửa được khi được trả lại để sửa.`;
  if (!canEdit) return 'Bạn không có quyền soạn thảo thủ tục này (chỉ xem).';
  return '';
}

/** One version: the draft editor when the user may edit it, otherwise the same record read-only. */
export function VersionPage({ code, versionNo }: { code: string; versionNo: number }) {
  usePageTitle(`Thủ tục ${code} — phiên bản ${versionNo}`);
  const version = useApiData<CatalogueVersionDetail>(versionApi(code, versionNo));
  const procedure = useApiData<CatalogueProcedure>(procedureApi(code));
  const fields = useApiData<{ items: { field: string }[] }>('/procedure-fields');
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = version.data;
  const proc = procedure.data;
  const summary = proc?.versions.find((v) => v.versionNo === versionNo);
  const readOnlyReason = data && proc ? explainReadOnly(data, proc.canEdit) : '';
  const formNames = [
    ...new Set(data?.record.documents.flatMap((d) => (d.formTemplate ? [d.formTemplate] : []))),
  ];

  function handleDone(message: string) {
    setAnnouncement(message);
    version.reload();
    procedure.reload();
    headingRef.current?.focus();
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={cataloguePath}>Danh mục TTHC</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={procedurePath(code)}>{code}</Link> <span aria-hidden="true">›</span> Phiên bản{' '}
        {versionNo}
      </p>
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1}>
          {data && !readOnlyReason ? 'Soạn thảo' : 'Nội dung'} phiên bản {versionNo} — {code}
        </h1>
        {data && (
          <p className="chips">
            <span className={`chip chip-version-${data.status}`}>{data.statusLabel}</span>
            <span className="chip chip-national">{describeChangeKind(data.changeKind)}</span>
          </p>
        )}
      </div>
      <StatusMessage text={announcement} />
      {(!data || !proc) && (version.isLoading || procedure.isLoading) && (
        <p aria-busy="true">Đang tải phiên bản…</p>
      )}
      <FormError error={version.error ?? procedure.error} />
      {data && proc && (
        <>
          {data.reviewNote && data.status === 'draft' && (
            <p className="alert alert-warn">Ý kiến khi trả lại: {data.reviewNote}</p>
          )}
          {data.missingComponents.length > 0 && (
            <p className="alert alert-warn">
              Còn thiếu thành phần bắt buộc để công bố (chỉ số 766 mục 1.3):{' '}
              {data.missingComponents.join(', ')}.
            </p>
          )}
          {summary && data.status !== 'draft' && (
            <section className="panel" aria-labelledby="version-actions-heading">
              <h2 id="version-actions-heading">Thao tác</h2>
              <VersionActions
                procedure={proc}
                version={summary}
                onDone={handleDone}
                showEditLink={false}
              />
            </section>
          )}
          {readOnlyReason ? (
            <>
              <p className="alert alert-warn readonly-reason">{readOnlyReason}</p>
              <RecordEditor record={data.record} onChange={() => undefined} readOnly />
            </>
          ) : (
            summary && (
              <DraftEditor
                version={data}
                procedure={proc}
                summary={summary}
                fieldNames={(fields.data?.items ?? []).map((f) => f.field)}
                formNames={formNames}
                onActionDone={handleDone}
                onSaved={version.reload}
              />
            )
          )}
          <FormsPanel
            code={code}
            version={data}
            canAttach={!readOnlyReason}
            formNames={formNames}
            onAttached={(message) => {
              setAnnouncement(message);
              version.reload();
            }}
          />
        </>
      )}
    </div>
  );
}
