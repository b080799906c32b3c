import type { ReactNode } from 'react';
import type { DossierDetail } from '../../lib/types.ts';
import { AssignForm } from './assign-form.tsx';
import { ConsultForm } from './consult-form.tsx';
import { ApproveExtensionForm, RequestExtensionForm } from './extension-forms.tsx';
import { HandoffForm } from './handoff-form.tsx';
import { ReturnResultForm } from './return-result-form.tsx';
import {
  ClaimForm,
  CompletePartForm,
  MarkResultReadyForm,
  NoteForm,
  ReasonForm,
  ReasonLinesForm,
  RecordConsultationForm,
} from './simple-action-forms.tsx';
import { SubmitForApprovalForm } from './submit-for-approval-form.tsx';
import { RequestSupplementForm, SupplementReceivedForm } from './supplement-forms.tsx';
import type { ActionCallbacks, ActionFormProps } from './use-dossier-action.ts';

/**
 * The step that moves the dossier forward is open; the others (refusals, side tracks, a second
 * opinion, withdrawal) sit folded under their name, so a slip of the hand cannot refuse a dossier.
 */
const openActions = new Set([
  'accept_online',
  'supplement_received',
  'assign',
  'claim',
  'record_consultation',
  'complete_part',
  'submit_for_approval',
  'approve',
  'approve_extension',
  'mark_result_ready',
  'return_result',
  'confirm_withdrawal',
]);

/**
 * The server lists what the status table and the user's scopes allow; a few legal rules that
 * depend on the dossier alone would refuse at once, so their forms are not offered: the one
 * extension and its decision only while it waits (Art. 19), one supplement request per phase
 * (Arts. 17, 19). Rules needing the calendar (3 working days, one day before the due) stay with
 * the server, which answers 422 beside the form.
 */
function isOfferedNow(type: string, dossier: DossierDetail): boolean {
  const { extension, supplements } = dossier.workflow;
  switch (type) {
    case 'request_extension':
      return extension === null;
    case 'approve_extension':
    case 'reject_extension':
      return extension?.status === 'pending';
    case 'request_supplement': {
      const phase = dossier.status === 'submitted' ? 'reception' : 'appraisal';
      return !supplements.some((s) => s.phase === phase);
    }
    default:
      return true;
  }
}

const proposalLabels = { approve: 'đề nghị giải quyết', refuse: 'đề nghị từ chối' };

/** What the leader approves: the specialist's proposal and appraisal summary. */
function describeProposal(dossier: DossierDetail): ReactNode {
  const submitted = dossier.actions.findLast((a) => a.type === 'submit_for_approval');
  const summary = submitted?.payload?.summary;
  if (!dossier.workflow.proposal) return null;
  return (
    <p className="form-intro">
      {submitted?.actorName ?? 'Chuyên viên'} {proposalLabels[dossier.workflow.proposal]}
      {typeof summary === 'string' && summary ? `: “${summary}”` : '.'}
    </p>
  );
}

function renderForm(props: ActionFormProps): ReactNode {
  switch (props.action.type) {
    case 'accept_online':
      return <NoteForm {...props} buttonLabel="Tiếp nhận" />;
    case 'refuse_reception':
      return (
        <ReasonLinesForm
          {...props}
          fieldLabel="Lý do từ chối tiếp nhận"
          buttonLabel="Từ chối tiếp nhận"
          buttonClassName="button-danger"
        />
      );
    case 'request_supplement':
      return <RequestSupplementForm {...props} />;
    case 'supplement_received':
      return <SupplementReceivedForm {...props} />;
    case 'assign':
    case 'reassign':
    case 'forward':
      return <AssignForm {...props} />;
    case 'claim':
      return <ClaimForm {...props} />;
    case 'consult':
      return <ConsultForm {...props} />;
    case 'record_consultation':
      return <RecordConsultationForm {...props} />;
    case 'handoff':
      return <HandoffForm {...props} />;
    case 'complete_part':
      return <CompletePartForm {...props} />;
    case 'submit_for_approval':
      return <SubmitForApprovalForm {...props} />;
    case 'approve':
      return (
        <NoteForm {...props} buttonLabel="Phê duyệt" intro={describeProposal(props.dossier)} />
      );
    case 'return_for_rework':
      return <ReasonForm {...props} fieldLabel="Lý do trả lại" buttonLabel="Trả lại" />;
    case 'refuse':
      return (
        <ReasonLinesForm
          {...props}
          fieldLabel="Lý do từ chối giải quyết"
          buttonLabel="Từ chối giải quyết"
          buttonClassName="button-danger"
        />
      );
    case 'mark_result_ready':
      return <MarkResultReadyForm {...props} />;
    case 'request_extension':
      return <RequestExtensionForm {...props} />;
    case 'approve_extension':
      return <ApproveExtensionForm {...props} />;
    case 'reject_extension':
      return (
        <ReasonForm {...props} fieldLabel="Lý do không duyệt" buttonLabel="Không duyệt gia hạn" />
      );
    case 'return_result':
      return <ReturnResultForm {...props} />;
    case 'withdraw':
    case 'request_withdrawal':
      return (
        <ReasonForm
          {...props}
          fieldLabel="Đề nghị của người nộp"
          buttonLabel={props.action.type === 'withdraw' ? 'Dừng xử lý' : 'Ghi nhận đề nghị'}
          buttonClassName="button-danger"
        />
      );
    case 'confirm_withdrawal':
      return (
        <NoteForm {...props} buttonLabel="Xác nhận dừng xử lý" buttonClassName="button-danger" />
      );
    default:
      // A type this version of the app does not know yet: its note is all it can send.
      return <NoteForm {...props} buttonLabel={props.action.label} />;
  }
}

/** Only the actions the server offers are rendered, each a form named by the action's label. */
export function ActionForms({
  dossier,
  ...callbacks
}: { dossier: DossierDetail } & ActionCallbacks) {
  const offered = dossier.availableActions.filter((a) => isOfferedNow(a.type, dossier));
  if (offered.length === 0) {
    return <p className="muted">Bạn không có thao tác nào với hồ sơ ở trạng thái hiện tại.</p>;
  }
  const open = offered.filter((a) => openActions.has(a.type));
  const folded = offered.filter((a) => !openActions.has(a.type));
  return (
    <>
      {open.map((action) => (
        <div key={action.type} className="action-open">
          {renderForm({ dossier, action, ...callbacks })}
        </div>
      ))}
      {folded.length > 0 && (
        <div className="action-folded">
          {open.length > 0 && <h3 className="folded-heading">Thao tác khác</h3>}
          {folded.map((action) => (
            <details key={action.type} className="action-disclosure">
              <summary>{action.label}</summary>
              {renderForm({ dossier, action, showTitle: false, ...callbacks })}
            </details>
          ))}
        </div>
      )}
    </>
  );
}
