import { ListEditor } from './list-editor.tsx';
import { PathText } from './record-fields.tsx';
import {
  blankLegalBasis,
  blankResultItem,
  type LegalBasis,
  type ResultItem,
} from './record-shape.ts';

/** Căn cứ pháp lý: number, summary, date and issuer of each legal text. */
export function LegalBasesEditor({
  items,
  onChange,
}: {
  items: LegalBasis[];
  onChange: (items: LegalBasis[]) => void;
}) {
  return (
    <ListEditor
      legend="Căn cứ pháp lý"
      itemLabel={(i) => `Căn cứ ${i + 1}`}
      items={items}
      onChange={onChange}
      createItem={blankLegalBasis}
      addLabel="Thêm căn cứ pháp lý"
      renderItem={(basis, i, update) => {
        const at = `record.legalBases.${i}`;
        const set = (patch: Partial<LegalBasis>) => update({ ...basis, ...patch });
        return (
          <div className="editor-row legal-row">
            <PathText
              path={`${at}.number`}
              label={`Số ký hiệu (căn cứ ${i + 1})`}
              value={basis.number}
              onValueChange={(number) => set({ number })}
            />
            <PathText
              path={`${at}.summary`}
              label={`Trích yếu (căn cứ ${i + 1})`}
              value={basis.summary}
              onValueChange={(summary) => set({ summary })}
            />
            <PathText
              path={`${at}.issuedOn`}
              label={`Ngày ban hành (căn cứ ${i + 1})`}
              type="date"
              value={basis.issuedOn}
              onValueChange={(issuedOn) => set({ issuedOn })}
            />
            <PathText
              path={`${at}.issuer`}
              label={`Cơ quan ban hành (căn cứ ${i + 1})`}
              value={basis.issuer}
              onValueChange={(issuer) => set({ issuer })}
            />
          </div>
        );
      }}
    />
  );
}

/** Kết quả thực hiện: each paper the applicant receives, with its result-type code. */
export function ResultItemsEditor({
  items,
  onChange,
}: {
  items: ResultItem[];
  onChange: (items: ResultItem[]) => void;
}) {
  return (
    <ListEditor
      legend="Các giấy tờ kết quả"
      itemLabel={(i) => `Kết quả ${i + 1}`}
      items={items}
      onChange={onChange}
      createItem={blankResultItem}
      addLabel="Thêm giấy tờ kết quả"
      renderItem={(item, i, update) => (
        <div className="editor-row two">
          <PathText
            path={`record.resultItems.${i}.name`}
            label={`Tên kết quả ${i + 1}`}
            value={item.name}
            onValueChange={(name) => update({ ...item, name })}
          />
          <PathText
            path={`record.resultItems.${i}.code`}
            label={`Mã loại kết quả ${i + 1}`}
            hint="Ví dụ KQ.TN.000001"
            value={item.code}
            onValueChange={(code) => update({ ...item, code })}
          />
        </div>
      )}
    />
  );
}

/** A list of short texts: subjects (đối tượng thực hiện) or search keywords. */
export function TextListEditor({
  legend,
  noun,
  path,
  items,
  onChange,
}: {
  legend: string;
  noun: string;
  path: string;
  items: string[];
  onChange: (items: string[]) => void;
}) {
  return (
    <ListEditor
      legend={legend}
      itemLabel={(i) => `${noun} ${i + 1}`}
      items={items}
      onChange={onChange}
      createItem={() => ''}
      addLabel={`Thêm ${noun.toLowerCase()}`}
      className="compact"
      renderItem={(text, i, update) => (
        <PathText
          path={`${path}.${i}`}
          label={`${noun} ${i + 1}`}
          value={text}
          onValueChange={update}
        />
      )}
    />
  );
}
