import { useState } from 'react';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { formatInstant, getWeekdayName, toLocalInputValue, toVnIso } from '../../lib/dates.ts';
import { ActionFrame } from './action-frame.tsx';
import {
  type ActionFormProps,
  createMissingError,
  optional,
  useDossierAction,
} from './use-dossier-action.ts';

/**
 * The browser draws `datetime-local` in its own language (06/09/2026, 05:00 PM in an English
 * Chromium); the hint repeats the choice the Vietnamese way so 6 September is never read as 9 June.
 */
function describeLocal(value: string, fallback: string): string {
  if (!value) return fallback;
  const date = value.slice(0, 10);
  return `${getWeekdayName(date)}, ${formatInstant(toVnIso(value))} (giờ Việt Nam).`;
}

/**
 * "Đề nghị gia hạn, xin lỗi" (Decree 118/2025 Art. 19): the apology to the applicant with the
 * reason, and the proposed new appointment, at least one working day before the due instant and
 * once only. The time is typed in Vietnam time whatever the computer's zone.
 */
export function RequestExtensionForm({
  dossier,
  action,
  showTitle,
  ...callbacks
}: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const [reason, setReason] = useState('');
  const [proposed, setProposed] = useState('');
  function submit() {
    if (!reason.trim())
      return setError(createMissingError('reason', 'Nêu lý do chậm và lời xin lỗi'));
    if (!proposed) return setError(createMissingError('proposedDueAt', 'Chọn ngày hẹn trả mới'));
    return perform({ reason: reason.trim(), proposedDueAt: toVnIso(proposed) });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Gửi đề nghị gia hạn"
      isPending={isPending}
      error={error}
      shownFields={['reason', 'proposedDueAt']}
      onSubmit={submit}
      intro={
        <p className="form-intro">
          Hạn hiện tại: {formatInstant(dossier.dueAt)}. Chỉ được hẹn lại một lần, chậm nhất 01 ngày
          làm việc trước hạn, kèm văn bản xin lỗi người nộp; lãnh đạo duyệt ngày hẹn mới (Điều 19 NĐ
          118/2025).
        </p>
      }
    >
      <TextAreaField
        label="Lý do chậm và lời xin lỗi người nộp"
        value={reason}
        onValueChange={setReason}
        required
        error={findFieldError(error, 'reason')}
      />
      <TextField
        label="Ngày hẹn trả mới"
        type="datetime-local"
        value={proposed}
        min={toLocalInputValue(dossier.dueAt)}
        onValueChange={setProposed}
        hint={describeLocal(proposed, 'Giờ Việt Nam (UTC+7).')}
        error={findFieldError(error, 'proposedDueAt')}
      />
    </ActionFrame>
  );
}

/** "Duyệt gia hạn": the leader sets the new appointment, by default the one proposed. */
export function ApproveExtensionForm({
  dossier,
  action,
  showTitle,
  ...callbacks
}: ActionFormProps) {
  const { perform, isPending, error } = useDossierAction(dossier, action, callbacks);
  const extension = dossier.workflow.extension;
  const [due, setDue] = useState(() => toLocalInputValue(extension?.proposedDueAt));
  const [note, setNote] = useState('');
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Duyệt gia hạn"
      isPending={isPending}
      error={error}
      shownFields={['newDueAt', 'note']}
      onSubmit={() =>
        perform({ ...(due ? { newDueAt: toVnIso(due) } : {}), ...optional('note', note) })
      }
      intro={
        extension && (
          <p className="form-intro">
            Đề nghị lúc {formatInstant(extension.requestedAt)}: “{extension.reason}”. Hạn hiện tại{' '}
            {formatInstant(dossier.dueAt)}, đề nghị hẹn lại {formatInstant(extension.proposedDueAt)}
            .
          </p>
        )
      }
    >
      <TextField
        label="Ngày hẹn trả mới"
        type="datetime-local"
        value={due}
        onValueChange={setDue}
        hint={describeLocal(due, 'Giờ Việt Nam (UTC+7); để trống là ngày được đề nghị.')}
        error={findFieldError(error, 'newDueAt')}
      />
      <TextAreaField label="Ghi chú" value={note} onValueChange={setNote} rows={2} />
    </ActionFrame>
  );
}
