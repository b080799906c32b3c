import { useState } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { ApiError, apiWrite, createIdempotencyKey, findFieldError } from '../../lib/api.ts';
import { toVnParts } from '../../lib/dates.ts';
import { returnMethodOptions } from '../../lib/labels.ts';
import type { DossierDetail } from '../../lib/types.ts';
import { SignaturePad } from '../results/signature-pad.tsx';
import { ActionFrame } from './action-frame.tsx';
import type { ActionFormProps } from './use-dossier-action.ts';

const conflictCodes = new Set(['ACTION_NOT_ALLOWED', 'CONFLICT']);

function todayInVietnam(): string {
  const p = toVnParts(Date.now());
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/**
 * "Trả kết quả" (Decree 118/2025 Art. 22): in person, who collected it (prefilled with the
 * applicant; someone else needs the authorisation noted) and their signature on the pad or on the
 * paper register; by public post, the tracking number and date; electronically, the uploaded
 * result file. Posted to /dossiers/{code}/result-return, which takes the return_result action.
 */
export function ReturnResultForm({
  dossier,
  action,
  showTitle,
  onDone,
  onConflict,
}: ActionFormProps) {
  const [method, setMethod] = useState('in_person');
  const [collectedBy, setCollectedBy] = useState(dossier.applicant.fullName);
  const [collectorIdNumber, setCollectorIdNumber] = useState(dossier.applicant.idNumber);
  const [authorisationNote, setAuthorisationNote] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [signedOnPaper, setSignedOnPaper] = useState(false);
  const [tracking, setTracking] = useState('');
  const [postedOn, setPostedOn] = useState(todayInVietnam());
  const [note, setNote] = useState('');
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const someoneElse =
    collectorIdNumber.replace(/\W/g, '') !== dossier.applicant.idNumber.replace(/\W/g, '');

  function body(): Record<string, unknown> {
    const common = {
      ...(note.trim() ? { note: note.trim() } : {}),
      expectedVersion: dossier.version,
    };
    if (method === 'postal')
      return { method, postalTrackingNumber: tracking.trim(), postedOn, ...common };
    if (method === 'electronic') return { method, ...common };
    return {
      method,
      collectedBy: collectedBy.trim(),
      collectorIdNumber: collectorIdNumber.trim(),
      ...(someoneElse && authorisationNote.trim()
        ? { authorisationNote: authorisationNote.trim() }
        : {}),
      ...(signature ? { signaturePng: signature } : {}),
      ...(signedOnPaper ? { signedOnPaper: true } : {}),
      ...common,
    };
  }

  async function submit() {
    setPending(true);
    setError(undefined);
    try {
      const result = await apiWrite<DossierDetail>(
        'POST',
        `/dossiers/${encodeURIComponent(dossier.code)}/result-return`,
        body(),
        createIdempotencyKey(),
      );
      onDone(result, action.label);
    } catch (failure) {
      const apiError =
        failure instanceof ApiError ? failure : new ApiError(0, 'INTERNAL', String(failure));
      if (apiError.status === 409 && conflictCodes.has(apiError.code)) onConflict(apiError);
      else setError(apiError);
    } finally {
      setPending(false);
    }
  }

  const fields = [
    'method',
    'collectedBy',
    'collectorIdNumber',
    'authorisationNote',
    'signature',
    'postalTrackingNumber',
    'postedOn',
    'note',
  ];
  const ruleField =
    error?.code === 'RULE_VIOLATED'
      ? (error.details as { field?: string } | undefined)?.field
      : undefined;
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Trả kết quả"
      isPending={isPending}
      error={error}
      shownFields={fields}
      onSubmit={submit}
    >
      <SelectField
        label="Hình thức trả"
        value={method}
        onValueChange={setMethod}
        options={returnMethodOptions}
        error={findFieldError(error, 'method')}
      />
      {method === 'in_person' && (
        <>
          <TextField
            label="Người nhận kết quả"
            value={collectedBy}
            onValueChange={setCollectedBy}
            error={findFieldError(error, 'collectedBy')}
          />
          <TextField
            label="Số giấy tờ người nhận"
            value={collectorIdNumber}
            onValueChange={setCollectorIdNumber}
            hint="Đối chiếu với giấy tờ tùy thân của người nhận."
            error={findFieldError(error, 'collectorIdNumber')}
          />
          {someoneElse && (
            <TextAreaField
              label="Giấy ủy quyền (số, ngày, người ủy quyền)"
              value={authorisationNote}
              onValueChange={setAuthorisationNote}
              rows={2}
              error={
                findFieldError(error, 'authorisationNote') ??
                (ruleField === 'authorisationNote' ? error?.message : undefined)
              }
            />
          )}
          <SignaturePad onChange={setSignature} />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={signedOnPaper}
              onChange={(e) => setSignedOnPaper(e.target.checked)}
            />{' '}
            Người nhận đã ký nhận trên sổ giấy
          </label>
        </>
      )}
      {method === 'postal' && (
        <>
          <TextField
            label="Số hiệu bưu gửi"
            value={tracking}
            onValueChange={setTracking}
            error={findFieldError(error, 'postalTrackingNumber')}
          />
          <TextField
            label="Ngày gửi"
            type="date"
            value={postedOn}
            onValueChange={setPostedOn}
            error={findFieldError(error, 'postedOn')}
          />
        </>
      )}
      {method === 'electronic' && (
        <p className="field-hint">Cần có tệp kết quả đã tải lên (mục "Kết quả giải quyết").</p>
      )}
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
