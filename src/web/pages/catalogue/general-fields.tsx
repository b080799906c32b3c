import type { ProcedureRecord } from '../../lib/types.ts';
import { levelOptions } from './catalogue-labels.ts';
import { useFieldError } from './field-errors.tsx';
import { PathArea, PathCheck, PathSelect, PathText } from './record-fields.tsx';

interface SectionProps {
  record: ProcedureRecord;
  update: (patch: Partial<ProcedureRecord>) => void;
  /** Creating a procedure: the code is chosen once, then never changes. */
  isNew?: boolean;
  fieldNames?: string[];
}

/** Name, code, field, levels and the free-text parts of the record (domain.md §10). */
export function IdentityFields({ record, update, isNew, fieldNames = [] }: SectionProps) {
  const levelsError = useFieldError('record.levels');
  return (
    <fieldset className="form-grid">
      <legend>Thông tin chung</legend>
      <PathText
        path="record.code"
        label="Mã thủ tục"
        value={record.code}
        readOnly={!isNew}
        required
        hint={isNew ? 'Theo CSDL quốc gia, ví dụ 1.001193' : 'Mã không đổi giữa các phiên bản'}
        onValueChange={(code) => update({ code })}
      />
      <PathText
        path="record.field"
        label="Lĩnh vực"
        value={record.field}
        list="catalogue-field-names"
        required
        onValueChange={(field) => update({ field })}
      />
      <datalist id="catalogue-field-names">
        {fieldNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <PathText
        path="record.name"
        label="Tên thủ tục"
        value={record.name}
        required
        wide
        onValueChange={(name) => update({ name })}
      />
      <fieldset className={`field-wide checkbox-row ${levelsError ? 'field-invalid' : ''}`}>
        <legend>Cấp thực hiện</legend>
        {levelOptions.map((option) => (
          <label className="check" key={option.value}>
            <input
              type="checkbox"
              checked={record.levels.includes(option.value)}
              onChange={(event) =>
                update({
                  levels: event.target.checked
                    ? [...record.levels, option.value]
                    : record.levels.filter((l) => l !== option.value),
                })
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
        {levelsError && <p className="field-error">{levelsError}</p>}
      </fieldset>
      <PathText
        path="record.procedureType"
        label="Loại thủ tục"
        value={record.procedureType}
        onValueChange={(procedureType) => update({ procedureType })}
      />
      <PathText
        path="record.decisionNumber"
        label="Quyết định công bố (số ký hiệu trong bản ghi)"
        value={record.decisionNumber}
        onValueChange={(decisionNumber) => update({ decisionNumber })}
      />
      <PathArea
        path="record.steps"
        label="Trình tự thực hiện"
        rows={5}
        required
        value={record.steps}
        onValueChange={(steps) => update({ steps })}
      />
      <PathArea
        path="record.requirements"
        label="Yêu cầu, điều kiện"
        value={record.requirements}
        onValueChange={(requirements) => update({ requirements })}
      />
      <PathArea
        path="record.description"
        label="Mô tả"
        value={record.description}
        onValueChange={(description) => update({ description })}
      />
    </fieldset>
  );
}

/** The agencies named in the record, the address, the result and the service flags. */
export function AgencyAndFlagFields({ record, update }: SectionProps) {
  return (
    <fieldset className="form-grid">
      <legend>Cơ quan, kết quả và đặc điểm</legend>
      <PathText
        path="record.implementingAgency"
        label="Cơ quan thực hiện"
        value={record.implementingAgency}
        onValueChange={(implementingAgency) => update({ implementingAgency })}
      />
      <PathText
        path="record.competentAgency"
        label="Cơ quan có thẩm quyền"
        value={record.competentAgency}
        onValueChange={(competentAgency) => update({ competentAgency })}
      />
      <PathText
        path="record.authorisedAgency"
        label="Cơ quan được ủy quyền"
        value={record.authorisedAgency}
        onValueChange={(authorisedAgency) => update({ authorisedAgency })}
      />
      <PathText
        path="record.coordinatingAgency"
        label="Cơ quan phối hợp"
        value={record.coordinatingAgency}
        onValueChange={(coordinatingAgency) => update({ coordinatingAgency })}
      />
      <PathText
        path="record.receivingAddress"
        label="Địa chỉ tiếp nhận hồ sơ"
        value={record.receivingAddress}
        wide
        onValueChange={(receivingAddress) => update({ receivingAddress })}
      />
      <PathText
        path="record.result"
        label="Kết quả thực hiện"
        value={record.result}
        required
        wide
        onValueChange={(result) => update({ result })}
      />
      <PathSelect
        path="record.onlineLevel"
        label="Mức dịch vụ công trực tuyến"
        value={record.onlineLevel ?? ''}
        options={[
          { value: '', label: 'Không cung cấp trực tuyến' },
          { value: 'full', label: 'Toàn trình' },
          { value: 'partial', label: 'Một phần' },
        ]}
        onValueChange={(value) =>
          update({ onlineLevel: value === '' ? null : (value as 'full' | 'partial') })
        }
      />
      <PathText
        path="record.sourceUrl"
        label="Nguồn (địa chỉ trên CSDL quốc gia)"
        type="url"
        value={record.sourceUrl}
        onValueChange={(sourceUrl) => update({ sourceUrl })}
      />
      <PathCheck
        path="record.boundaryFree"
        label="Tiếp nhận không phụ thuộc địa giới hành chính"
        checked={record.boundaryFree}
        onCheckedChange={(boundaryFree) => update({ boundaryFree })}
      />
      <PathCheck
        path="record.interAgency"
        label="Thủ tục liên thông (nhiều cơ quan)"
        checked={record.interAgency}
        onCheckedChange={(interAgency) => update({ interAgency })}
      />
    </fieldset>
  );
}
