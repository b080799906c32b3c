import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { apiWrite } from '../../lib/api.ts';
import { channelOptions } from '../../lib/labels.ts';
import type { Channel, DossierDetail, ProcedureSummary } from '../../lib/types.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import {
  type ApplicantDraft,
  ApplicantFields,
  applicantFieldNames,
  emptyApplicant,
} from './applicant-fields.tsx';
import { DocumentChecklist } from './document-checklist.tsx';
import { lookUpApplicant } from './look-up-applicant.ts';
import { PreviewPanel } from './preview-panel.tsx';
import { ProcedurePicker } from './procedure-picker.tsx';
import { ReceiptPanel } from './receipt-panel.tsx';
import { UnitChoiceField } from './unit-choice-field.tsx';
import { useReceptionPreview } from './use-reception-preview.ts';

/** "Tiếp nhận hồ sơ": keyboard-first counter intake, from procedure to receipt on one screen. */
export function CounterPage() {
  usePageTitle('Tiếp nhận hồ sơ');
  const procedureRef = useRef<HTMLInputElement>(null);
  const [procedure, setProcedure] = useState<ProcedureSummary | null>(null);
  const [channel, setChannel] = useState<Channel>('in_person');
  const [chosenUnit, setChosenUnit] = useState('');
  const [caseName, setCaseName] = useState('');
  const [received, setReceived] = useState<Set<number>>(new Set());
  const [applicant, setApplicant] = useState<ApplicantDraft>(emptyApplicant);
  const [note, setNote] = useState('');
  const [missingProcedure, setMissingProcedure] = useState(false);
  const [result, setResult] = useState<DossierDetail | null>(null);
  const { isPending, error, submit } = useSubmission();
  const {
    preview,
    error: previewError,
    choice,
    isLoading,
  } = useReceptionPreview({
    procedureCode: procedure?.code ?? null,
    channel,
    chosenUnit,
  });
  // Keyboard first: the procedure box has focus on arrival and after "Tiếp nhận hồ sơ mới".
  useEffect(() => {
    if (!result) procedureRef.current?.focus();
  }, [result]);
  const caseNames = [
    ...new Set((preview?.documents ?? []).map((d) => d.caseName).filter((c) => c !== null)),
  ];

  function selectProcedure(next: ProcedureSummary | null) {
    setProcedure(next);
    setChosenUnit('');
    setCaseName('');
    setReceived(new Set());
    if (next) setMissingProcedure(false);
  }

  async function fillApplicant() {
    if (applicant.fullName.trim()) return;
    const found = await lookUpApplicant(applicant.idNumber);
    if (!found) return;
    const a = found.applicant;
    setApplicant((current) => ({
      kind: a.kind,
      idNumber: current.idNumber,
      fullName: current.fullName || a.fullName,
      phone: current.phone || a.phone,
      email: current.email || (a.email ?? ''),
      address: current.address || a.address,
    }));
    setNote(
      `Đã điền thông tin người nộp từ hồ sơ ${found.code}. Kiểm tra lại trước khi tiếp nhận.`,
    );
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!procedure) {
      setMissingProcedure(true);
      procedureRef.current?.focus();
      return;
    }
    const body: Record<string, unknown> = {
      procedureCode: procedure.code,
      channel,
      applicant: { ...applicant, email: applicant.email.trim() || null },
      ...(caseName ? { caseName } : {}),
      ...(choice && chosenUnit ? { [choice.field]: chosenUnit } : {}),
    };
    const dossier = await submit((key) => apiWrite<DossierDetail>('POST', '/dossiers', body, key));
    if (dossier) setResult(dossier);
  }

  function startOver() {
    selectProcedure(null);
    setChannel('in_person');
    setApplicant(emptyApplicant);
    setNote('');
    setResult(null);
  }

  return (
    <div className="page page-counter">
      <h1 id="counter-heading">Tiếp nhận hồ sơ</h1>
      {result ? (
        <ReceiptPanel dossier={result} onNext={startOver} />
      ) : (
        <form onSubmit={handleSubmit} noValidate aria-labelledby="counter-heading">
          <div className="form-grid">
            <ProcedurePicker
              selected={procedure}
              onSelect={selectProcedure}
              inputRef={procedureRef}
              error={missingProcedure ? 'Chọn thủ tục trước khi tiếp nhận' : undefined}
            />
            <SelectField
              label="Cách thức nộp"
              value={channel}
              onValueChange={(value) => setChannel(value as Channel)}
              options={channelOptions}
            />
            {choice && (
              <UnitChoiceField choice={choice} value={chosenUnit} onValueChange={setChosenUnit} />
            )}
            {caseNames.length > 0 && (
              <SelectField
                label="Trường hợp"
                value={caseName}
                onValueChange={setCaseName}
                options={[
                  { value: '', label: 'Trường hợp thông thường' },
                  ...caseNames.map((c) => ({ value: c, label: c })),
                ]}
              />
            )}
          </div>
          <FormError error={previewError} />
          <div className="counter-columns">
            <div className="counter-main">
              {preview && (
                <DocumentChecklist
                  documents={preview.documents}
                  received={received}
                  onChange={setReceived}
                />
              )}
              <ApplicantFields
                value={applicant}
                onChange={setApplicant}
                onIdNumberBlur={fillApplicant}
                error={error}
              />
              <StatusMessage text={note} />
              <FormError error={error} shownFields={applicantFieldNames} />
              <div className="row">
                <button
                  type="submit"
                  className="button-primary button-large"
                  disabled={isPending}
                  aria-busy={isPending}
                >
                  Tiếp nhận hồ sơ
                </button>
              </div>
            </div>
            <PreviewPanel preview={preview} isLoading={isLoading} />
          </div>
        </form>
      )}
    </div>
  );
}
