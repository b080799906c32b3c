import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { ApiError, apiWrite } from '../../lib/api.ts';
import { channelOptions } from '../../lib/labels.ts';
import { getQueryParam, useLocation } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import type { Channel, ProcedureSummary } from '../../lib/types.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import {
  type ApplicantDraft,
  ApplicantFields,
  applicantFieldNames,
  emptyApplicant,
} from './applicant-fields.tsx';
import { CorrectIntakePage } from './correct-intake-page.tsx';
import { DeliveryFields, deliveryFieldNames, emptyDelivery } from './delivery-fields.tsx';
import { DocumentChecklist } from './document-checklist.tsx';
import {
  type ExtraDraft,
  type Lines,
  toDocumentsPayload,
  toExtrasPayload,
} from './intake-draft.ts';
import type { MissingRequirement, ReceivedDossier, Requirement } from './intake-types.ts';
import { MissingDocumentsPanel } from './missing-documents.tsx';
import { PreviewPanel } from './preview-panel.tsx';
import { ProcedurePicker } from './procedure-picker.tsx';
import { ReceiptPanel } from './receipt-panel.tsx';
import { TicketBadge } from './ticket-badge.tsx';
import { UnitChoiceField } from './unit-choice-field.tsx';
import { useApplicantSources } from './use-applicant-sources.ts';
import { useReceptionPreview } from './use-reception-preview.ts';

/** "Tiếp nhận hồ sơ": `?correct=<code>` corrects an intake; `?ticket=<id>` links the queue ticket. */
export function CounterPage() {
  const search = useLocation().split('?')[1] ?? '';
  const correct = getQueryParam(search, 'correct');
  if (correct) return <CorrectIntakePage code={correct} />;
  return <IntakePage ticketId={getQueryParam(search, 'ticket')} />;
}

/**
 * Keyboard-first counter intake on one screen: procedure (type, Enter) → case → applicant (card
 * reader or identity number, earlier applicants filled in) → checklist with scans → delivery →
 * the computed appointment → save with Ctrl+Enter → receipt.
 */
