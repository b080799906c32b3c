import type { ProcedureRecord } from '../../lib/types.ts';
import { ChannelsEditor } from './channels-editor.tsx';
import { DocumentsEditor } from './documents-editor.tsx';
import { useFieldError } from './field-errors.tsx';
import { AgencyAndFlagFields, IdentityFields } from './general-fields.tsx';
import { ReadOnlyContext } from './list-editor.tsx';
import { LegalBasesEditor, ResultItemsEditor, TextListEditor } from './simple-lists.tsx';

interface RecordEditorProps {
  record: ProcedureRecord;
  onChange: (record: ProcedureRecord) => void;
  isNew?: boolean;
  readOnly?: boolean;
  fieldNames?: string[];
  formNames?: string[];
}

/**
 * Every field of the procedure record (domain.md §10), nested lists included. Read-only mode shows
 * the same layout with every control disabled (a published version is never edited in place).
 */
export function RecordEditor({
  record,
  onChange,
  isNew,
  readOnly = false,
  fieldNames,
  formNames = [],
}: RecordEditorProps) {
  const update = (patch: Partial<ProcedureRecord>) => onChange({ ...record, ...patch });
  const channelsError = useFieldError('record.channels');
  return (
    <ReadOnlyContext value={readOnly}>
      <fieldset className="record-editor" disabled={readOnly}>
        <legend className="visually-hidden">Nội dung thủ tục</legend>
        <IdentityFields record={record} update={update} isNew={isNew} fieldNames={fieldNames} />
        <ChannelsEditor
          channels={record.channels}
          error={channelsError}
          onChange={(channels) => update({ channels })}
        />
        <DocumentsEditor
          documents={record.documents}
          formNames={formNames}
          onChange={(documents) => update({ documents })}
        />
        <TextListEditor
          legend="Đối tượng thực hiện"
          noun="Đối tượng"
          path="record.subjects"
          items={record.subjects}
          onChange={(subjects) => update({ subjects })}
        />
        <AgencyAndFlagFields record={record} update={update} />
        <ResultItemsEditor
          items={record.resultItems}
          onChange={(resultItems) => update({ resultItems })}
        />
        <LegalBasesEditor
          items={record.legalBases}
          onChange={(legalBases) => update({ legalBases })}
        />
        <TextListEditor
          legend="Từ khóa tra cứu"
          noun="Từ khóa"
          path="record.keywords"
          items={record.keywords}
          onChange={(keywords) => update({ keywords })}
        />
      </fieldset>
    </ReadOnlyContext>
  );
}
