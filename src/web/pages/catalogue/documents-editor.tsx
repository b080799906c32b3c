import { TextField } from '../../components/field.tsx';
import { ListEditor } from './list-editor.tsx';
import { PathNumber, PathText } from './record-fields.tsx';
import { blankDocument, type DocumentLine } from './record-shape.ts';

interface CaseGroup {
  caseName: string | null;
  documents: DocumentLine[];
}

/** Consecutive documents of the same case form one group, in the order they are published. */
export function groupByCase(documents: readonly DocumentLine[]): CaseGroup[] {
  const groups: CaseGroup[] = [];
  const keyOf = (name: string | null) => name?.trim() || null;
  for (const doc of documents) {
    const last = groups.at(-1);
    if (last && keyOf(last.caseName) === keyOf(doc.caseName)) last.documents.push(doc);
    else groups.push({ caseName: doc.caseName, documents: [doc] });
  }
  return groups;
}

const flatten = (groups: CaseGroup[]): DocumentLine[] =>
  groups.flatMap((g) => g.documents.map((d) => ({ ...d, caseName: g.caseName })));

/**
 * Thành phần hồ sơ, grouped by case (trường hợp): each case is a list of documents with their
 * original and copy counts and form template; cases and documents can be added, removed and moved.
 */
export function DocumentsEditor({
  documents,
  onChange,
  formNames,
}: {
  documents: DocumentLine[];
  onChange: (documents: DocumentLine[]) => void;
  formNames: string[];
}) {
  const groups = groupByCase(documents);
  const offsets = groups.map((_, g) =>
    groups.slice(0, g).reduce((sum, x) => sum + x.documents.length, 0),
  );
  const caseLabel = (g: number) => `Trường hợp ${g + 1}`;
  return (
    <>
      <ListEditor
        legend="Thành phần hồ sơ theo trường hợp"
        itemLabel={caseLabel}
        items={groups}
        onChange={(next) => onChange(flatten(next))}
        createItem={() => ({
          caseName: `Trường hợp ${groups.length + 1}`,
          documents: [blankDocument()],
        })}
        addLabel="Thêm trường hợp"
        emptyText="Chưa có giấy tờ nào."
        renderItem={(group, g, update) => (
          <div>
            <TextField
              label={`Tên ${caseLabel(g).toLowerCase()}`}
              hint="Để trống nếu hồ sơ chung cho mọi trường hợp"
              value={group.caseName ?? ''}
              wide
              onValueChange={(caseName) => update({ ...group, caseName })}
            />
            <ListEditor
              legend={`Giấy tờ — ${caseLabel(g).toLowerCase()}`}
              itemLabel={(i) => `Giấy tờ ${i + 1} (${caseLabel(g).toLowerCase()})`}
              items={group.documents}
              onChange={(docs) => update({ ...group, documents: docs })}
              createItem={() => blankDocument(group.caseName)}
              addLabel={`Thêm giấy tờ vào ${caseLabel(g).toLowerCase()}`}
              className="nested"
              renderItem={(doc, i, set) => (
                <DocumentFields
                  doc={doc}
                  path={`record.documents.${(offsets[g] ?? 0) + i}`}
                  n={`giấy tờ ${i + 1}`}
                  update={(patch) => set({ ...doc, ...patch })}
                />
              )}
            />
          </div>
        )}
      />
      <datalist id="catalogue-form-names">
        {formNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}

function DocumentFields({
  doc,
  path,
  n,
  update,
}: {
  doc: DocumentLine;
  path: string;
  n: string;
  update: (patch: Partial<DocumentLine>) => void;
}) {
  return (
    <div className="editor-row document-row">
      <PathText
        path={`${path}.name`}
        label={`Tên ${n}`}
        value={doc.name}
        onValueChange={(name) => update({ name })}
      />
      <PathNumber
        path={`${path}.originals`}
        label={`Số bản chính (${n})`}
        value={doc.originals}
        onValueChange={(originals) => update({ originals })}
      />
      <PathNumber
        path={`${path}.copies`}
        label={`Số bản sao (${n})`}
        value={doc.copies}
        onValueChange={(copies) => update({ copies })}
      />
      <PathText
        path={`${path}.formTemplate`}
        label={`Mẫu đơn, tờ khai (${n})`}
        list="catalogue-form-names"
        hint="Tên tệp mẫu đính kèm, nếu có"
        value={doc.formTemplate}
        onValueChange={(formTemplate) => update({ formTemplate })}
      />
    </div>
  );
}
