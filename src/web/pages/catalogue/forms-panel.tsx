import { type FormEvent, useId, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { apiWrite } from '../../lib/api.ts';
import { useSession } from '../../lib/session.ts';
import type { CatalogueVersionDetail } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { uploadFile, versionApi } from './catalogue-api.ts';

/** The form templates (mẫu đơn, tờ khai) of a version; a draft can have one attached per name. */
export function FormsPanel({
  code,
  version,
  canAttach,
  formNames,
  onAttached,
}: {
  code: string;
  version: CatalogueVersionDetail;
  canAttach: boolean;
  formNames: string[];
  onAttached: (message: string) => void;
}) {
  const { session } = useSession();
  const fileId = useId();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { isPending, error, submit } = useSubmission();

  async function handleAttach(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!file) return;
    const done = await submit(async (key) => {
      const uploaded = await uploadFile(file, 'form_template', session.csrfToken);
      return apiWrite(
        'PUT',
        `${versionApi(code, version.versionNo)}/forms/${encodeURIComponent(name.trim())}`,
        { fileId: uploaded.id },
        key,
      );
    });
    if (done === undefined) return;
    onAttached(`Đã đính kèm biểu mẫu ${name.trim()}.`);
    setName('');
    setFile(null);
    form.reset();
  }

  return (
    <section className="panel" aria-labelledby="forms-heading">
      <h2 id="forms-heading">Biểu mẫu đính kèm</h2>
      {version.forms.length === 0 ? (
        <p className="muted">Chưa đính kèm biểu mẫu nào.</p>
      ) : (
        <ul className="plain-list">
          {version.forms.map((f) => (
            <li key={f.name}>
              {f.name}:{' '}
              <a href={`/api/v1/files/${f.fileId}`} download>
                {f.fileName}
              </a>{' '}
              <span className="muted small">({Math.ceil(f.size / 1024)} KB)</span>
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <form className="toolbar" onSubmit={handleAttach} aria-label="Đính kèm biểu mẫu">
          <TextField
            label="Tên biểu mẫu (như trong thành phần hồ sơ)"
            value={name}
            required
            list="catalogue-form-names-attach"
            onValueChange={setName}
          />
          <datalist id="catalogue-form-names-attach">
            {formNames.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
          <div className="field">
            <label htmlFor={fileId}>Tệp biểu mẫu (PDF, DOCX, DOC, XLSX)</label>
            <input
              id={fileId}
              type="file"
              required
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <button type="submit" disabled={isPending || !file || !name.trim()}>
            Đính kèm biểu mẫu
          </button>
        </form>
      )}
      <FormError error={error} />
    </section>
  );
}
