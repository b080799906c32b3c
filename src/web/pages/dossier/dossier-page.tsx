import { useRef, useState } from 'react';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import { StatusChip } from '../../components/status-chip.tsx';
import type { ApiError } from '../../lib/api.ts';
import { appBase } from '../../lib/router.ts';
import type { DossierDetail } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { PaymentsPanel } from '../payments/payments-panel.tsx';
import { ResultsPanel } from '../results/results-panel.tsx';
import { ConflictNotice } from './action-error.tsx';
import { ActionForms } from './action-forms.tsx';
import { ControlSlip } from './control-slip.tsx';
import { DeadlinePanel } from './deadline-panel.tsx';
import { DelaysPanel } from './delays-panel.tsx';
import { DossierFacts } from './dossier-facts.tsx';
import { StepRuns } from './step-runs.tsx';
import { Timeline } from './timeline.tsx';
import {
  ChainPanel,
  ConsultationsPanel,
  ExtensionPanel,
  SupplementsPanel,
} from './workflow-panels.tsx';

/**
 * "Hồ sơ": everything about one dossier — facts, deadline, the workflow's side tracks, its
 * timeline and the actions the user may take now; below, the steps, the control slip and delays.
 */
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
    <div className="page page-dossier">
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
      {conflict && <ConflictNotice error={conflict} />}
      {!data && dossier.isLoading && <p aria-busy="true">Đang tải hồ sơ…</p>}
      {!data && dossier.error && <FormError error={dossier.error} />}
      {data && (
        <div className="dossier-grid">
          <div className="dossier-main">
            <DossierFacts dossier={data} />
            <DeadlinePanel dossier={data} />
            <SupplementsPanel supplements={data.workflow.supplements} />
            <ConsultationsPanel consultations={data.workflow.consultations} />
            <ChainPanel chain={data.workflow.chain} />
            <ExtensionPanel extension={data.workflow.extension} />
            {/* Issue #5 items 6–8: fees and payments, results and their return, ratings. */}
            <PaymentsPanel key={`fees-${data.version}`} code={data.code} />
            <ResultsPanel key={`results-${data.version}`} code={data.code} />
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
            <Timeline actions={data.actions} notifications={data.notifications ?? []} />
          </div>
        </div>
      )}
      {data && (
        <div className="dossier-wide">
          <StepRuns runs={data.workflow.runs} />
          <ControlSlip dossier={data} />
          <DelaysPanel delays={data.workflow.delays} />
        </div>
      )}
    </div>
  );
}
