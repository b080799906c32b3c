import { type FormEvent, useId, useState } from 'react';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ApiError, findFieldError } from '../../lib/api.ts';
import { useSession } from '../../lib/session.ts';
import type { DossierResults, ResultDocument } from '../../lib/types.ts';

/** Multipart upload with the session's CSRF token (the JSON helper does not send files). */
async function postResult(code: string, csrf: string, form: FormData): Promise<ResultDocument> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/dossiers/${encodeURIComponent(code)}/results`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrf, accept: 'application/json' },
      credentials: 'same-origin',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return data as ResultDocument;
  throw new ApiError(
    response.status,
    data?.code ?? 'INTERNAL',
    data?.message ?? `Lỗi ${response.status}`,
    data?.details,
  );
}

/**
 * "Tải lên kết quả" (Decree 118/2025 Art. 22): the signed PDF, its result type (the document code
 * it will get is shown before saving), number and validity.
 */
export function UploadResultForm({
  results,
  onUploaded,
}: {
  results: DossierResults;
  onUploaded: () => void;
}) {
  const { session } = useSession();
  const fileId = useId();
  const [type, setType] = useState(results.resultTypes[0]?.code ?? '');
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError>();
  const [isPending, setPending] = useState(false);
  const chosen = results.resultTypes.find((t) => t.code === type);

  async function handle(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError(
        new ApiError(400, 'VALIDATION_FAILED', 'Chọn tệp kết quả (PDF).', {
          fields: [{ field: 'file', message: 'Chọn tệp PDF' }],
        }),
      );
      return;
    }
    const form = new FormData();
    const fields = { resultTypeCode: type, name, documentNumber: number, validFrom, validUntil };
    for (const [key, value] of Object.entries(fields))
      if (value.trim()) form.append(key, value.trim());
    form.append('file', file);
    setPending(true);
    setError(undefined);
    try {
      await postResult(results.code, session.csrfToken, form);
      onUploaded();
    } catch (failure) {
      setError(
        failure instanceof ApiError ? failure : new ApiError(0, 'INTERNAL', String(failure)),
      );
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="action-form" aria-label="Tải lên kết quả" onSubmit={handle} noValidate>
      <h3>Tải lên kết quả (PDF)</h3>
      <div className="form-grid">
        <SelectField
          label="Loại kết quả"
          value={type}
          onValueChange={setType}
          options={results.resultTypes.map((t) => ({
            value: t.code,
            label: `${t.name} (${t.code})`,
          }))}
          hint={chosen ? `Mã số giấy tờ: ${chosen.documentCode}` : undefined}
          error={findFieldError(error, 'resultTypeCode')}
        />
        <TextField
          label="Tên kết quả (nếu khác)"
          value={name}
          onValueChange={setName}
          error={findFieldError(error, 'name')}
        />
        <TextField
          label="Số, ký hiệu văn bản"
          value={number}
          onValueChange={setNumber}
          error={findFieldError(error, 'documentNumber')}
        />
        <TextField
          label="Có hiệu lực từ"
          type="date"
          value={validFrom}
          onValueChange={setValidFrom}
          error={findFieldError(error, 'validFrom')}
        />
        <TextField
          label="Hiệu lực đến"
          type="date"
          value={validUntil}
          onValueChange={setValidUntil}
          error={findFieldError(error, 'validUntil')}
        />
        <div className={`field ${findFieldError(error, 'file') ? 'field-invalid' : ''}`}>
          <label htmlFor={fileId}>Tệp kết quả (PDF, tối đa 20 MB)</label>
          <input
            id={fileId}
            type="file"
            accept="application/pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      <FormError
        error={error}
        shownFields={['resultTypeCode', 'name', 'documentNumber', 'validFrom', 'validUntil']}
      />
      <button type="submit" className="button-primary" disabled={isPending} aria-busy={isPending}>
        Lưu kết quả
      </button>
    </form>
  );
}
