import { useRef, useState } from 'react';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import { StatusChip } from '../../components/status-chip.tsx';
import type { ApiError } from '../../lib/api.ts';
import { appBase } from '../../lib/router.ts';
import type { DossierDetail } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ActionForms } from './action-forms.tsx';
import { DossierFacts } from './dossier-facts.tsx';
import { Timeline } from './timeline.tsx';

/** "Hồ sơ": everything about one dossier, its timeline, and the actions the user may take now. */
export function DossierPage({ code }: { code: string }) {
  usePageTitle(`Hồ sơ ${code}`);
  const dossier = useApiData<DossierDetail>(`/dossiers/${encodeURIComponent(code)}`);
  const [announcement, setAnnouncement] = useState('');
  const [conflict, setConflict] = useState<ApiError>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  function handleDone(next: DossierDetail, label: string) {
    dossier.setData(next);
    setConflict(undefined);
    setAnnouncement(`Đã thực hiện: ${label}`);
    headingRef.current?.focus();
  }

  function handleConflict(error: ApiError) {
    setAnnouncement('');
    setConflict(error);
    dossier.reload();
  }

  const data = dossier.data;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={`${appBase}/`}>Hộp việc</Link> <span aria-hidden="true">›</span> Hồ sơ
      </p>
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1}>
          Hồ sơ <span className="code">{code}</span>
        </h1>
        {data && (
          <p className="chips">
            <StatusChip status={data.status} label={data.statusLabel} />
            <span className="chip chip-national">
              Trạng thái quốc gia: {data.nationalStatusLabel} ({data.nationalStatus})
            </span>
          </p>
        )}
      </div>
      <StatusMessage text={announcement} />
      {conflict && (
        <div className="alert alert-error" role="alert">
          <p>{conflict.message}</p>
          <p>Thông tin hồ sơ bên dưới đã được tải lại; kiểm tra rồi thực hiện lại nếu cần.</p>
        </div>
      )}
      {!data && dossier.isLoading && <p aria-busy="true">Đang tải hồ sơ…</p>}
      {!data && dossier.error && <FormError error={dossier.error} />}
      {data && (
        <div className="dossier-grid">
          <div className="dossier-main">
            <DossierFacts dossier={data} />
          </div>
          <div className="dossier-side">
            <section className="panel panel-actions" aria-labelledby="actions-heading">
              <h2 id="actions-heading">Thao tác</h2>
              <ActionForms
                key={data.version}
                dossier={data}
                onDone={handleDone}
                onConflict={handleConflict}
              />
            </section>
            <Timeline actions={data.actions} />
          </div>
        </div>
      )}
    </div>
  );
}
