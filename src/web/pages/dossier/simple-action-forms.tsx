import { type ReactNode, useState } from 'react';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import { ActionFrame } from './action-frame.tsx';
import {
  type ActionFormProps,
  createMissingError,
  optional,
  splitLines,
  useDossierAction,
} from './use-dossier-action.ts';

type Props = ActionFormProps & { buttonLabel: string; buttonClassName?: string };

/** Actions whose only input is an optional note (accept online, approve, confirm withdrawal). */
export function NoteForm({
  dossier,
  action,
  buttonLabel,
  showTitle,
  intro,
  ...rest
}: Props & { intro?: ReactNode }) {
  const { perform, isPending, error } = useDossierAction(dossier, action, rest);
  const [note, setNote] = useState('');
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel={buttonLabel}
      buttonClassName={rest.buttonClassName}
      isPending={isPending}
      error={error}
      shownFields={['note']}
      onSubmit={() => perform(optional('note', note))}
      intro={intro}
    >
      <TextAreaField
        label="Ghi chú"
        value={note}
        onValueChange={setNote}
        rows={2}
        error={findFieldError(error, 'note')}
      />
    </ActionFrame>
  );
}

/** "Nhận xử lý": an officer of the handling unit takes an unassigned dossier for themself. */
export function ClaimForm({ dossier, action, showTitle, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error } = useDossierAction(dossier, action, callbacks);
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Nhận xử lý"
      isPending={isPending}
      error={error}
      shownFields={[]}
      onSubmit={() => perform({})}
      intro={<p className="muted">Nhận hồ sơ về mình để thẩm định, không chờ phân công.</p>}
    />
  );
}

/** One required reason: return for rework, reject an extension, a withdrawal request. */
export function ReasonForm({
  dossier,
  action,
  buttonLabel,
  showTitle,
  fieldLabel,
  ...rest
}: Props & { fieldLabel: string }) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, rest);
  const [reason, setReason] = useState('');
  function submit() {
    if (!reason.trim())
      return setError(createMissingError('reason', `Nhập ${fieldLabel.toLowerCase()}`));
    return perform({ reason: reason.trim() });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel={buttonLabel}
      buttonClassName={rest.buttonClassName}
      isPending={isPending}
      error={error}
      shownFields={['reason']}
      onSubmit={submit}
    >
      <TextAreaField
        label={fieldLabel}
        value={reason}
        onValueChange={setReason}
        required
        error={findFieldError(error, 'reason')}
      />
    </ActionFrame>
  );
}

/** Reasons one a line (refusal at reception, refusal after appraisal), with a note. */
export function ReasonLinesForm({
  dossier,
  action,
  buttonLabel,
  showTitle,
  fieldLabel,
  ...rest
}: Props & { fieldLabel: string }) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, rest);
  const [reasons, setReasons] = useState('');
  const [note, setNote] = useState('');
  function submit() {
    const lines = splitLines(reasons);
    if (lines.length === 0) return setError(createMissingError('reasons', 'Nêu ít nhất một lý do'));
    return perform({ reasons: lines, ...optional('note', note) });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel={buttonLabel}
      buttonClassName={rest.buttonClassName}
      isPending={isPending}
      error={error}
      shownFields={['reasons', 'note']}
      onSubmit={submit}
    >
      <TextAreaField
        label={fieldLabel}
        hint="Mỗi dòng một lý do; người nộp nhận đủ các lý do trong một lần."
        value={reasons}
        onValueChange={setReasons}
        required
        error={findFieldError(error, 'reasons')}
      />
      <TextAreaField label="Ghi chú" value={note} onValueChange={setNote} rows={2} />
    </ActionFrame>
  );
}

/** "Ghi nhận ý kiến": the consulted agency's answer (or the handler records a paper answer). */
export function RecordConsultationForm({
  dossier,
  action,
  showTitle,
  ...callbacks
}: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const [answer, setAnswer] = useState('');
  const open = dossier.workflow.consultations.find((c) => c.answeredAt === null);
  function submit() {
    if (!answer.trim()) return setError(createMissingError('answer', 'Ghi ý kiến trả lời'));
    return perform({ answer: answer.trim() });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Ghi nhận ý kiến"
      isPending={isPending}
      error={error}
      shownFields={['answer']}
      onSubmit={submit}
      intro={
        open && (
          <p className="form-intro">
            {open.unitName} được hỏi: “{open.question}” — hạn trả lời {formatInstant(open.dueAt)}.
          </p>
        )
      }
    >
      <TextAreaField
        label="Ý kiến trả lời"
        value={answer}
        onValueChange={setAnswer}
        required
        error={findFieldError(error, 'answer')}
      />
    </ActionFrame>
  );
}

/** "Hoàn thành phần việc liên thông": the participating agency's result of its part. */
export function CompletePartForm({ dossier, action, showTitle, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const [result, setResult] = useState('');
  const active = dossier.workflow.chain?.parts.filter((p) => p.status === 'active') ?? [];
  function submit() {
    if (!result.trim()) return setError(createMissingError('result', 'Ghi kết quả phần việc'));
    return perform({ result: result.trim() });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Hoàn thành phần việc"
      isPending={isPending}
      error={error}
      shownFields={['result', 'unitCode']}
      onSubmit={submit}
      intro={active.map((part) => (
        <p key={part.slipNo} className="form-intro">
          Phiếu chuyển xử lý số {part.slipNo} — {part.unitName}: {part.task}. Hạn{' '}
          {formatInstant(part.dueAt)}.
        </p>
      ))}
    >
      <TextAreaField
        label="Kết quả phần việc"
        value={result}
        onValueChange={setResult}
        required
        error={findFieldError(error, 'result')}
      />
    </ActionFrame>
  );
}

/** "Phát hành kết quả": the signed result is numbered and issued; reception then returns it. */
export function MarkResultReadyForm({ dossier, action, showTitle, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error } = useDossierAction(dossier, action, callbacks);
  const [resultName, setResultName] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Phát hành kết quả"
      isPending={isPending}
      error={error}
      shownFields={['resultName', 'documentNumber', 'note']}
      onSubmit={() =>
        perform({
          ...optional('resultName', resultName),
          ...optional('documentNumber', documentNumber),
          ...optional('note', note),
        })
      }
    >
      <TextField
        label="Tên kết quả"
        value={resultName}
        onValueChange={setResultName}
        error={findFieldError(error, 'resultName')}
      />
      <TextField
        label="Số, ký hiệu văn bản"
        value={documentNumber}
        onValueChange={setDocumentNumber}
        error={findFieldError(error, 'documentNumber')}
      />
      <TextAreaField label="Ghi chú" value={note} onValueChange={setNote} rows={2} />
    </ActionFrame>
  );
}
