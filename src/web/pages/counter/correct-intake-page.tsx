import { type FormEvent, useEffect, useState } from 'react';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import { ApiError, apiGet, apiWrite, findFieldError } from '../../lib/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import { dossierPath } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import type { DossierDetail } from '../../lib/types.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { type ApplicantDraft, ApplicantFields, applicantFieldNames } from './applicant-fields.tsx';
import { type DeliveryDraft, DeliveryFields, deliveryFieldNames } from './delivery-fields.tsx';
import { DocumentChecklist } from './document-checklist.tsx';
import {
  type ExtraDraft,
  type Lines,
  linesFromIntake,
  toDocumentsPayload,
  toExtrasPayload,
} from './intake-draft.ts';
import { type IntakeView, receiptUrl } from './intake-types.ts';

/**
 * "Sửa thông tin tiếp nhận": before the first processing step the receiving officer corrects a
 * typing mistake — applicant, case, checklist, delivery, sets — with a reason. The server audits
 * the before/after values, bumps the dossier's version, and the receipt is printed again.
 */
export function CorrectIntakePage({ code }: { code: string }) {
  usePageTitle(`Sửa thông tin tiếp nhận ${code}`);
  const { session } = useSession();
  const [dossier, setDossier] = useState<DossierDetail | null>(null);
  const [intake, setIntake] = useState<IntakeView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [applicant, setApplicant] = useState<ApplicantDraft | null>(null);
  const [caseName, setCaseName] = useState('');
  const [lines, setLines] = useState<Lines>({});
  const [extras, setExtras] = useState<ExtraDraft[]>([]);
  const [delivery, setDelivery] = useState<DeliveryDraft | null>(null);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<(IntakeView & { changed: boolean }) | null>(null);
  const { isPending, error, submit } = useSubmission();

  useEffect(() => {
    const path = `/dossiers/${encodeURIComponent(code)}`;
    Promise.all([apiGet<DossierDetail>(path), apiGet<IntakeView>(`${path}/documents`)]).then(
      ([loaded, view]) => {
        setDossier(loaded);
        setIntake(view);
        setApplicant({ ...loaded.applicant, email: loaded.applicant.email ?? '' });
        setCaseName(view.caseName ?? '');
        const drafts = linesFromIntake(view);
        setLines(drafts.lines);
        setExtras(drafts.extras);
        setDelivery({
          deliveryMethod: view.deliveryMethod,
          deliveryAddress: view.deliveryAddress ?? '',
          setsCount: view.setsCount,
        });
      },
      setLoadError,
    );
  }, [code]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!intake || !applicant || !delivery) return;
    const requirements = intake.versionRequirements;
    const result = await submit((key) =>
      apiWrite<IntakeView & { changed: boolean }>(
        'PATCH',
        `/dossiers/${encodeURIComponent(code)}/intake`,
        {
          reason,
          expectedVersion: intake.version,
          applicant: { ...applicant, email: applicant.email.trim() || null },
          caseName: caseName || null,
          // A dossier received without a checklist (older integrations) keeps none.
          ...(intake.documents.length > 0 || Object.keys(lines).length > 0
            ? { documents: toDocumentsPayload(requirements, caseName, lines) }
            : {}),
          extraDocuments: toExtrasPayload(extras),
          setsCount: delivery.setsCount,
          deliveryMethod: delivery.deliveryMethod,
          deliveryAddress:
            delivery.deliveryMethod === 'postal' ? delivery.deliveryAddress.trim() || null : null,
        },
        key,
      ),
    );
    if (result) {
      setSaved(result);
      setIntake(result);
    }
  }

  if (loadError) {
    const message = loadError instanceof ApiError ? loadError.message : String(loadError);
    return (
      <div className="page">
        <h1>Sửa thông tin tiếp nhận</h1>
        <p role="alert">{message}</p>
      </div>
    );
  }
  if (!dossier || !intake || !applicant || !delivery) {
    return (
      <div className="page" aria-busy="true">
        <p>Đang tải…</p>
      </div>
    );
  }
  const caseNames = [
    ...new Set(intake.versionRequirements.map((r) => r.caseName).filter((c) => c !== null)),
  ];
  return (
    <div className="page page-counter">
      <h1 id="correct-heading">Sửa thông tin tiếp nhận hồ sơ {code}</h1>
      <p className="muted">
        {dossier.procedure.name} · tiếp nhận lúc{' '}
        {dossier.receivedAt?.slice(0, 16).replace('T', ' ')}
      </p>
      {saved && (
        <section className="panel alert alert-success" aria-live="polite">
          <p>
            {saved.changed
              ? `Đã sửa thông tin tiếp nhận (phiên bản ${saved.version}); đã ghi nhật ký.`
              : 'Không có thông tin nào thay đổi.'}
          </p>
          <div className="row">
            <a
              className="button-link button-primary"
              href={receiptUrl(code)}
              target="_blank"
              rel="noopener"
            >
              In lại giấy tiếp nhận
            </a>
            <Link className="button-link" href={dossierPath(code)}>
              Mở hồ sơ
            </Link>
          </div>
        </section>
      )}
      {!intake.correctable ? (
        <section className="panel">
          <p role="alert">{intake.notCorrectableReason}</p>
          <Link className="button-link" href={dossierPath(code)}>
            Mở hồ sơ
          </Link>
        </section>
      ) : (
        <form onSubmit={handleSubmit} noValidate aria-labelledby="correct-heading">
          <ApplicantFields
            value={applicant}
            onChange={setApplicant}
            onIdNumberBlur={() => undefined}
            error={error}
          />
          {caseNames.length > 0 && (
            <div className="form-grid">
              <SelectField
                label="Trường hợp"
                value={caseName}
                onValueChange={setCaseName}
                options={[
                  { value: '', label: 'Trường hợp thông thường' },
                  ...caseNames.map((c) => ({ value: c, label: c })),
                ]}
              />
            </div>
          )}
          <DocumentChecklist
            requirements={intake.versionRequirements}
            caseName={caseName}
            lines={lines}
            onLinesChange={setLines}
            extras={extras}
            onExtrasChange={setExtras}
            csrfToken={session.csrfToken}
          />
          <DeliveryFields
            value={delivery}
            onChange={setDelivery}
            applicantAddress={applicant.address}
            error={error}
          />
          <div className="form-grid">
            <TextField
              label="Lý do sửa"
              value={reason}
              onValueChange={setReason}
              required
              wide
              hint="Ghi vào nhật ký kiểm toán cùng giá trị trước và sau khi sửa."
              error={findFieldError(error, 'reason')}
            />
          </div>
          <FormError
            error={error}
            shownFields={[...applicantFieldNames, ...deliveryFieldNames, 'reason']}
          />
          <div className="row">
            <button
              type="submit"
              className="button-primary"
              disabled={isPending}
              aria-busy={isPending}
            >
              Lưu thông tin đã sửa
            </button>
            <Link className="button-link" href={dossierPath(code)}>
              Huỷ
            </Link>
          </div>
        </form>
      )}
      {(intake.corrections?.length ?? 0) > 0 && (
        <section className="panel" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Các lần sửa, bổ sung</h2>
          <ul className="plain-list">
            {intake.corrections!.map((c) => (
              <li key={`${c.at}-${c.action}`}>
                {formatInstant(c.at)} · {c.actorName ?? 'Hệ thống'}
                {c.reason ? ` · ${c.reason}` : ''}
                {c.after ? (
                  <span className="muted">
                    {' '}
                    · đã sửa: {Object.keys(c.after).map(describeField).join(', ') || 'giấy tờ'}
                  </span>
                ) : (
                  <span className="muted"> · thêm giấy tờ</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const fieldLabels: Record<string, string> = {
  'applicant.kind': 'loại người nộp',
  'applicant.fullName': 'họ tên',
  'applicant.idNumber': 'số định danh',
  'applicant.phone': 'số điện thoại',
  'applicant.email': 'thư điện tử',
  'applicant.address': 'địa chỉ',
  caseName: 'trường hợp',
  setsCount: 'số bộ',
  deliveryMethod: 'cách nhận kết quả',
  deliveryAddress: 'địa chỉ nhận kết quả',
};

function describeField(field: string): string {
  return fieldLabels[field] ?? field;
}