function IntakePage({ ticketId }: { ticketId: string | null }) {
  usePageTitle('Tiếp nhận hồ sơ');
  const { session } = useSession();
  const procedureRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [procedure, setProcedure] = useState<ProcedureSummary | null>(null);
  const [channel, setChannel] = useState<Channel>('in_person');
  const [chosenUnit, setChosenUnit] = useState('');
  const [caseName, setCaseName] = useState('');
  const [lines, setLines] = useState<Lines>({});
  const [extras, setExtras] = useState<ExtraDraft[]>([]);
  const [applicant, setApplicant] = useState<ApplicantDraft>(emptyApplicant);
  const [delivery, setDelivery] = useState(emptyDelivery);
  const [missingProcedure, setMissingProcedure] = useState(false);
  const [guidance, setGuidance] = useState<MissingRequirement[] | null>(null);
  const [result, setResult] = useState<ReceivedDossier | null>(null);
  const { isPending, error, submit, clearError } = useSubmission();
  const sources = useApplicantSources(applicant, setApplicant);
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
  const requirements: Requirement[] = preview?.requirements ?? [];
  // Keyboard first: the procedure box has focus on arrival and after "Tiếp nhận hồ sơ mới".
  useEffect(() => {
    if (!result) procedureRef.current?.focus();
  }, [result]);
  const caseNames = [...new Set(requirements.map((d) => d.caseName).filter((c) => c !== null))];

  function selectProcedure(next: ProcedureSummary | null) {
    setProcedure(next);
    setChosenUnit('');
    setCaseName('');
    setLines({});
    setExtras([]);
    setGuidance(null);
    if (next) setMissingProcedure(false);
  }

  async function handleSubmit(event?: FormEvent) {
    event?.preventDefault();
    if (!procedure) {
      setMissingProcedure(true);
      procedureRef.current?.focus();
      return;
    }
    setGuidance(null);
    const body: Record<string, unknown> = {
      procedureCode: procedure.code,
      channel,
      applicant: { ...applicant, email: applicant.email.trim() || null },
      ...(caseName ? { caseName } : {}),
      ...(choice && chosenUnit ? { [choice.field]: chosenUnit } : {}),
      documents: toDocumentsPayload(requirements, caseName, lines),
      extraDocuments: toExtrasPayload(extras),
      setsCount: delivery.setsCount,
      deliveryMethod: delivery.deliveryMethod,
      ...(delivery.deliveryMethod === 'postal'
        ? { deliveryAddress: delivery.deliveryAddress.trim() || null }
        : {}),
      ...(ticketId ? { ticketId } : {}),
      ...(preview ? { procedureVersion: preview.procedure.version } : {}),
    };
    const dossier = await submit((key) =>
      apiWrite<ReceivedDossier>('POST', '/dossiers', body, key),
    );
    if (dossier) setResult(dossier);
  }

  // A refusal for missing documents becomes the printable guidance (Decree 118/2025 Art. 17.1).
  useEffect(() => {
    const missing = error instanceof ApiError && error.details?.rule === 'dossier_complete';
    if (missing) setGuidance((error.details as { missing: MissingRequirement[] }).missing);
  }, [error]);

  /**
   * After the card: the first applicant field still empty (a new applicant's phone), else the
   * checklist — the officer's next keystroke is where the next information goes.
   */
  async function readCardAndMoveOn() {
    const filled = await sources.readCard();
    if (!filled) return;
    const empty = (['fullName', 'phone', 'address'] as const).find((f) => !filled[f].trim());
    const selector = empty ? `[name="applicant.${empty}"]` : '[data-checklist-start]';
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
  }

  /** Ctrl+Enter saves from anywhere on the page (focus may be on the page after a file chooser). */
  useEffect(() => {
    function handleKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        formRef.current?.requestSubmit();
      }
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);

  function startOver() {
    selectProcedure(null);
    setChannel('in_person');
    setApplicant(emptyApplicant);
    setDelivery(emptyDelivery);
    sources.clearNote();
    clearError();
    setResult(null);
  }

  return (
    <div className="page page-counter">
      <h1 id="counter-heading">Tiếp nhận hồ sơ</h1>
      {ticketId && <TicketBadge ticketId={ticketId} />}
      {result ? (
        <ReceiptPanel dossier={result} onNext={startOver} />
      ) : (
        <>
          {guidance && (
            <MissingDocumentsPanel
              missing={guidance}
              procedureName={preview?.procedure.name ?? procedure?.name ?? ''}
              applicantName={applicant.fullName}
              onClose={() => setGuidance(null)}
            />
          )}
          <form
            ref={formRef}
            onSubmit={handleSubmit}
            noValidate
            aria-labelledby="counter-heading"
            className={guidance ? 'no-print' : ''}
          >
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
                <ApplicantFields
                  value={applicant}
                  onChange={setApplicant}
                  onIdNumberBlur={sources.fillFromEarlier}
                  error={error}
                  onReadCard={readCardAndMoveOn}
                  cardReaderLabel={sources.readerLabel}
                  isReadingCard={sources.isReading}
                />
                <StatusMessage text={sources.note} />
                {preview && (
                  <DocumentChecklist
                    requirements={requirements}
                    caseName={caseName}
                    lines={lines}
                    onLinesChange={setLines}
                    extras={extras}
                    onExtrasChange={setExtras}
                    csrfToken={session.csrfToken}
                  />
                )}
                <DeliveryFields
                  value={delivery}
                  onChange={setDelivery}
                  applicantAddress={applicant.address}
                  error={error}
                />
                {!guidance && (
                  <FormError
                    error={error}
                    shownFields={[...applicantFieldNames, ...deliveryFieldNames]}
                  />
                )}
                <div className="row">
                  <button
                    type="submit"
                    className="button-primary button-large"
                    disabled={isPending}
                    aria-busy={isPending}
                    aria-keyshortcuts="Control+Enter"
                  >
                    Tiếp nhận hồ sơ
                  </button>
                  <span className="muted">Ctrl+Enter để tiếp nhận</span>
                </div>
              </div>
              <PreviewPanel preview={preview} isLoading={isLoading} />
            </div>
          </form>
        </>
      )}
    </div>
  );
}
