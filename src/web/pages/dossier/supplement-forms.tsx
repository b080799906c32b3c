import { useState } from 'react';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import type { ProcedureDetail, ProcedureDocument } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { type SupplementReasonCode, supplementReasonOptions } from '../../lib/workflow-labels.ts';
import { ActionFrame } from './action-frame.tsx';
import { CheckboxList } from './checkbox-list.tsx';
import {
  type ActionFormProps,
  createMissingError,
  optional,
  splitLines,
  useDossierAction,
} from './use-dossier-action.ts';

function describeDocument(doc: ProcedureDocument): string {
  const copies = [
    doc.originals ? `${doc.originals} bản chính` : '',
    doc.copies ? `${doc.copies} bản sao` : '',
  ].filter(Boolean);
  const tail = [doc.caseName, copies.join(', ')].filter(Boolean).join('; ');
  return tail ? `${doc.name} (${tail})` : doc.name;
}

/**
 * "Yêu cầu bổ sung, hoàn thiện hồ sơ": one complete request — coded reasons and the full list of
 * documents, pre-filled from the procedure's required documents (Decree 118/2025 Art. 16.3:
 * guidance once and in full; Art. 19: at appraisal once, within 3 working days).
 */
export function RequestSupplementForm({
  dossier,
  action,
  showTitle,
  ...callbacks
}: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const procedure = useApiData<ProcedureDetail>(
    `/procedures/${encodeURIComponent(dossier.procedure.code)}`,
  );
  const [reasons, setReasons] = useState<Set<string>>(new Set());
  const [details, setDetails] = useState<Record<string, string>>({});
  const [documents, setDocuments] = useState<Set<string>>(new Set());
  const [otherDocuments, setOtherDocuments] = useState('');
  const [note, setNote] = useState('');
  const required = (procedure.data?.documents ?? [])
    .filter((d) => d.caseName === null || d.caseName === dossier.caseName || !dossier.caseName)
    .map(describeDocument);

  function submit() {
    const chosen = supplementReasonOptions.filter(([code]) => reasons.has(code));
    const list = [...required.filter((d) => documents.has(d)), ...splitLines(otherDocuments)];
    if (chosen.length === 0)
      return setError(createMissingError('reasons', 'Chọn ít nhất một lý do'));
    if (list.length === 0)
      return setError(createMissingError('documents', 'Liệt kê đầy đủ giấy tờ cần bổ sung'));
    return perform({
      reasons: chosen.map(([code]) => ({ code, ...optional('detail', details[code] ?? '') })),
      documents: list,
      ...optional('note', note),
    });
  }

  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Gửi yêu cầu bổ sung"
      isPending={isPending}
      error={error}
      shownFields={['reasons', 'documents', 'note']}
      onSubmit={submit}
      intro={
        <p className="form-intro">
          Hướng dẫn một lần, đầy đủ: chọn mọi lý do và mọi giấy tờ người nộp cần bổ sung. Khi thẩm
          định chỉ được yêu cầu một lần, trong 03 ngày làm việc kể từ khi tiếp nhận; thời hạn giải
          quyết tính lại từ đầu khi nhận đủ hồ sơ (Điều 19 NĐ 118/2025).
        </p>
      }
    >
      <CheckboxList
        legend="Lý do yêu cầu bổ sung"
        items={supplementReasonOptions.map(([code, label]) => ({ key: code, label }))}
        checked={reasons}
        onChange={setReasons}
        error={findFieldError(error, 'reasons')}
        renderDetail={(code) => (
          <div className="check-detail">
            <TextField
              label={`Chi tiết: ${supplementReasonOptions.find(([c]) => c === code)?.[1] ?? code}`}
              value={details[code as SupplementReasonCode] ?? ''}
              onValueChange={(value) => setDetails({ ...details, [code]: value })}
            />
          </div>
        )}
      />
      <CheckboxList
        legend="Giấy tờ cần bổ sung"
        hint={
          procedure.isLoading
            ? 'Đang tải thành phần hồ sơ của thủ tục…'
            : procedure.error
              ? 'Không tải được thành phần hồ sơ của thủ tục: ghi từng giấy tờ ở ô bên dưới.'
              : 'Thành phần hồ sơ của thủ tục; thêm giấy tờ khác ở ô bên dưới.'
        }
        items={required.map((d) => ({ key: d, label: d }))}
        checked={documents}
        onChange={setDocuments}
        error={findFieldError(error, 'documents')}
      >
        <TextAreaField
          label="Giấy tờ khác cần bổ sung"
          hint="Mỗi dòng một giấy tờ."
          value={otherDocuments}
          onValueChange={setOtherDocuments}
          rows={2}
        />
      </CheckboxList>
      <TextAreaField
        label="Hướng dẫn thêm cho người nộp"
        value={note}
        onValueChange={setNote}
        rows={2}
        error={findFieldError(error, 'note')}
      />
    </ActionFrame>
  );
}

/** "Nhận hồ sơ bổ sung": the documents the applicant brought; at appraisal the clock restarts. */
export function SupplementReceivedForm({
  dossier,
  action,
  showTitle,
  ...callbacks
}: ActionFormProps) {
  const { perform, isPending, error } = useDossierAction(dossier, action, callbacks);
  const open = dossier.workflow.supplements.find((s) => s.receivedAt === null);
  const requested = open?.documents ?? [];
  const [received, setReceived] = useState<Set<string>>(() => new Set(requested));
  const [other, setOther] = useState('');
  const [note, setNote] = useState('');
  function submit() {
    const documents = [...requested.filter((d) => received.has(d)), ...splitLines(other)];
    return perform({ documents, ...optional('note', note) });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Nhận hồ sơ bổ sung"
      isPending={isPending}
      error={error}
      shownFields={['documents', 'note']}
      onSubmit={submit}
      intro={
        open && (
          <p className="form-intro">
            Yêu cầu lúc {formatInstant(open.requestedAt)}: {open.reasons.join('; ')}. Hồ sơ tự đóng
            nếu không bổ sung trước {formatInstant(open.closeAt)}.
            {open.phase === 'appraisal' &&
              ' Khi nhận đủ, thời hạn giải quyết được tính lại từ đầu (Điều 19 NĐ 118/2025).'}
          </p>
        )
      }
    >
      <CheckboxList
        legend="Giấy tờ đã nhận bổ sung"
        items={requested.map((d) => ({ key: d, label: d }))}
        checked={received}
        onChange={setReceived}
        error={findFieldError(error, 'documents')}
      >
        <TextAreaField
          label="Giấy tờ khác đã nhận"
          hint="Mỗi dòng một giấy tờ."
          value={other}
          onValueChange={setOther}
          rows={2}
        />
      </CheckboxList>
      <TextAreaField label="Ghi chú" value={note} onValueChange={setNote} rows={2} />
    </ActionFrame>
  );
}
