import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { apiWrite } from '../../lib/api.ts';
import { getNowLocalValue, getTodayVn, toVnIso } from '../../lib/dates.ts';
import { useSession } from '../../lib/session.ts';
import type { CatalogueVersionSummary } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { uploadFile, versionApi } from './catalogue-api.ts';
import { collectFieldErrors, ErrorSummary } from './field-errors.tsx';

interface PublishDialogProps {
  code: string;
  version: CatalogueVersionSummary;
  onClose: () => void;
  onPublished: (message: string) => void;
}

/**
 * The confirmation of a publication: the Chairman's decision (number, date, signer; Decree 63/2010
 * Art. 13–15) with its signed file, and the instant the version takes effect. The file is
 * uploaded first (purpose "decision", PDF only), then the version is published citing it.
 */
export function PublishDialog({ code, version, onClose, onPublished }: PublishDialogProps) {
  const { session } = useSession();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileId = useId();
  const [form, setForm] = useState({
    decisionNumber: '',
    decisionDate: getTodayVn(),
    decisionSigner: '',
    effectiveFrom: getNowLocalValue(),
    legalEffectiveOn: version.legalEffectiveOn ?? '',
  });
  const [file, setFile] = useState<File | null>(null);
  const { isPending, error, submit } = useSubmission();
  const errors = collectFieldErrors(error);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const done = await submit(async (key) => {
      const uploaded = file ? await uploadFile(file, 'decision', session.csrfToken) : null;
      return apiWrite(
        'POST',
        `${versionApi(code, version.versionNo)}/actions`,
        {
          action: 'publish',
          decisionNumber: form.decisionNumber,
          decisionDate: form.decisionDate,
          decisionSigner: form.decisionSigner,
          effectiveFrom: toVnIso(form.effectiveFrom),
          legalEffectiveOn: form.legalEffectiveOn || null,
          decisionFileId: uploaded?.id ?? null,
        },
        key,
      );
    });
    if (done !== undefined) onPublished(`Đã công bố phiên bản ${version.versionNo}.`);
  }

  const fileError = errors.get('file');
  return (
    <dialog ref={dialogRef} aria-labelledby="publish-heading" onClose={onClose}>
      <form className="dialog-body" onSubmit={handleSubmit}>
        <div className="dialog-head">
          <h2 id="publish-heading">Công bố phiên bản {version.versionNo}</h2>
          <button type="button" className="button-quiet" onClick={() => dialogRef.current?.close()}>
            Đóng
          </button>
        </div>
        <p>
          Phiên bản đang hiệu lực được thay thế từ thời điểm hiệu lực dưới đây; hồ sơ đã tiếp nhận
          trước đó vẫn giữ phiên bản cũ. Sau khi công bố, phiên bản không sửa được nữa.
        </p>
        <ErrorSummary error={error} errors={errors} />
        <div className="form-grid">
          <TextField
            label="Số quyết định công bố"
            required
            value={form.decisionNumber}
            error={errors.get('decisionNumber')}
            hint="Ví dụ 123/QĐ-UBND"
            onValueChange={(decisionNumber) => set({ decisionNumber })}
          />
          <TextField
            label="Ngày quyết định"
            type="date"
            required
            value={form.decisionDate}
            error={errors.get('decisionDate')}
            onValueChange={(decisionDate) => set({ decisionDate })}
          />
          <TextField
            label="Người ký quyết định"
            required
            value={form.decisionSigner}
            error={errors.get('decisionSigner')}
            hint="Chủ tịch UBND tỉnh (hoặc người được ủy quyền)"
            onValueChange={(decisionSigner) => set({ decisionSigner })}
          />
          <TextField
            label="Thời điểm có hiệu lực"
            type="datetime-local"
            required
            value={form.effectiveFrom}
            error={errors.get('effectiveFrom')}
            hint="Giờ Việt Nam; không sớm hơn lúc công bố"
            onValueChange={(effectiveFrom) => set({ effectiveFrom })}
          />
          <TextField
            label="Ngày văn bản quy định có hiệu lực"
            type="date"
            value={form.legalEffectiveOn}
            error={errors.get('legalEffectiveOn')}
            hint="Dùng tính chỉ số 766 mục 1.1"
            onValueChange={(legalEffectiveOn) => set({ legalEffectiveOn })}
          />
          <div className={`field ${fileError ? 'field-invalid' : ''}`}>
            <label htmlFor={fileId}>Tệp quyết định công bố (PDF)</label>
            <input
              id={fileId}
              type="file"
              accept="application/pdf,.pdf"
              required
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${fileId}-error` : undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
            {fileError && (
              <p className="field-error" id={`${fileId}-error`}>
                {fileError}
              </p>
            )}
          </div>
        </div>
        <div className="row">
          <button type="submit" className="button-primary" disabled={isPending}>
            {isPending ? 'Đang công bố…' : `Xác nhận công bố phiên bản ${version.versionNo}`}
          </button>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Hủy
          </button>
        </div>
      </form>
    </dialog>
  );
}
