import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { StatusMessage } from '../../components/form-error.tsx';
import { apiWrite } from '../../lib/api.ts';
import type {
  CatalogueProcedure,
  CatalogueVersionDetail,
  CatalogueVersionSummary,
} from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { versionApi } from './catalogue-api.ts';
import { collectFieldErrors, ErrorSummary, FieldErrorsContext } from './field-errors.tsx';
import { RecordEditor } from './record-editor.tsx';
import { cleanRecord } from './record-shape.ts';
import { VersionActions } from './version-actions.tsx';

interface DraftEditorProps {
  version: CatalogueVersionDetail;
  procedure: CatalogueProcedure;
  summary: CatalogueVersionSummary;
  fieldNames: string[];
  formNames: string[];
  onActionDone: (message: string) => void;
  /** After a save: the page reloads what the server derives (missing components). */
  onSaved: () => void;
}

/**
 * The draft's record, saved whole with PUT (the server audits field by field). The last saved
 * instant travels with the save, so two officers never overwrite each other silently.
 */
export function DraftEditor({
  version,
  procedure,
  summary,
  fieldNames,
  formNames,
  onActionDone,
  onSaved,
}: DraftEditorProps) {
  const [record, setRecord] = useState(version.record);
  const [legalEffectiveOn, setLegalEffectiveOn] = useState(version.legalEffectiveOn ?? '');
  const [updatedAt, setUpdatedAt] = useState(version.updatedAt);
  const [isDirty, setDirty] = useState(false);
  const [saved, setSaved] = useState('');
  const { isPending, error, submit } = useSubmission();
  const errors = collectFieldErrors(error);

  async function handleSave(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const result = await submit((key) =>
      apiWrite<{ changes: number; updatedAt: string }>(
        'PUT',
        versionApi(procedure.code, version.versionNo),
        {
          record: cleanRecord(record),
          legalEffectiveOn: legalEffectiveOn || null,
          expectedUpdatedAt: updatedAt,
        },
        key,
      ),
    );
    if (!result) return;
    setUpdatedAt(result.updatedAt);
    setDirty(false);
    setSaved(`Đã lưu dự thảo (${result.changes} thay đổi).`);
    onSaved();
  }

  return (
    <FieldErrorsContext value={errors}>
      <form
        className="draft-form"
        onSubmit={handleSave}
        aria-label="Soạn thảo phiên bản"
        noValidate
      >
        <ErrorSummary error={error} errors={errors} />
        <fieldset className="form-grid">
          <legend>Phiên bản</legend>
          <TextField
            label="Ngày văn bản quy định có hiệu lực"
            type="date"
            value={legalEffectiveOn}
            error={errors.get('legalEffectiveOn')}
            hint="Dùng tính chỉ số 766 mục 1.1 (quyết định công bố trước ngày này ít nhất 5 ngày làm việc)"
            onValueChange={(value) => {
              setLegalEffectiveOn(value);
              setDirty(true);
            }}
          />
        </fieldset>
        <RecordEditor
          record={record}
          fieldNames={fieldNames}
          formNames={formNames}
          onChange={(next) => {
            setRecord(next);
            setDirty(true);
            setSaved('');
          }}
        />
        <div className="sticky-actions">
          <button type="submit" className="button-primary" disabled={isPending}>
            {isPending ? 'Đang lưu…' : 'Lưu dự thảo'}
          </button>
          <span className="muted small">{isDirty ? 'Có thay đổi chưa lưu.' : ''}</span>
          <StatusMessage text={saved} />
        </div>
      </form>
      <section className="panel" aria-labelledby="draft-actions-heading">
        <h2 id="draft-actions-heading">Thao tác với dự thảo</h2>
        {isDirty ? (
          <p className="muted">Lưu dự thảo trước khi gửi kiểm soát.</p>
        ) : (
          <VersionActions
            procedure={procedure}
            version={{ ...summary, updatedAt }}
            onDone={onActionDone}
            showEditLink={false}
          />
        )}
      </section>
    </FieldErrorsContext>
  );
}
